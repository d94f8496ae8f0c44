/**
 * Measures screen identity against ground truth: observations labelled with
 * their true screen id (the virtual device knows it, or a person labelled
 * them) are keyed, and every pair is judged.
 * - pairwise precision: of the pairs put in one state (same key), the share
 *   that are the same true screen (titles, dialogs, tabs must not merge screens);
 * - pairwise recall: of the pairs that are the same true screen, the share put
 *   in one state (content, scroll and faults must not split a screen); also
 *   reported as `sameRate`, with `differentRate` the share of different-screen
 *   pairs kept apart.
 * Counted by grouping, so 2,000 observations (2 million pairs) take milliseconds.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { type StateKey, stateKey } from './stateKey.ts';

export interface LabelledObservation {
  /** The device's own id of the screen shown (ground truth). */
  trueId: string;
  screen: Screen;
}

export interface IdentityMeasurement {
  observations: number;
  trueScreens: number;
  keys: number;
  samePairs: number;
  /** Pairs of the same true screen that got the same key. */
  sameKeptTogether: number;
  /** sameKeptTogether / samePairs (1 when there are no such pairs). */
  sameRate: number;
  differentPairs: number;
  /** Pairs of different true screens that got different keys. */
  differentKeptApart: number;
  differentRate: number;
  /** Pairs put in one state (same key), whatever their true screens. */
  keyPairs: number;
  /** sameKeptTogether / keyPairs (1 when no two observations share a key). */
  precision: number;
  /** sameKeptTogether / samePairs: the same number as sameRate. */
  recall: number;
  /** Keys that cover more than one true screen. */
  merges: { key: StateKey; trueIds: string[] }[];
  /** True screens that got more than one key, with how many observations each key got. */
  splits: { trueId: string; keys: Record<StateKey, number> }[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function measureIdentity(
  observations: Iterable<LabelledObservation>,
  keyOf: (screen: Screen) => StateKey = (s) => stateKey(s).key,
): IdentityMeasurement {
  const byTrue = new Map<string, Map<StateKey, number>>();
  const byKey = new Map<StateKey, Map<string, number>>();
  let n = 0;
  for (const o of observations) {
    n++;
    const key = keyOf(o.screen);
    const t = byTrue.get(o.trueId) ?? new Map<StateKey, number>();
    t.set(key, (t.get(key) ?? 0) + 1);
    byTrue.set(o.trueId, t);
    const k = byKey.get(key) ?? new Map<string, number>();
    k.set(o.trueId, (k.get(o.trueId) ?? 0) + 1);
    byKey.set(key, k);
  }
  let samePairs = 0;
  let sameKeptTogether = 0;
  for (const keys of byTrue.values()) {
    let total = 0;
    for (const c of keys.values()) {
      total += c;
      sameKeptTogether += pairs(c);
    }
    samePairs += pairs(total);
  }
  let sameKeyPairs = 0;
  for (const ids of byKey.values()) {
    let total = 0;
    for (const c of ids.values()) total += c;
    sameKeyPairs += pairs(total);
  }
  const differentPairs = pairs(n) - samePairs;
  const differentMerged = sameKeyPairs - sameKeptTogether;
  return {
    observations: n,
    trueScreens: byTrue.size,
    keys: byKey.size,
    samePairs,
    sameKeptTogether,
    sameRate: samePairs === 0 ? 1 : sameKeptTogether / samePairs,
    differentPairs,
    differentKeptApart: differentPairs - differentMerged,
    differentRate: differentPairs === 0 ? 1 : (differentPairs - differentMerged) / differentPairs,
    keyPairs: sameKeyPairs,
    precision: sameKeyPairs === 0 ? 1 : sameKeptTogether / sameKeyPairs,
    recall: samePairs === 0 ? 1 : sameKeptTogether / samePairs,
    merges: [...byKey]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => ({ key, trueIds: [...ids.keys()].sort() })),
    splits: [...byTrue]
      .filter(([, keys]) => keys.size > 1)
      .map(([trueId, keys]) => ({ trueId, keys: Object.fromEntries(keys) })),
  };
}
