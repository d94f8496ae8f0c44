/**
 * Virtual time on a Phone driven directly (no Appium): each kind of input
 * moves the clock by its own realistic amount, toasts and snackbars run out
 * on that clock, and neither follows the user into another app (issue #11:
 * "Contact saved" listed over Messages).
 */
import { describe, expect, it } from 'vitest';
import { APPS } from '../../../drivers/virtual-android/src/apps/registry.ts';
import { INPUT_MS, typingMs } from '../../../drivers/virtual-android/src/phone/inputTiming.ts';
import { Phone } from '../../../drivers/virtual-android/src/phone/Phone.ts';
import { SNACKBAR_MS } from '../../../drivers/virtual-android/src/phone/shell/snackbar.ts';
import { TOAST_MS } from '../../../drivers/virtual-android/src/phone/shell/toast.ts';
import type { UiNode } from '../../../drivers/virtual-android/src/phone/UiNode.ts';
import { walk } from '../../../drivers/virtual-android/src/phone/UiNode.ts';

const CLOCK = 'com.android.deskclock';
const NOTES = 'com.google.android.keep';
const MESSAGES = 'com.google.android.apps.messaging';
const SNACKBAR_TEXT = 'com.google.android.material:id/snackbar_text';

function find(phone: Phone, match: (n: UiNode) => boolean): UiNode | null {
  let found: UiNode | null = null;
  for (const w of phone.render().windows)
    walk(w.root, (n) => {
      if (!found && match(n)) found = n;
    });
  return found;
}

function byLabel(phone: Phone, label: string): UiNode {
  const n = find(phone, (x) => x.text === label || x.desc === label);
  if (!n) throw new Error(`nothing labelled '${label}' on ${phone.render().screenId.id}`);
  return n;
}

function centre(n: UiNode): [number, number] {
  const b = n.bounds;
  return [Math.floor((b.left + b.right) / 2), Math.floor((b.top + b.bottom) / 2)];
}

/** The toast's text, or null when no toast window is up. */
function toast(phone: Phone): string | null {
  const w = phone.render().windows.find((x) => x.key === 'toast');
  return w ? (find(phone, (n) => n.cls === 'android.widget.Toast')?.text ?? '') : null;
}

function snackbar(phone: Phone): string | null {
  return find(phone, (n) => n.resourceId === SNACKBAR_TEXT)?.text ?? null;
}

/** Clock's overflow button posts "Settings are not available" (a short toast). */
function clockWithToast(): Phone {
  const phone = new Phone(APPS, { seed: 1 });
  phone.launch(CLOCK);
  phone.click(byLabel(phone, 'More options').handle);
  expect(toast(phone)).toBe('Settings are not available');
  return phone;
}

/** Notes list after deleting "Groceries" by long-press: the Undo snackbar is up. */
function notesWithSnackbar(): Phone {
  const phone = new Phone(APPS, { seed: 1 });
  phone.launch(NOTES);
  phone.longTap(...centre(byLabel(phone, 'Groceries')));
  phone.click(byLabel(phone, 'Delete').handle);
  expect(snackbar(phone)).toBe('Note moved to trash');
  return phone;
}

function took(phone: Phone, input: () => void): number {
  const before = phone.state.clock;
  input();
  return phone.state.clock - before;
}

describe('virtual time: each input takes its own time', () => {
  it('app starts, taps, keys, Back and Home take their figures; a wait takes what it is told', () => {
    const phone = new Phone(APPS, { seed: 1 });
    expect(took(phone, () => phone.launch(NOTES))).toBe(INPUT_MS.launchCold);
    expect(took(phone, () => phone.home())).toBe(INPUT_MS.home);
    expect(took(phone, () => phone.launch(NOTES))).toBe(INPUT_MS.launchWarm);
    expect(took(phone, () => phone.tap(540, 1300))).toBe(INPUT_MS.tap);
    expect(took(phone, () => phone.longTap(540, 1300, 1000))).toBe(1000 + INPUT_MS.longTapAnimation);
    expect(took(phone, () => phone.back())).toBe(INPUT_MS.back);
    expect(took(phone, () => phone.elapse(12_345))).toBe(12_345);
    expect(took(phone, () => phone.pressKey(4))).toBe(INPUT_MS.back);
  });

  it('a launcher icon costs the tap and the app start it causes', () => {
    const phone = new Phone(APPS, { seed: 1 });
    expect(took(phone, () => phone.click(byLabel(phone, 'Notes').handle))).toBe(INPUT_MS.tap + INPUT_MS.launchCold);
    expect(phone.state.foreground).toBe(NOTES);
  });

  it('typing takes time in proportion to the text', () => {
    const phone = new Phone(APPS, { seed: 1 });
    phone.launch(NOTES);
    phone.click(byLabel(phone, 'Search your notes').handle);
    const field = find(phone, (n) => Boolean(n.view?.input))!;
    const five = took(phone, () => phone.setValue(field.handle, 'lemon'));
    const ten = took(phone, () => phone.typeText('s and tea'));
    expect(five).toBe(typingMs('lemon'));
    expect(ten).toBe(typingMs('s and tea'));
    expect(ten / 9).toBe(five / 5);
  });

  it('a swipe takes the finger time it was given, plus the settle; a fling takes longer than a short scroll', () => {
    const phone = new Phone(APPS, { seed: 1 });
    phone.launch(NOTES);
    expect(took(phone, () => phone.swipe(540, 1800, 540, 900, 350))).toBe(350 + INPUT_MS.settle);
    const list = phone.largestScrollable()!;
    const short = took(phone, () => phone.scrollNode(list, 300));
    expect(short).toBeLessThan(INPUT_MS.fling);
  });
});

