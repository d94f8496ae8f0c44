/**
 * The virtual phone end to end: a real Appium server started in-process, a
 * real WebdriverIO session, the Device API on top.
 */
import { describe, expect, it } from 'vitest';
import { TOAST_MS } from '../../../drivers/virtual-android/src/phone/shell/toast.ts';
import { acc, xpath, id, useVirtualPhone } from '../../support/virtualPhone.ts';

interface Apps {
  'com.android.settings': { display: { darkMode: boolean }; bluetooth: { deviceName: string } };
  'com.android.deskclock': { alarms: { id: number; time: number; label: string; enabled: boolean }[] };
}

const phone = useVirtualPhone(11);
const { source, screen } = phone;
const apps = () => phone.apps<Apps>();

describe('virtual device through Appium', () => {
  it('starts on the launcher with an icon per app and a status bar', async () => {
    const obs = await phone.opened.device.observe({ screenshot: true });
    expect(obs.package).toBe('com.android.launcher3');
    expect(obs.activity).toBe('.Launcher');
    expect(obs.pageSource).toContain('content-desc="Settings"');
    expect(obs.pageSource).toContain('content-desc="Clock"');
    expect(obs.pageSource).toContain('package="com.android.systemui"');
    expect(obs.screenshot!.subarray(1, 4).toString()).toBe('PNG');
  });

  it('opens Settings from its icon, toggles dark mode and ground truth follows', async () => {
    await phone.opened.device.tap(acc('Settings'));
    expect(await screen()).toBe('settings/main');
    expect((await phone.opened.device.observe()).activity).toBe('.Settings');
    await phone.opened.device.tap(xpath('//android.widget.TextView[@text="Display"]'));
    expect(await screen()).toBe('settings/display');
    expect((await apps())['com.android.settings'].display.darkMode).toBe(false);
    await phone.opened.device.tap(xpath('//*[@resource-id="android:id/title" and @text="Dark theme"]'));
    expect((await apps())['com.android.settings'].display.darkMode).toBe(true);
    expect(await source()).toMatch(/class="android.widget.Switch"[^>]*checkable="true" checked="true"/);
    await phone.opened.device.back();
    expect(await screen()).toBe('settings/main');
  });

  it('scrolls a long list to an item below the fold', async () => {
    await phone.opened.device.openApp('com.android.settings');
    expect(await source()).not.toContain('text="About phone"');
    for (let i = 0; i < 5 && !(await source()).includes('text="About phone"'); i++)
      await phone.opened.device.scroll('down');
    await phone.opened.device.tap(xpath('//*[@text="About phone"]'));
    expect(await screen()).toBe('settings/about');
  });

  it('finds through UiScrollable.scrollIntoView and UiSelector', async () => {
    await phone.opened.device.openApp('com.android.settings');
    const browser = (phone.opened.device as unknown as { browser: WebdriverIO.Browser }).browser;
    const el = await browser.$(
      'android=new UiScrollable(new UiSelector().scrollable(true)).scrollIntoView(new UiSelector().text("Tips & support"))',
    );
    expect(await el.getText()).toBe('Tips & support');
    const titles = await browser.$$(
      'android=new UiSelector().resourceId("android:id/title").textContains("Wallpaper")',
    );
    expect(titles.length).toBe(1);
  });

  it('adds an alarm through the time picker dialog, typing with the keyboard shown', async () => {
    await phone.opened.device.tap(acc('Clock'));
    expect(await screen()).toBe('clock/alarms');
    const before = (await apps())['com.android.deskclock'].alarms.length;
    await phone.opened.device.tap(acc('Add alarm'));
    expect(await screen()).toBe('clock/alarms+clock/time_picker');
    await phone.opened.device.clear(id('input_hour'));
    await phone.opened.device.type('6', { target: id('input_hour') });
    const shown = await source();
    expect(shown).toContain('package="com.maple.keyboard"');
    expect((await phone.opened.groundTruth!.screenId()).keyboard).toBe(true);
    await phone.opened.device.clear(id('input_minute'));
    await phone.opened.device.type('45', { target: id('input_minute') });
    await phone.opened.device.tap(id('android:id/button1'));
    const alarms = (await apps())['com.android.deskclock'].alarms;
    expect(alarms.length).toBe(before + 1);
    expect(alarms.at(-1)!.time).toBe(6 * 60 + 45);
    expect(await source()).toContain('class="android.widget.Toast" text="Alarm set for 06:45"');

    await phone.opened.device.tap(
      xpath('//*[@resource-id="com.android.deskclock:id/digital_clock" and @text="06:45"]'),
    );
    expect(await screen()).toBe('clock/alarm_edit');
    await phone.opened.device.tap(id('edit_label'));
    await phone.opened.device.type('Flight', { submit: true });
    expect((await apps())['com.android.deskclock'].alarms.at(-1)!.label).toBe('Flight');
  });

  it('types by tapping keyboard keys and Back hides the keyboard first', async () => {
    await phone.opened.device.openApp('com.android.settings', '.Settings$DisplaySettingsActivity');
    expect(await screen()).toBe('settings/display');
    await phone.opened.device.back();
    await phone.opened.device.tap(xpath('//*[@text="Connected devices"]'));
    await phone.opened.device.tap(xpath('//*[@text="Device name"]'));
    await phone.opened.device.clear(id('edittext'));
    await phone.opened.device.tap(id('edittext'));
    for (const k of ['m', 'a', 'p', 'l', 'e']) await phone.opened.device.tap(acc(k));
    expect(await source()).toContain('text="maple"');
    await phone.opened.device.back();
    expect((await phone.opened.groundTruth!.screenId()).keyboard).toBe(false);
    expect(await screen()).toBe('settings/bluetooth+settings/rename');
    await phone.opened.device.tap(id('android:id/button1'));
    expect((await apps())['com.android.settings'].bluetooth.deviceName).toBe('maple');
  });

  it('goes home, lists recent apps and resumes one from recents', async () => {
    await phone.opened.device.openApp('com.android.settings');
    await phone.opened.device.tap(xpath('//*[@text="Battery"]'));
    await phone.opened.device.openApp('com.android.deskclock');
    await phone.opened.device.home();
    expect((await phone.opened.device.observe()).package).toBe('com.android.launcher3');
    await phone.opened.device.recents();
    expect(await screen()).toBe('launcher/recents');
    const src = await source();
    expect(src).toContain('content-desc="Settings"');
    expect(src).toContain('content-desc="Clock"');
    await phone.opened.device.tap(
      xpath('//*[@resource-id="com.android.launcher3:id/snapshot" and @content-desc="Settings"]'),
    );
    expect(await screen()).toBe('settings/battery');
  });

  it('a toast runs out on the virtual clock: a wait moves that clock, not the wall clock', async () => {
    const TOAST = 'class="android.widget.Toast" text="Settings are not available"';
    await phone.opened.device.openApp('com.android.deskclock');
    await phone.opened.device.tap(acc('More options'));
    expect(await source()).toContain(TOAST);
    await phone.opened.device.wait(TOAST_MS.short - 1);
    expect(await source()).toContain(TOAST);
    await phone.opened.device.wait(1);
    expect(await source()).not.toContain('android.widget.Toast');
  });

  it('a toast stays with its app: opening another app within its time leaves it behind', async () => {
    await phone.opened.device.openApp('com.android.deskclock');
    await phone.opened.device.tap(acc('More options'));
    expect(await source()).toContain('class="android.widget.Toast"');
    await phone.opened.device.openApp('com.google.android.apps.messaging');
    expect(await screen()).toBe('messages/list');
    expect(await source()).not.toContain('android.widget.Toast');
  });

  it('sets and reads the clipboard', async () => {
    await phone.opened.device.setClipboard('Meet at 7 — café');
    expect(await phone.opened.device.getClipboard()).toBe('Meet at 7 — café');
    expect((await phone.opened.groundTruth!.groundTruth()).clipboard).toBe('Meet at 7 — café');
  });

  it('restores a snapshot and resets to a seed', async () => {
    await phone.opened.device.openApp('com.android.settings');
    const snap = await phone.opened.groundTruth!.snapshot();
    await phone.opened.device.tap(xpath('//*[@text="Display"]'));
    await phone.opened.device.tap(xpath('//*[@text="Dark theme"]'));
    expect((await apps())['com.android.settings'].display.darkMode).toBe(true);
    await phone.opened.groundTruth!.restore(snap);
    expect(await screen()).toBe('settings/main');
    expect((await apps())['com.android.settings'].display.darkMode).toBe(false);
    await phone.opened.groundTruth!.reset();
    expect((await phone.opened.device.observe()).package).toBe('com.android.launcher3');
    const a = await phone.opened.groundTruth!.groundTruth();
    await phone.opened.groundTruth!.reset(11);
    expect((await phone.opened.groundTruth!.groundTruth()).apps).toEqual(a.apps);
  });

  it('shows a dialog over a screen and closes it with Cancel', async () => {
    await phone.opened.device.openApp('com.android.settings');
    await phone.opened.device.tap(xpath('//*[@text="Display"]'));
    await phone.opened.device.tap(xpath('//*[@text="Font size"]'));
    expect(await screen()).toBe('settings/display+settings/choice');
    await phone.opened.device.tap(xpath('//android.widget.RadioButton[@text="Large"]'));
    expect(await screen()).toBe('settings/display');
    expect(await source()).toContain('text="Large"');
  });

  it('reports missing elements as Appium errors with the locator', async () => {
    await expect(phone.opened.device.tap(id('no_such_thing'))).rejects.toThrow(/no_such_thing/);
  });
});
