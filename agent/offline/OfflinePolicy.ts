/**
 * The offline policy: a deterministic, model-free agent for the default demo
 * and as the benchmark's non-LLM baseline. It splits the task into clauses,
 * finds apps by their launcher labels, grounds the clause's words in element
 * labels, types the clause's text, sets switches, reads facts off screens and
 * carries them to later clauses. It explores (scroll, back) when nothing on
 * screen matches.
 *
 * It sees only what a real device shows: the parsed Screen.
 *
 * This class keeps the policy's state and the order of the decision stages
 * (`stages/`); each stage decides one kind of thing on the screen.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { parseTask, type Clause } from './parseClauses.ts';
import { extractFact } from './extractFact.ts';
import { freshProgress, type ClauseProgress } from './ClauseProgress.ts';
import { initialState, type PolicyState } from './PolicyState.ts';
import { checkpointState } from './checkpointState.ts';
import type { PolicyDecision } from './PolicyDecision.ts';
import {
  DONE,
  NEXT,
  calculatorStage,
  clauseDoneStage,
  commitStage,
  createStage,
  dialogStage,
  entityStage,
  exploreStage,
  factStage,
  formStage,
  groundStage,
  openAppStage,
  questionStage,
  shareSheetStage,
  shareStage,
  stageContext,
  switchStage,
  verbFallbackStage,
  verbStage,
  type Stage,
} from './stages/index.ts';

export interface OfflinePolicyOptions {
  /** Launcher labels of installed apps, learned from the launcher screen when omitted. */
  appLabels?: string[];
  /** Launcher label -> package pairs known beforehand (learnt in earlier runs). */
  knownPackages?: Record<string, string>;
}

/**
 * The stages, in the order they are asked. The order is the policy: e.g. a
 * dialog is answered before anything behind it, a fact is read before the
 * screen is tapped further, and exploring comes last.
 */
const STAGES: Stage[] = [
  shareSheetStage,
  openAppStage,
  dialogStage,
  // A one-tap verb (Delete, Call, Pin) was carried out and its dialogs answered: nothing more to do.
  (ctx) => (ctx.progress.verbDone ? DONE : NEXT),
  calculatorStage,
  factStage,
  switchStage,
  formStage,
  entityStage,
  shareStage,
  verbStage,
  questionStage,
  createStage,
  groundStage,
  commitStage,
  clauseDoneStage,
  verbFallbackStage,
  exploreStage,
];

export class OfflinePolicy {
  readonly name = 'offline (no model: deterministic policy)';
  private readonly state: PolicyState = initialState();
  /** Restores the bookkeeping from before the last decision (see undoLast). */
  private undo: (() => void) | undefined;

  constructor(
    readonly task: string,
    private readonly options: OfflinePolicyOptions = {},
  ) {
    for (const [label, pkg] of Object.entries(options.knownPackages ?? {})) this.state.appPackages.set(label, pkg);
  }

  /** The current clause's progress; the unit tests reach it to start a clause part-way through. */
  private get progress(): ClauseProgress {
    return this.state.progress;
  }

  /** Facts read so far, by name. */
  get memory(): Map<string, string> {
    return this.state.memory;
  }

  /** The clauses as subgoals, for the planner's output and the trajectory. */
  get subgoals(): Clause[] {
    return this.state.clauses;
  }

  get currentClause(): Clause | undefined {
    return this.state.clauses[this.state.index];
  }

  /** Index of the clause being worked on (== clauses.length when all are done). */
  get clauseIndex(): number {
    return this.state.index;
  }

  /** The last fact read, for a final answer. */
  get lastFact(): string | undefined {
    return this.state.lastFactValue;
  }

  /** Launcher label -> package pairs learned so far. */
  get knownPackages(): ReadonlyMap<string, string> {
    return this.state.appPackages;
  }

  /**
   * Recovery could not get back to where the clause was going: start the clause
   * again from this screen (its words unmatched, nothing tried), keeping facts.
   */
  restartClause(): void {
    this.state.progress = freshProgress();
    this.state.tried.clear();
    this.state.scrolls.clear();
    this.state.backs = 0;
    this.undo = undefined;
  }

