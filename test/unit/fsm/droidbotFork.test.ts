/**
 * `importDroidbot` on the format of the DroidBot fork AutoDroid's DroidTask data was made with: `utg.js`
 * instead of `utg.json`, or no graph file at all (the graph rebuilt from events/); events `click`,
 * `long_click`, `kill_app`; a dialog dumped as its own window. Malformed input names the file and the fault.
 */
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsmFormatError, importDroidbot } from '../../../fsm/index.ts';
import { APP, EVENTS, STATE_STR, writeAutodroidTrace } from './fixtures/autodroidTrace.ts';

const dirs: string[] = [];
function traceDir(graph: 'utg.js' | 'none'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'maple-autodroid-'));
  dirs.push(dir);
  writeAutodroidTrace(dir, { graph });
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe.each(['utg.js', 'none'] as const)('AutoDroid fork trace (graph file: %s)', (graph) => {
  it('imports every state and event, merging only what is one screen', () => {
    const r = importDroidbot(traceDir(graph));
    expect(r.graph.app).toBe(APP);
    expect(r.graphFile ? path.basename(r.graphFile) : 'none').toBe(graph);
    expect([r.utgNodes, r.utgEvents, r.skippedEvents]).toEqual([5, EVENTS.length, 0]);
    expect(r.transitionMap.size).toBe(EVENTS.length);
    // The Alarm tab seen twice with other alarms is one state; Timer, the dialog and the launcher are others.
    expect(r.stateMap.get(STATE_STR.alarm)).toBe(r.stateMap.get(STATE_STR.alarm2));
    expect(new Set(r.stateMap.values()).size).toBe(4);
    // The exploration starts on the launcher: the entry is the app's first screen.
    expect(r.graph.entry).toBe(r.stateMap.get(STATE_STR.alarm));
  });

  it('reads click, long_click, kill_app, key and intent events as actions on our element signatures', () => {
    const r = importDroidbot(traceDir(graph));
    const actions = Object.values(r.graph.transitions).map((t) => t.action);
    const byKind = (kind: string) => actions.filter((a) => a.kind === kind);
    expect(byKind('tap').map((a) => a.target)).toEqual(
      expect.arrayContaining(['tab||Timer', 'tab||Alarm', 'button||More options']),
    );
    expect(byKind('long_press')).toHaveLength(1);
    expect(byKind('back')).toHaveLength(1);
    expect(byKind('open_app')).toEqual([{ kind: 'open_app', app: APP }]);
    // kill_app stops the app and presses HOME: the launcher comes next.
    const kill = Object.values(r.graph.transitions).find((t) => t.target === r.stateMap.get(STATE_STR.launcher))!;
    expect(kill.action.kind).toBe('home');
  });

  it('keys a dialog dumped as its own window as a dialog, on the device-sized screen', () => {
    const r = importDroidbot(traceDir(graph));
    const sort = r.screens.get(STATE_STR.sort)!;
    expect(sort.screen.width).toBe(1080);
    expect(sort.screen.windows.map((w) => w.kind)).toEqual(['dialog']);
    expect(sort.identity.dialogTitle).toBe('Sort by');
    expect(sort.identity.features).toEqual(expect.arrayContaining(['dlg:window', 'dlg:opt:Time', 'dlg:opt:Name']));
  });
});

describe('the two forms of the fork trace agree', () => {
  it('utg.js and a graph rebuilt from events/ give the same states and transitions', () => {
    const a = importDroidbot(traceDir('utg.js')).graph;
    const b = importDroidbot(traceDir('none')).graph;
    expect(Object.keys(b.states).sort()).toEqual(Object.keys(a.states).sort());
    expect(Object.keys(b.transitions).sort()).toEqual(Object.keys(a.transitions).sort());
    expect(b.entry).toBe(a.entry);
  });
});

describe('malformed fork traces', () => {
  const expectError = (dir: string, file: string, what: RegExp) => {
    let error: unknown;
    try {
      importDroidbot(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FsmFormatError);
    expect((error as Error).message).toMatch(what);
    expect((error as Error).message).toContain(file);
  };

  it('names utg.js when it is not "var utg = {...}" or its JSON is broken', () => {
    const dir = traceDir('utg.js');
    writeFileSync(path.join(dir, 'utg.js'), 'window.utg = {}');
    expectError(dir, 'utg.js', /does not start with "var utg = "/);
    writeFileSync(path.join(dir, 'utg.js'), 'var utg = {"nodes": [');
    expectError(dir, 'utg.js', /not valid JSON after "var utg ="/);
    writeFileSync(path.join(dir, 'utg.js'), 'var utg = {"nodes": []}');
    expectError(dir, 'utg.js', /needs app_package, nodes\[\] and edges\[\]/);
  });

  it('names the event or state file that is broken', () => {
    const dir = traceDir('none');
    const events = readdirSync(path.join(dir, 'events')).sort();
    const bad = path.join(dir, 'events', events[1]!);
    writeFileSync(bad, JSON.stringify({ tag: 'x', event_str: 'E()', start_state: 'a', stop_state: 'b', event: {} }));
    expectError(dir, events[1]!, /needs event\.event_type and event_str/);
    writeFileSync(
      bad,
      JSON.stringify({
        tag: 'x',
        event_str: 'PinchEvent()',
        start_state: STATE_STR.alarm,
        stop_state: STATE_STR.timer,
        event: { event_type: 'pinch' },
      }),
    );
    expectError(dir, events[1]!, /unknown DroidBot event type "pinch"/);
    unlinkSync(bad);
    const states = readdirSync(path.join(dir, 'states')).sort();
    writeFileSync(path.join(dir, 'states', states[0]!), '{"state_str": "x"}');
    expectError(dir, states[0]!, /needs state_str and views\[\]/);
  });

  it('says what to do when the folder holds neither a graph nor states and events', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'maple-autodroid-'));
    dirs.push(dir);
    expectError(dir, dir, /no utg\.json or utg\.js .* point at a DroidBot output folder/);
  });
});
