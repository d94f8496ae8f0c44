/**
 * The mentor (design step 8): after a run it stores the grown FSMs (as
 * deltas, so parallel runs add up), the verified action sequence of every
 * completed subgoal as a shortcut (abstract actions: element signatures and
 * labels, typed facts as {memory:name} placeholders, fact reads as
 * `wait` steps labelled `fact:<name>`), and short tips; before a run it
 * retrieves what fits the task: the app graphs, tips, and a shortcut per
 * subgoal whose normalised text matches.
 */
import {
  type AbstractAction,
  type AppGraph,
  type FsmTracker,
  type KnowledgeStore,
  normaliseSubgoal,
  type Shortcut,
} from '../../../fsm/index.ts';
import type { Subgoal } from '../types.ts';

export interface CompletedSubgoal {
  index: number;
  subgoal: Subgoal;
  /** Package the subgoal ended in. */
  app: string;
  actions: AbstractAction[];
  startState?: string;
  endState?: string;
  /** A shortcut was replayed for it (and whether that worked end to end). */
  replayed?: { shortcut: Shortcut; ok: boolean };
}

export interface RetainInput {
  tracker?: FsmTracker;
  success: boolean;
  completed: CompletedSubgoal[];
  /** Shortcuts that were abandoned mid-way. */
  failedShortcuts: Shortcut[];
  tips: Array<{ app: string; text: string }>;
}

export interface RetainResult {
  graphs: number;
  states: number;
  transitions: number;
  shortcuts: number;
  tips: number;
}

const LAUNCHER_TIP = /^launcher: (.+) = ([\w.]+)$/;

export class Mentor {
  constructor(private readonly store: KnowledgeStore | undefined) {}

  get enabled(): boolean {
    return this.store !== undefined;
  }

  /** Every stored app graph, for the tracker to start from. */
  loadGraphs(): AppGraph[] {
    if (!this.store) return [];
    return this.store
      .apps()
      .map((a) => this.store!.loadGraph(a.app))
      .filter((g): g is AppGraph => g !== undefined);
  }

  tips(): string[] {
    if (!this.store) return [];
    return this.store
      .tips()
      .map((t) => t.text)
      .filter((t) => !LAUNCHER_TIP.test(t))
      .slice(-20);
  }

  /** Launcher label -> package pairs learned in earlier runs. */
  launcherPackages(): Array<[string, string]> {
    if (!this.store) return [];
    return this.store
      .tips('')
      .map((t) => LAUNCHER_TIP.exec(t.text))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]);
  }

  /** The best stored shortcut for a subgoal, by its normalised text; unreliable ones are skipped. */
  shortcutFor(subgoal: Subgoal): Shortcut | undefined {
    if (!this.store) return undefined;
    const key = normaliseSubgoal(subgoal.goal);
    if (!key) return undefined;
    return this.store
      .shortcuts()
      .filter((s) => s.subgoalKey === key && s.actions.length > 0 && s.successes > s.failures)
      .sort((a, b) => b.successes - b.failures - (a.successes - a.failures) || b.updatedAt - a.updatedAt)[0];
  }

  retain(input: RetainInput): RetainResult {
    const result: RetainResult = { graphs: 0, states: 0, transitions: 0, shortcuts: 0, tips: 0 };
    const store = this.store;
    if (!store) return result;
    if (input.tracker) {
      for (const delta of input.tracker.takeDelta()) {
        store.saveGraph(delta, { merge: 'add' });
        result.graphs += 1;
        result.states += Object.keys(delta.states).length;
        result.transitions += Object.keys(delta.transitions).length;
      }
    }
    for (const s of input.failedShortcuts) store.recordShortcutOutcome(s.app, s.subgoal, false);
    // Only a run that succeeded verifies its sequences.
    if (input.success) {
      for (const c of input.completed) {
        if (c.replayed) {
          store.recordShortcutOutcome(c.replayed.shortcut.app, c.replayed.shortcut.subgoal, c.replayed.ok);
          if (c.replayed.ok) continue;
        }
        if (c.actions.length === 0 || !normaliseSubgoal(c.subgoal.goal)) continue;
        store.putShortcut({
          app: c.app,
          subgoal: c.subgoal.goal,
          actions: c.actions,
          ...(c.startState ? { startState: c.startState } : {}),
          ...(c.endState ? { endState: c.endState } : {}),
        });
        result.shortcuts += 1;
      }
    }
    for (const t of input.tips) {
      store.addTip(t.app, t.text);
      result.tips += 1;
    }
    return result;
  }
}
