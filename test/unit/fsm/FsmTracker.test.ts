import { describe, expect, it } from 'vitest';
import { getNextSnapshot, getInitialSnapshot } from 'xstate';
import { createFsmMachine, FsmTracker, planRollback, GraphIndex, stateKey } from '../../../fsm/index.ts';
import { back, editor, home, MAIL, mailInbox, NOTES, settings, tapFab, tapSave, tapSettings } from './notesApp.ts';

function clock() {
  let t = 1_000;
  return () => (t += 10);
}

/** Home -> editor -> (save) home -> settings -> (back) home, twice over. */
function learnt() {
  const tracker = new FsmTracker({ now: clock() });
  tracker.observe(home());
  for (let i = 0; i < 2; i++) {
    tracker.observe(editor(), tapFab);
    tracker.observe(home(['Groceries', 'Trip plan', `note ${i}`]), tapSave);
    tracker.observe(settings(), tapSettings);
    tracker.observe(home(), back);
  }
  return tracker;
}

const K = {
  home: stateKey(home()).key,
  editor: stateKey(editor()).key,
  settings: stateKey(settings()).key,
  dialog: stateKey(editor(true)).key,
};

describe('FsmTracker', () => {
  it('builds states and transitions from observations and counts visits', () => {
    const tracker = learnt();
    const graph = tracker.graph(NOTES)!;
    expect(Object.keys(graph.states).sort()).toEqual([K.home, K.editor, K.settings].sort());
    expect(Object.keys(graph.transitions)).toHaveLength(4);
    expect(graph.states[K.home]!.visits).toBe(5);
    expect(graph.states[K.settings]!.name).toBe('Settings');
    expect(graph.entry).toBe(K.home);
    const fab = Object.values(graph.transitions).find((t) => t.source === K.home && t.target === K.editor)!;
    expect(fab.count).toBe(2);
    expect(fab.pre.elements).toEqual(['button|fab|New note']);
    expect(fab.post.state).toBe(K.editor);
  });

  it('predicts with confidence that grows with evidence', () => {
    const tracker = new FsmTracker({ now: clock() });
    tracker.observe(home());
    tracker.observe(editor(), tapFab);
    tracker.observe(home(), back);
    const once = tracker.predict(tapFab)!;
    expect(once.target).toBe(K.editor);
    expect(once.confidence).toBeCloseTo(0.5);
    tracker.observe(editor(), tapFab);
    tracker.observe(home(), back);
    expect(tracker.predict(tapFab)!.confidence).toBeCloseTo(2 / 3);
    expect(tracker.predict({ kind: 'tap', target: 'button|nope|Nope' })).toBeUndefined();
  });

  it('flags an observation the prediction did not expect; a mis-tap is taken back, a dead end counts a failure', () => {
    const tracker = learnt();
    expect(tracker.current).toBe(K.home);
    const r = tracker.observe(settings(), tapFab); // a mis-tap: the FAB press opened Settings
    expect(r.unexpected).toBe(true);
    expect(r.verdict).toBe('fail');
    expect(r.prediction!.target).toBe(K.editor);
    const transitions = () => Object.values(tracker.graph(NOTES)!.transitions);
    const fab = transitions().find((t) => t.source === K.home && t.target === K.editor)!;
    // Another outcome is not a failure of the predicted transition.
    expect(fab.failures).toBe(0);
    expect(tracker.lastStable).toBe(K.home);
    const plan = tracker.pathBackToStable()!;
    expect(plan.strategy).toBe('back');
    expect(plan.actions).toEqual([{ kind: 'back' }]);
    expect(plan.expected).toEqual([K.home]);
    // Judged a mis-tap: "the FAB leads to Settings" was never observed, so the sighting is taken back.
    tracker.rejectLast('mistap');
    expect(tracker.predict(tapFab, K.home)!.target).toBe(K.editor);
    expect(
      transitions().some((t) => t.source === K.home && t.target === K.settings && t.actionId === fab.actionId),
    ).toBe(false);
    expect(
      tracker
        .takeDelta()
        .flatMap((g) => Object.values(g.transitions))
        .some((t) => t.target === K.settings && t.actionId === fab.actionId),
    ).toBe(false);
    // A dead end: the transition taken gets a failure, never more than its sightings.
    tracker.observe(home(), back);
    tracker.observe(editor(), tapFab);
    tracker.rejectLast('dead_end');
    tracker.rejectLast('dead_end');
    const again = transitions().find((t) => t.source === K.home && t.target === K.editor)!;
    expect(again.failures).toBe(1);
    expect(again.failures).toBeLessThanOrEqual(again.count);
  });

  it('judges expected outcomes success and unchanged screens no_change', () => {
    const tracker = learnt();
    expect(tracker.observe(editor(), tapFab)).toMatchObject({ unexpected: false, verdict: 'success' });
    expect(tracker.observe(editor(), tapSave).verdict).toBe('no_change');
  });

  it('does not take a dialog as a stable state, and backs out of it', () => {
    const tracker = learnt();
    tracker.observe(editor(), tapFab);
    const r = tracker.observe(editor(true), back);
    expect(r.key).toBe(K.dialog);
    expect(r.state.stable).toBe(false);
    expect(tracker.lastStable).toBe(K.editor);
    expect(tracker.pathBackToStable()).toMatchObject({ strategy: 'back', expected: [K.editor] });
  });

  it('answers what-if questions with the prediction and the pre-condition', () => {
    const tracker = learnt();
    const w = tracker.whatIf(tapSettings);
    expect(w.known).toBe(true);
    expect(w.target!.name).toBe('Settings');
    expect(w.precondition).toEqual({ ok: true, missing: [] });
    const unknown = tracker.whatIf(tapSave);
    expect(unknown.known).toBe(false);
    expect(unknown.precondition).toEqual({ ok: false, missing: ['button|save|Save'] });
  });

  it('finds the shortest known transitions towards states with a property', () => {
    const tracker = learnt();
    tracker.observe(editor(), tapFab);
    const [path] = tracker.pathsTo((s) => s.snapshot.title === 'Settings');
    expect(path!.target).toBe(K.settings);
    expect(path!.steps.map((t) => t.actionId)).toEqual(['tap[button|save|Save]', 'tap[button|settings|Settings]']);
    expect(tracker.pathsTo((s) => s.snapshot.title === 'Nowhere')).toEqual([]);
  });

  it('never rolls back with a forward action: from the editor to the list it relaunches rather than tap Save', () => {
    const tracker = learnt();
    // Arrive in the editor from outside the app: no back stack to walk down.
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });
    tracker.observe(editor(), { kind: 'open_app', app: NOTES });
    // The graph knows editor --tap Save--> home, a forward action that would store a note.
    expect(tracker.predict(tapSave)!.target).toBe(K.home);
    const plan = tracker.pathBackToStable(K.home)!;
    expect(plan.actions).not.toContainEqual(tapSave);
    expect(plan).toMatchObject({ strategy: 'relaunch', expected: [K.home], reachesTarget: true });
    // Back from Settings is a reverse transition: a known path of those is taken.
    tracker.observe(settings(), { kind: 'open_app', app: NOTES });
    expect(tracker.pathBackToStable(K.home)).toMatchObject({ strategy: 'reverse', actions: [back] });
  });

  it('relaunches and replays a known path when the back stack is lost', () => {
    const tracker = learnt();
    tracker.observe(settings(), tapSettings);
    const settingsKey = tracker.current!;
    tracker.observe(mailInbox(), { kind: 'open_app', app: MAIL });
    const plan = tracker.pathBackToStable(settingsKey)!;
    expect(plan.strategy).toBe('relaunch');
    expect(plan.actions).toEqual([{ kind: 'relaunch', app: NOTES }, tapSettings]);
    expect(plan.expected).toEqual([K.home, K.settings]);
    expect(plan.reachesTarget).toBe(true);
    // Without a known path from the entry state, the plan says it only gets to the entry.
    const partial = planRollback({
      index: new GraphIndex([tracker.graph(NOTES)!]),
      current: undefined,
      target: K.dialog,
      backStack: [],
    });
    expect(partial.reachesTarget).toBe(false);
  });

  it('generates an XState machine that moves like the graph and regenerates as the graph grows', () => {
    const tracker = learnt();
    const config = tracker.machineConfig(NOTES);
    expect(tracker.machineConfig(NOTES)).toBe(config); // cached while the graph is unchanged
    const machine = createFsmMachine(config);
    const start = getInitialSnapshot(machine);
    expect(start.value).toBe(K.home);
    expect(getNextSnapshot(machine, start, { type: 'tap[button|fab|New note]' }).value).toBe(K.editor);
    tracker.observe(editor(), tapFab);
    tracker.observe(editor(true), back);
    const grown = tracker.machineConfig(NOTES);
    expect(grown).not.toBe(config);
    expect(Object.keys(grown.states)).toContain(K.dialog);
    expect(JSON.parse(JSON.stringify(grown))).toEqual(grown);
  });

  it('hands out deltas whose counts are increments since the last call', () => {
    const tracker = learnt();
    const [first] = tracker.takeDelta();
    expect(first!.states[K.home]!.visits).toBe(5);
    tracker.observe(editor(), tapFab);
    const [second] = tracker.takeDelta();
    expect(second!.states[K.editor]!.visits).toBe(1);
    expect(second!.states[K.home]!.visits).toBe(0);
    expect(Object.values(second!.transitions).map((t) => t.count)).toEqual([1]);
    expect(tracker.takeDelta()).toEqual([]);
  });

  it('rejectLast counts a failure and forgets the state as a rollback target', () => {
    const tracker = learnt();
    tracker.observe(editor(), tapFab);
    tracker.observe(settings(), { kind: 'tap', target: 'button||Navigate up' }); // no prediction existed: not flagged
    expect(tracker.lastStable).toBe(K.settings);
    tracker.rejectLast();
    expect(tracker.lastStable).toBe(K.editor);
  });

  it('names element signatures from the current screen for the agent', () => {
    const tracker = new FsmTracker();
    const screen = home();
    tracker.observe(screen);
    const fab = screen.elements.find((e) => e.resourceId === 'com.example:id/fab')!;
    const action = tracker.actionOn('tap', fab.id);
    expect(action).toMatchObject({ kind: 'tap', target: 'button|fab|New note', label: 'New note' });
    expect(tracker.elementsMatching('button|fab|New note').map((e) => e.id)).toEqual([fab.id]);
    // It carries a reference, and the tracker finds the element by it on the screen it is on.
    expect(action.ref?.signature).toBe('button|fab|New note');
    expect(tracker.find(action)?.element?.id).toBe(fab.id);
  });
});
