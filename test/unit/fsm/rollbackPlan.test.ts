/**
 * The rollback plan on hand-built Notes screens: what it aims for and how it
 * gets there. Each case is one cause of a rollback that missed its screen on
 * the virtual suite with faults (noisy-oracle:0.2, faults light).
 */
import { describe, expect, it } from 'vitest';
import { FsmTracker, stateKey, type AbstractAction } from '../../../fsm/index.ts';
import { editor, home, MAIL, mailInbox, NOTES, settings, tapFab, tapSettings } from './notesApp.ts';
import { button, buildScreen, frame, toolbar } from './screenBuilder.ts';

function clock() {
  let t = 1_000;
  return () => (t += 10);
}

const K = {
  home: stateKey(home()).key,
  confirm: stateKey(home(undefined, 'Delete this note?')).key,
  settings: stateKey(settings()).key,
  editor: stateKey(editor()).key,
};

/** The tap on the row "Theme" of Settings, as the tracker names it (observe Settings first). */
function tapTheme(tracker: FsmTracker): AbstractAction {
  const theme = settings().elements.find((e) => e.label === 'Theme')!;
  return tracker.actionOn('tap', theme.id);
}

/** The tap on the element labelled `label` of `screen`, as the tracker names it (observe the screen first). */
function tapOn(tracker: FsmTracker, screen: ReturnType<typeof home>, label: string): AbstractAction {
  return tracker.actionOn('tap', screen.elements.find((e) => e.label === label)!.id);
}

describe('relaunch plus a known path', () => {
  it('goes on along the known path after its first step, not only from the entry state', () => {
    // Home -> Settings -> (tap Theme) editor: two forward steps from the entry, none of them undoable.
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    tracker.observe(settings(), tapSettings);
    const theme = tapTheme(tracker);
    tracker.observe(editor(), theme);
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });

    const plan = tracker.pathBackToStable(K.editor)!;
    expect(plan).toMatchObject({ strategy: 'relaunch', reachesTarget: true });
    expect(plan.actions).toEqual([{ kind: 'relaunch', app: NOTES }, tapSettings, theme]);

    tracker.observe(home(), { kind: 'relaunch', app: NOTES });
    expect(tracker.pathBackToStable(K.editor, { freshStart: true })).toMatchObject({
      strategy: 'relaunch',
      actions: [tapSettings, theme],
      expected: [K.settings, K.editor],
    });
    tracker.observe(settings(), tapSettings);
    // The second step: the rest of the same plan, not another relaunch.
    expect(tracker.pathBackToStable(K.editor, { freshStart: true })).toMatchObject({
      strategy: 'relaunch',
      actions: [theme],
      expected: [K.editor],
    });
    // Not on a relaunch path (no fresh start, or a move missed its state): no forward move from here.
    expect(tracker.pathBackToStable(K.editor)!.actions[0]).toEqual({ kind: 'relaunch', app: NOTES });
  });
});

describe('the observed back stack', () => {
  it('a menu or dialog that leads to another screen is closed: Back returns under it, not to it', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    const confirm = home(undefined, 'Delete this note?');
    const opened = tracker.observe(confirm, { kind: 'long_press', target: 'listitem|row|Groceries' });
    expect(opened.analysis.hasOverlay).toBe(true);
    expect(opened.key).toBe(K.confirm);
    tracker.observe(settings(), tapOn(tracker, confirm, 'Delete'));
    expect(tracker.backStack).toEqual([K.home, K.settings]);
    expect(tracker.pathBackToStable(K.home)).toMatchObject({ strategy: 'back', expected: [K.home] });
    expect(tracker.pathBackToStable(K.confirm)!.strategy).not.toBe('back');
  });

  it('Navigate up, Close or Cancel closes the screen it leaves: Back does not return to it', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    tracker.observe(editor(), tapFab);
    const up = tapOn(tracker, editor(), 'Navigate up');
    expect(up.label).toBe('Navigate up');
    tracker.observe(settings(), up);
    expect(tracker.backStack).toEqual([K.settings]);
    expect(tracker.pathBackToStable(K.editor)!.strategy).not.toBe('back');
    // Cancel on a confirmation pops to the screen under it.
    const confirm = home(undefined, 'Delete this note?');
    tracker.observe(home(), { kind: 'back' });
    tracker.observe(confirm, { kind: 'long_press', target: 'listitem|row|Groceries' });
    tracker.observe(home(), tapOn(tracker, confirm, 'Cancel'));
    expect(tracker.backStack).toEqual([K.home]);
  });
});

describe('the entry state a relaunch lands on', () => {
  /** Mail with a share sheet over it: "Notes" in it opens a new note in the Notes app. */
  function mailShareSheet() {
    return buildScreen({
      pkg: MAIL,
      activity: '.Inbox',
      windows: [
        { kind: 'app', root: frame(toolbar('Inbox'), button('Compose', 'com.example:id/compose')) },
        {
          kind: 'dialog',
          root: frame(button('Notes', 'android:id/share_target'), button('Cancel', 'android:id/cancel')),
        },
      ],
    });
  }

  it("is not where a share sheet handed over: a screen only another app leads to is out of a relaunch's reach", () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(mailInbox());
    const sheet = mailShareSheet();
    expect(tracker.observe(sheet, { kind: 'tap', target: 'button|share|Share' }).analysis.hasOverlay).toBe(true);
    tracker.observe(editor(), tapOn(tracker, sheet, 'Notes'));
    tracker.observe(home(), tapOn(tracker, editor(), 'Navigate up'));
    expect(tracker.graph(NOTES)!.entry).toBeUndefined();
    // No relaunch can land on the editor, and no move of Notes leads to it: nothing to do but say so.
    expect(tracker.pathBackToStable(K.editor)).toMatchObject({ actions: [], reachesTarget: false });
    // Notes opened from the launcher (or fresh): that is its entry.
    tracker.observe(home(), { kind: 'relaunch', app: NOTES });
    expect(tracker.graph(NOTES)!.entry).toBe(K.home);
  });

  it('is where the app was first entered otherwise (a launcher icon), and a relaunch lands there', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(mailInbox());
    tracker.observe(home(), { kind: 'tap', target: 'button|notes|Notes' });
    tracker.observe(editor(), tapFab);
    expect(tracker.graph(NOTES)!.entry).toBe(K.home);
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });
    expect(tracker.pathBackToStable(K.editor)).toMatchObject({
      strategy: 'relaunch',
      expected: [K.home, K.editor],
      reachesTarget: true,
    });
  });
});