  /** The last action changed nothing: a scroll that did nothing means the end of that list. */
  noEffect(): void {
    if (this.state.lastScrollKey !== undefined)
      this.state.scrolls.set(this.state.lastScrollKey, Number.MAX_SAFE_INTEGER);
  }

  /** The last action failed verification and was rolled back: do not take that tap again. */
  markFailed(): void {
    // Twice: a single failure may be a fault that a second tap gets past.
    const label = this.state.lastTapLabel;
    if (label) this.state.failedLabels.set(label, (this.state.failedLabels.get(label) ?? 0) + 1);
  }

  /** The last decided action failed and was undone on the device: decide as if it had not been taken. */
  undoLast(): void {
    this.undo?.();
    this.undo = undefined;
  }

  /**
   * Clause `index` was completed by other means (a replayed learned task) on this
   * screen: read its fact if it asks for one, and move to the next clause.
   */
  completeClause(index: number, screen: Screen): void {
    const state = this.state;
    if (state.clauses.length === 0 || state.index !== index) return;
    const clause = state.clauses[index];
    if (clause?.fact) {
      const value = extractFact(screen, clause.fact, clause.words);
      if (value) {
        state.memory.set(clause.fact, value);
        state.lastFactValue = value;
      }
    }
    if (clause?.app && screen.foregroundPackage) state.appPackages.set(clause.app, screen.foregroundPackage);
    this.nextClause();
  }

  plan(appLabels: string[]): Clause[] {
    this.state.clauses = parseTask(this.task, appLabels);
    return this.state.clauses;
  }

  /** Learns launcher labels from a launcher screen, so clauses can name apps. */
  static launcherLabels(screen: Screen): string[] {
    return screen.elements
      .filter((e) => e.actionable && e.label && e.package === screen.foregroundPackage)
      .map((e) => e.label);
  }

  decide(screen: Screen, stateKey: string): PolicyDecision {
    const state = this.state;
    this.undo = checkpointState(state);
    state.lastScrollKey = undefined;
    if (state.clauses.length === 0) this.plan(this.options.appLabels ?? OfflinePolicy.launcherLabels(screen));
    // The app opened by the last decision's icon tap: its package is what is in front now.
    if (state.pendingApp) {
      if (screen.foregroundPackage && !/launcher/i.test(screen.foregroundPackage))
        state.appPackages.set(state.pendingApp, screen.foregroundPackage);
      state.pendingApp = undefined;
    }
    for (let guard = 0; guard < state.clauses.length + 1; guard++) {
      const clause = state.clauses[state.index];
      if (!clause) return this.finish();
      const decision = this.decideClause(clause, screen, stateKey);
      if (decision) return decision;
      this.nextClause();
    }
    return this.finish();
  }

  private finish(): PolicyDecision {
    const answer = this.state.lastFactValue;
    if (this.state.gaveUp.length > 0)
      return {
        kind: 'finish',
        success: false,
        reason: `could not do ${this.state.gaveUp.map((c) => `"${c}"`).join(', ')}: nothing on screen matched it`,
        ...(answer ? { answer } : {}),
      };
    return { kind: 'finish', success: true, reason: 'all clauses done', ...(answer ? { answer } : {}) };
  }

  private nextClause(): void {
    const state = this.state;
    state.index += 1;
    const arrivedByShare = state.progress.sharedTo !== undefined;
    state.progress = freshProgress();
    // What was shared is already here: the clause goes on with its recipient, not by finding its subject again.
    if (arrivedByShare) state.progress.opened = true;
    state.backs = 0;
  }

  /** Returns the next action for this clause, or undefined when the clause is done. */
  private decideClause(clause: Clause, screen: Screen, stateKey: string): PolicyDecision | undefined {
    const ctx = stageContext(this.state, clause, screen, stateKey);
    for (const stage of STAGES) {
      const result = stage(ctx);
      if (result === DONE) return undefined;
      if (result !== NEXT) return result;
    }
    return undefined;
  }
}
