/**
 * The offline policy's bookkeeping across screens: which clause it is on,
 * what it learnt about apps, what it already tried, and the facts it read.
 * OfflinePolicy owns one; the decision stages read and update it.
 */
import type { Clause } from './parseClauses.ts';
import { freshProgress, type ClauseProgress } from './ClauseProgress.ts';

export interface PolicyState {
  clauses: Clause[];
  /** Index of the clause being worked on (== clauses.length when all are done). */
  index: number;
  progress: ClauseProgress;
  /** Launcher label -> package, learned by tapping icons. */
  readonly appPackages: Map<string, string>;
  /** An app just opened from its icon: its package is learnt from the next screen. */
  pendingApp: string | undefined;
  /** "<screen signature set>|<element signature>" already acted on, so exploration does not loop. */
  readonly tried: Set<string>;
  /** Scrolls taken per screen state; MAX_SAFE_INTEGER once a scroll there did nothing. */
  readonly scrolls: Map<string, number>;
  /** Labels of taps that failed and were rolled back: not taken again by this run (kept across undo). */
  readonly failedLabels: Map<string, number>;
  lastTapLabel: string | undefined;
  /** The screen state the last decision scrolled, so a scroll with no effect ends that list. */
  lastScrollKey: string | undefined;
  backs: number;
  /** Facts read so far, by name. */
  readonly memory: Map<string, string>;
  /** Clauses given up on (nothing on screen matched what they ask, after scrolling and going back). */
  readonly gaveUp: string[];
  lastFactValue: string | undefined;
}

export function initialState(): PolicyState {
  return {
    clauses: [],
    index: 0,
    progress: freshProgress(),
    appPackages: new Map(),
    tried: new Set(),
    scrolls: new Map(),
    failedLabels: new Map(),
    lastTapLabel: undefined,
    lastScrollKey: undefined,
    backs: 0,
    memory: new Map(),
    gaveUp: [],
    pendingApp: undefined,
    lastFactValue: undefined,
  };
}
