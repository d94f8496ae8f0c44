/**
 * FSM benchmark (issue 4):
 *   fsm.observe       state key + graph update of one observation (FsmTracker.observe
 *                     with an action, so a transition is recorded) while the app's graph,
 *                     loaded from the store, holds 10,000 states. Target p50 <= 1 ms.
 *   fsm.stateKey      the state key alone, on the same screens.
 *   fsm.store.delta   writing one observation's delta to the SQLite store (one transaction).
 *   fsm.export.<fmt>  loading a 10,000-state FSM from the store and exporting it as
 *                     xstate, mermaid, dot and json. Target <= 2 s each.
 * Screens are the 16 real DroidBot Yelp screens from ../shared/data, converted to Screens.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Screen } from '../drivers/screen/types.ts';
import {
  type AbstractAction,
  droidbotStateToScreen,
  type DroidbotState,
  EXPORT_FORMATS,
  exportGraphs,
  FsmTracker,
  KnowledgeStore,
  stateKey,
  syntheticGraph,
} from '../fsm/index.ts';
import { msResult, round, timeSamples } from './stats.ts';
import type { BenchResult } from './types.ts';
import { sharedData } from '../benchmarks/data/sharedData.ts';

export interface FsmBenchOptions {
  /** States in the stored graph (default 10,000). */
  states?: number;
  /** Timed observations (default 2,000). */
  observations?: number;
  /** Timed exports per format (default 3). */
  exportRuns?: number;
  statesDir?: string;
}

function loadScreens(dir: string): Screen[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => droidbotStateToScreen(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as DroidbotState, f).screen);
}

export async function runFsmBench(options: FsmBenchOptions = {}): Promise<BenchResult[]> {
  const stateCount = options.states ?? 10_000;
  const observations = options.observations ?? 2_000;
  const exportRuns = options.exportRuns ?? 3;
  const screens = loadScreens(options.statesDir ?? sharedData('traces/droidbot-yelp/states'));
  const app = screens[0]!.foregroundPackage;
  const dir = mkdtempSync(path.join(tmpdir(), 'maple-fsm-bench-'));
  const results: BenchResult[] = [];
  try {
    // A store holding a 10,000-state FSM of the app the screens belong to.
    const store = KnowledgeStore.open({ dir });
    const seeded = syntheticGraph({ states: stateCount, app });
    let started = performance.now();
    store.saveGraph(seeded);
    const saveMs = performance.now() - started;
    started = performance.now();
    const loaded = store.loadGraph(app)!;
    const loadMs = performance.now() - started;
    const stored = Object.keys(loaded.states).length;

    // Observations: walk the real screens in a fixed order, each reached by a tap on one of its predecessor's elements.
    const tracker = new FsmTracker({ graphs: [loaded] });
    const actions: AbstractAction[] = screens.map((_, i) => ({
      kind: 'tap',
      target: `button|hot_button_${i % 5}|Tab ${i % 5}`,
    }));
    let i = 0;
    tracker.observe(screens[0]!);
    const observeSamples = timeSamples(
      () => {
        i++;
        tracker.observe(screens[i % screens.length]!, actions[i % actions.length]);
      },
      observations,
      50,
    );
    const keySamples = timeSamples(() => stateKey(screens[i++ % screens.length]!), observations, 50);
    tracker.takeDelta();
    const deltaSamples = timeSamples(
      () => {
        i++;
        tracker.observe(screens[i % screens.length]!, actions[i % actions.length]);
        for (const d of tracker.takeDelta()) store.saveGraph(d, { merge: 'add' });
      },
      Math.min(observations, 500),
      10,
    );
    const graphStates = Object.keys(tracker.graph(app)!.states).length;
    results.push(
      msResult('fsm.observe', observeSamples, 'p50 <= 1 ms with 10,000 states', {
        statesInGraph: graphStates,
        screens: screens.length,
        elementsPerScreen: Math.round(screens.reduce((n, s) => n + s.elements.length, 0) / screens.length),
      }),
      msResult('fsm.stateKey', keySamples),
      msResult('fsm.store.delta', deltaSamples, undefined, {
        note: 'observe + one-transaction write of its delta',
      }),
    );

    // Export: load from the store and render, as `maple fsm export` does.
    for (const format of EXPORT_FORMATS) {
      let bytes = 0;
      const samples = timeSamples(
        () => {
          const graph = store.loadGraph(app)!;
          bytes = exportGraphs([graph], format).length;
        },
        exportRuns,
        0,
      );
      results.push(
        msResult(`fsm.export.${format}`, samples, 'load + export of 10,000 states <= 2000 ms', {
          states: stored,
          bytes,
        }),
      );
    }
    results[0]!.extra = { ...results[0]!.extra, storeSave10kMs: round(saveMs), storeLoad10kMs: round(loadMs) };
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