describe('toasts', () => {
  it('a short toast shows for 2 s of virtual time, then is gone', () => {
    const phone = clockWithToast();
    phone.elapse(TOAST_MS.short - 1);
    expect(toast(phone)).toBe('Settings are not available');
    phone.elapse(1);
    expect(toast(phone)).toBeNull();
    expect(phone.state.toast).toBeNull();
  });

  it('inputs move it along: five taps on a blank spot outlast a short toast', () => {
    const phone = clockWithToast();
    for (let i = 0; i < 4; i++) phone.tap(540, 1200);
    expect(toast(phone)).not.toBeNull();
    phone.tap(540, 1200);
    expect(toast(phone)).toBeNull();
  });

  it("a long toast (DeskClock's 'Alarm set for') shows for 3.5 s", () => {
    const phone = new Phone(APPS, { seed: 1 });
    phone.launch(CLOCK);
    const off = find(phone, (n) => n.cls === 'android.widget.Switch' && !n.checked)!;
    phone.click(off.handle);
    expect(toast(phone)).toMatch(/^Alarm set for /);
    phone.elapse(TOAST_MS.short);
    expect(toast(phone)).toMatch(/^Alarm set for /);
    phone.elapse(TOAST_MS.long - TOAST_MS.short);
    expect(toast(phone)).toBeNull();
  });

  it('is gone after switching apps, and does not come back with its app', () => {
    const phone = clockWithToast();
    // Well within the toast's time: the switch is what removes it.
    expect(took(phone, () => phone.launch(MESSAGES))).toBeLessThan(TOAST_MS.short);
    expect(toast(phone)).toBeNull();
    phone.launch(CLOCK);
    expect(toast(phone)).toBeNull();
  });

  it('is gone on Home and in recents', () => {
    const home = clockWithToast();
    home.home();
    expect(toast(home)).toBeNull();
    const recents = clockWithToast();
    recents.recents();
    expect(toast(recents)).toBeNull();
  });
});

describe('snackbars', () => {
  it('stays on its screen only: another screen of the same app does not show it, and coming back it is gone', () => {
    const phone = notesWithSnackbar();
    phone.click(byLabel(phone, 'Wi-Fi at the cabin').handle);
    expect(phone.render().screenId.screen).toBe('notes/edit');
    expect(snackbar(phone)).toBeNull();
    phone.back();
    expect(phone.render().screenId.screen).toBe('notes/list');
    expect(snackbar(phone)).toBeNull();
  });

  it('runs out after LENGTH_LONG on its screen, and its Undo works while it shows', () => {
    const expiring = notesWithSnackbar();
    expiring.elapse(SNACKBAR_MS.long! - 1);
    expect(snackbar(expiring)).toBe('Note moved to trash');
    expiring.elapse(1);
    expect(snackbar(expiring)).toBeNull();

    const undone = notesWithSnackbar();
    undone.click(byLabel(undone, 'Undo').handle);
    expect(snackbar(undone)).toBeNull();
    expect((undone.state.apps[NOTES] as { notes: { title: string }[] }).notes.map((n) => n.title)).toContain(
      'Groceries',
    );
  });

  it('does not follow the user into another app', () => {
    const phone = notesWithSnackbar();
    expect(took(phone, () => phone.launch(MESSAGES))).toBeLessThan(SNACKBAR_MS.long!);
    expect(snackbar(phone)).toBeNull();
    phone.launch(NOTES);
    expect(snackbar(phone)).toBeNull();
  });
});
