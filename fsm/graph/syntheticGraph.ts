/**
 * A deterministic synthetic app graph of any size, shaped like an explored
 * app (a tree of screens reached by taps, back edges, cross links), with
 * realistic feature and snapshot sizes. For benchmarks and path tests.
 */
import type { AbstractAction } from '../AbstractAction.ts';
import { shortHash } from '../hash.ts';
import { type AppGraph, createAppGraph } from './AppGraph.ts';
import { addTransition } from './graphUpdates.ts';

export interface SyntheticGraphOptions {
  states: number;
  /** Extra cross links per state besides the tree edge and back (default 2). */
  crossLinks?: number;
  seed?: number;
  app?: string;
}

export function syntheticGraph(options: SyntheticGraphOptions): AppGraph {
  const app = options.app ?? 'com.example.synthetic';
  const crossLinks = options.crossLinks ?? 2;
  let seed = options.seed ?? 42;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const graph = createAppGraph(app);
  const keys: string[] = [];
  for (let i = 0; i < options.states; i++) {
    const key = shortHash(`${app}#${i}`);
    keys.push(key);
    const features = [`pkg:${app}`, `act:.Screen${i % 50}`, `title:Screen ${i}`];
    for (let j = 0; j < 16; j++) features.push(`el:button|action_${j}|Action ${j}`);
    graph.states[key] = {
      key,
      name: `Screen ${i}`,
      features,
      snapshot: {
        title: `Screen ${i}`,
        elements: Array.from({ length: 16 }, (_, j) => ({
          sig: `button|action_${j}|Action ${j}`,
          role: 'button' as const,
          label: `Action ${j}`,
          actionable: true,
        })),
      },
      visits: 1,
      firstSeen: i,
      lastSeen: i,
      stable: i % 7 !== 3,
    };
  }
  graph.entry = keys[0];
  const tap = (j: number): AbstractAction => ({ kind: 'tap', target: `button|action_${j}|Action ${j}` });
  for (let i = 1; i < keys.length; i++) {
    const parent = Math.floor(random() * i);
    addTransition(graph, { source: keys[parent]!, target: keys[i]!, action: tap(i % 16), now: i });
    addTransition(graph, { source: keys[i]!, target: keys[parent]!, action: { kind: 'back' }, now: i });
  }
  for (let i = 0; i < keys.length; i++) {
    for (let c = 0; c < crossLinks; c++) {
      const target = keys[Math.floor(random() * keys.length)]!;
      addTransition(graph, { source: keys[i]!, target, action: tap(100 + c), now: i });
    }
  }
  return graph;
}
