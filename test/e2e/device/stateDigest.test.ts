/**
 * Ground-truth digests through the real Appium server and WebdriverIO
 * (mobile: mapleStateDigest, mapleAppData, mapleUiState): the hashes move
 * exactly when what they cover moves, so the benchmark runner can label a
 * step as "changed app X", "moved the UI" or "changed nothing".
 */
import { describe, expect, it } from 'vitest';
import type { StateDigest } from '../../../drivers/device/index.ts';
import { acc, id, textIs, useVirtualPhone } from '../../support/virtualPhone.ts';

const CONTACTS = 'com.google.android.contacts';
const SETTINGS = 'com.android.settings';

const phone = useVirtualPhone(4);
const control = () => phone.opened.groundTruth!;
const digest = () => control().stateDigest();

/** The packages whose data hash differs between two digests. */
function changedApps(a: StateDigest, b: StateDigest): string[] {
  return Object.keys(b.apps).filter((pkg) => a.apps[pkg] !== b.apps[pkg]);
}

describe('state digests through Appium', () => {
  it('names the true screen, the foreground app and a hash for every app', async () => {
    await phone.opened.device.openApp(SETTINGS);
    const d = await digest();
    expect(d.screen).toBe((await control().screenId()).id);
    expect(d.foreground).toBe(SETTINGS);
    expect(Object.keys(d.apps).sort()).toEqual(Object.keys((await control().groundTruth()).apps).sort());
    for (const h of [...Object.values(d.apps), d.ui]) expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(d.faults).toEqual({ step: 0, logLength: 0 });
  });

  it('a tap that changes nothing leaves every hash the same (the clock moved, and is in no hash)', async () => {
    await phone.opened.device.openApp(SETTINGS);
    const before = await digest();
    // The status bar has no handler: the tap lands and does nothing.
    await phone.opened.device.tap({ point: { x: 300, y: 40 } });
    const after = await digest();
    expect(after.clock).toBeGreaterThan(before.clock);
    expect({ ...after, clock: 0 }).toEqual({ ...before, clock: 0 });
  });

  it('a toast is in no hash: a button that only shows one changes nothing', async () => {
    await phone.opened.device.openApp('com.android.deskclock');
    const before = await digest();
    await phone.opened.device.tap(acc('More options'));
    expect((await phone.opened.device.observe()).pageSource).toContain('android.widget.Toast');
    const after = await digest();
    expect([after.ui, after.apps]).toEqual([before.ui, before.apps]);
  });

  it('typing into a field changes ui but no app hash; uiState shows the field and its text', async () => {
    await phone.opened.device.openApp(CONTACTS);
    await phone.opened.device.tap(acc('Create contact'));
    await phone.opened.device.tap(id('first_name'));
    const before = await digest();
    await phone.opened.device.type('Ada');
    const after = await digest();
    expect(after.ui).not.toBe(before.ui);
    expect(changedApps(before, after)).toEqual([]);
    const ui = await control().uiState();
    expect(ui.focus).toMatchObject({ package: CONTACTS, field: 'first_name', inDialog: false, text: 'Ada' });
    expect(ui.keyboard.shown).toBe(true);
    expect(ui.tasks[0]!.stack.at(-1)).toMatchObject({ screen: 'new', local: { first: 'Ada' } });
  });

  it('saving a form changes exactly that app hash, and mapleAppData shows the change', async () => {
    await phone.opened.device.openApp(CONTACTS);
    await phone.opened.device.tap(acc('Create contact'));
    await phone.opened.device.type('Ada', { target: id('first_name') });
    await phone.opened.device.type('Lovelace', { target: id('last_name') });
    const before = await digest();
    const data = await control().appData<{ contacts: { first: string; last: string }[] }>(CONTACTS);
    await phone.opened.device.tap(textIs('Save'));
    const after = await digest();
    expect(changedApps(before, after)).toEqual([CONTACTS]);
    const saved = await control().appData<{ contacts: { first: string; last: string }[] }>(CONTACTS);
    expect(saved.contacts.length).toBe(data.contacts.length + 1);
    expect(saved.contacts.at(-1)).toMatchObject({ first: 'Ada', last: 'Lovelace' });
    expect(saved).toEqual((await control().groundTruth()).apps[CONTACTS]);
  });

  it('a scroll changes ui (the entry scroll offset) and no app hash', async () => {
    await phone.opened.device.openApp(SETTINGS);
    const before = await digest();
    await phone.opened.device.scroll('down');
    const after = await digest();
    expect(after.ui).not.toBe(before.ui);
    expect(changedApps(before, after)).toEqual([]);
    expect(after.screen).toBe(before.screen);
    const top = (await control().uiState()).tasks[0]!.stack.at(-1)!;
    expect(Object.values(top.scroll).some((y) => y > 0)).toBe(true);
  });

  it('a dialog shows in uiState by name; the same UI again gives the same ui hash', async () => {
    await phone.opened.device.openApp(CONTACTS);
    await phone.opened.device.tap(acc('Create contact'));
    await phone.opened.device.type('Ada', { target: id('first_name') });
    await phone.opened.device.tap(acc('Cancel')); // a filled form asks before it is thrown away
    const asking = await digest();
    expect(asking.screen).toBe('contacts/new+contacts/discard');
    expect((await control().uiState()).tasks[0]!.stack.at(-1)!.dialog).toMatchObject({ name: 'discard' });
    await phone.opened.device.back();
    const closed = await digest();
    expect(closed.ui).not.toBe(asking.ui);
    expect((await control().uiState()).tasks[0]!.stack.at(-1)!.dialog).toBeNull();
    await phone.opened.device.tap(acc('Cancel'));
    const again = await digest();
    expect(again.clock).toBeGreaterThan(asking.clock);
    expect(again.ui).toBe(asking.ui);
  });

  it('leaving a screen and opening it again gives the same ui hash (back-stack entry ids are not UI)', async () => {
    await phone.opened.device.openApp(SETTINGS);
    await phone.opened.device.tap(textIs('Display'));
    const first = await digest();
    await phone.opened.device.back();
    expect((await digest()).ui).not.toBe(first.ui);
    await phone.opened.device.tap(textIs('Display'));
    const second = await digest();
    expect(second.screen).toBe('settings/display');
    expect(second.ui).toBe(first.ui);
  });

  it('mapleAppData names the installed packages when asked for one that is not', async () => {
    await expect(control().appData('com.example.nothing')).rejects.toThrow(
      /No app with package 'com.example.nothing'.*com\.android\.settings/,
    );
  });
});
