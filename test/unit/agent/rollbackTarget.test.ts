/**
 * What a rollback aims for and its next move, on hand-built Notes screens:
 * an overlay only a relaunch would reopen gives way to the screen under it;
 * a known path's element further down a list is scrolled to, and after a
 * relaunch a path that does not hold stops instead of pressing Back out of
 * the app.
 */
import { describe, expect, it } from 'vitest';
import { rollbackMove } from '../../../agent/roles/recovery/recoveryAction.ts';
import { rollbackTarget } from '../../../agent/run/rollbackTarget.ts';
import { FsmTracker, stateKey } from '../../../fsm/index.ts';
import { editor, home, MAIL, mailInbox, NOTES } from '../fsm/notesApp.ts';

function clock() {
  let t = 1_000;
  return () => (t += 10);
}

const HOME = stateKey(home()).key;
const EDITOR = stateKey(editor()).key;
const longPress = { kind: 'long_press', target: 'listitem|row|Groceries' } as const;

describe('rollbackTarget', () => {
  it('a confirmation the failed step closed: the screen under it, where the phone already is', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    const confirm = home(undefined, 'Delete this note?');
    const started = tracker.observe(confirm, longPress);
    const cancel = confirm.elements.find((e) => e.label === 'Cancel')!;
    tracker.observe(home(), tracker.actionOn('tap', cancel.id));
    tracker.rejectLast(); // judged failed: "Delete" was meant
    const target = rollbackTarget({ screen: confirm, observed: started }, tracker);
    expect(target).toBe(HOME);
    expect(tracker.pathBackToStable(target)!.strategy).toBe('none');
  });

  it('an overlay a reverse move returns to stays the target (a dialog is a place to work in)', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    tracker.observe(editor(), { kind: 'tap', target: 'button|fab|New note' });
    const dialog = editor(true);
    const started = tracker.observe(dialog, { kind: 'back' }); // Back from a changed note: "Discard?"
    expect(started.analysis.hasOverlay).toBe(true);
    const keep = dialog.elements.find((e) => e.label === 'Keep editing')!;
    tracker.observe(editor(), tracker.actionOn('tap', keep.id));
    tracker.rejectLast();
    expect(tracker.pathBackToStable(started.key)).toMatchObject({ strategy: 'reverse', actions: [{ kind: 'back' }] });
    expect(rollbackTarget({ screen: dialog, observed: started }, tracker)).toBe(started.key);
  });

  it('a dialog button that opened another overlay closed the dialog: the screen under it', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    const confirm = home(undefined, 'Delete this note?');
    const started = tracker.observe(confirm, longPress);
    const sheet = editor(true); // another overlay (as a share sheet would be)
    tracker.observe(sheet, tracker.actionOn('tap', confirm.elements.find((e) => e.label === 'Delete')!.id));
    tracker.rejectLast();
    expect(tracker.backStack).toEqual([HOME, stateKey(sheet).key]);
    expect(rollbackTarget({ screen: confirm, observed: started }, tracker)).toBe(HOME);
  });

  it('a plain screen is the target whatever it takes', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    const started = tracker.observe(editor(), { kind: 'tap', target: 'button|fab|New note' });
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });
    expect(rollbackTarget({ screen: editor(), observed: started }, tracker)).toBe(EDITOR);
  });
});

describe('rollbackMove: the known path element is not on screen', () => {
  /** Home (with "Zebra" far down the list) -> tap Zebra -> editor; then Mail; then Notes again from its start. */
  function relaunched() {
    const tracker = new FsmTracker({ now: clock() });
    const long = home(['Groceries', 'Trip plan', 'Zebra']);
    tracker.observe(long);
    tracker.observe(editor(), tracker.actionOn('tap', long.elements.find((e) => e.label.startsWith('Zebra'))!.id));
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });
    const top = home(['Groceries', 'Trip plan']);
    tracker.observe(top, { kind: 'relaunch', app: NOTES });
    return { tracker, top };
  }

  it('scrolls the list to look for it, expecting the same state', () => {
    const { tracker, top } = relaunched();
    const move = rollbackMove(top, tracker, EDITOR, { freshStart: true });
    expect(move).toMatchObject({ kind: 'act', why: 'rollback:scroll', expectedKey: HOME });
    expect(move.kind === 'act' && move.action).toMatchObject({ type: 'scroll', direction: 'down' });
  });

  it('after enough scrolls it stops after a relaunch rather than pressing Back out of the app', () => {
    const { tracker, top } = relaunched();
    expect(rollbackMove(top, tracker, EDITOR, { freshStart: true, searchScrolls: 3 })).toMatchObject({
      kind: 'stuck',
    });
  });
});
