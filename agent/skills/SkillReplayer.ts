/**
 * Replays a learned task, one subgoal after the other, each step checked
 * before it runs: the phone must be in the FSM state the step was taken from
 * (or already in the one it led to: then it is done), and its element must
 * be certainly on screen (re-identified by reference; a row chosen by a
 * value is looked for with the new value). Facts are read again where they
 * were read. A subgoal ends only on the screen it ended on before.
 *
 * When a check fails the step is handed to the model ("do what this step
 * would do"), and the replay goes on once the phone is back on the learned
 * path; it is never abandoned at the first mismatch.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { FsmTracker, ScreenAnalysis, Skill, SkillSubgoal, StateKey } from '../../fsm/index.ts';
import { parseAction, type Action } from '../actions/index.ts';
import { fromAbstractAction } from '../execute/fromAbstractAction.ts';
import type { FactMemory } from '../memory/FactMemory.ts';
import { readFact } from '../memory/factSource.ts';
import type { Verdict } from '../trajectory/types.ts';
import { retargetRow } from './retargetRow.ts';
import { rowTextFor } from './rowTextFor.ts';
import { shownText } from './shownText.ts';
import { expandKeys, type ReplayStep } from './expandKeys.ts';
import { keyOnScreen } from './keypadEntry.ts';
import { fillSlots } from './slots.ts';

export interface ReplayView {
  screen: Screen;
  analysis: ScreenAnalysis | undefined;
  state: StateKey | undefined;
  tracker: FsmTracker;
  memory: FactMemory;
}

export type ReplayMove =
  | { kind: 'act'; action: Action }
  /** The current subgoal reached its end screen. */
  | { kind: 'done' }
  /** This step is the model's: what it would have done, and why it cannot be replayed here. */
  | { kind: 'handover'; why: string; step: string };

/** A step failing this often in a row is handed to the model. */
const MAX_ATTEMPTS = 2;

/** The step in words for the model, with this run's values (a step the model must work out shows no old value). */
function describeStep(step: ReplayStep, fill: (text: string) => string = (t) => t): string {
  if (step.kind === 'read') return `read "${step.fact}"`;
  const a = step.action;
  if (a.kind === 'type') {
    const field = a.ref?.hint || a.ref?.staticLabel || a.label;
    const into = field ? ` into "${field}"` : '';
    return step.ask || a.text === undefined ? `type${into} the text this task needs` : `type${into} "${fill(a.text)}"`;
  }
  const what = a.label ? ` "${a.label}"` : a.app ? ` ${a.app}` : '';
  return `${a.kind}${what}`;
}

export class SkillReplayer {
  private sub = 0;
  private pos = 0;
  private attempts = 0;
  private pending: number | undefined;
  /** A step handed to the model because only it can do it (`ask`): done when the model did its kind of action. */
  private asked: number | undefined;
  /** The skill's subgoals with keypad entries spelt out key by key for this run's values. */
  private readonly subgoals: Array<Omit<SkillSubgoal, 'steps'> & { steps: ReplayStep[] }>;

  constructor(
    readonly skill: Skill,
    readonly values: Record<string, string>,
  ) {
    this.subgoals = skill.subgoals.map((g) => ({ ...g, steps: expandKeys(g.steps, skill.slots, values) }));
  }

  /** The subgoal being replayed (index into the skill's subgoals). */
  get subgoalIndex(): number {
    return this.sub;
  }

  /** Steps of the current subgoal replayed so far. */
  get position(): number {
    return this.pos;
  }

  /** The next move on this screen. */
  next(view: ReplayView): ReplayMove {
    const fill = (text: string) => view.memory.fill(fillSlots(text, this.values));
    const subgoal = this.subgoals[this.sub];
    if (!subgoal) return { kind: 'done' };
    while (this.pos < subgoal.steps.length) {
      const step = subgoal.steps[this.pos]!;
      const where = this.where(step, view);
      if (where === 'done') {
        this.pos++;
        continue;
      }
      if (where !== 'here') return { kind: 'handover', why: where, step: describeStep(step, fill) };
      if (step.kind === 'read') {
        const value = view.analysis ? readFact(step.source, view.screen, view.analysis) : undefined;
        if (!value)
          return {
            kind: 'handover',
            why: `"${step.fact}" could not be read again here`,
            step: describeStep(step, fill),
          };
        view.memory.set(step.fact, value);
        this.pos++;
        continue;
      }
      if (step.ask) {
        this.asked = this.pos;
        return { kind: 'handover', why: step.ask, step: describeStep(step, fill) };
      }
      if (this.attempts >= MAX_ATTEMPTS)
        return { kind: 'handover', why: `it failed ${this.attempts} times`, step: describeStep(step, fill) };
      const action = this.actionFor(step, view);
      if (!action)
        return { kind: 'handover', why: 'its element is not certainly on this screen', step: describeStep(step, fill) };
      this.pending = this.pos;
      this.attempts++;
      return { kind: 'act', action };
    }
    const end = subgoal.end?.state;
    if (end !== undefined && view.state !== end)
      return {
        kind: 'handover',
        why: 'the learned path ended on another screen',
        step: 'reach the end of this subgoal',
      };
    return { kind: 'done' };
  }

  /** The verdict on the last replayed step: it stays to be retried only when it failed. */
  judged(verdict: Verdict): void {
    if (this.pending === undefined) return;
    if (verdict !== 'fail') {
      this.pos = this.pending + 1;
      this.attempts = 0;
    }
    this.pending = undefined;
  }

  /** An action the model took on a hand-over: an asked step of that kind, done, lets the replay go on. */
  executorActed(action: string, verdict: Verdict): void {
    const subgoal = this.subgoals[this.sub];
    const step = this.asked !== undefined ? subgoal?.steps[this.asked] : undefined;
    if (!step || step.kind !== 'act' || verdict === 'fail' || step.action.kind !== action) return;
    this.pos = this.asked! + 1;
    this.asked = undefined;
    this.attempts = 0;
  }

  /** The session completed the current subgoal (by the replay or the model): the next one starts. */
  nextSubgoal(): void {
    this.sub++;
    this.pos = 0;
    this.attempts = 0;
    this.pending = undefined;
    this.asked = undefined;
  }

  /** 'here' when the step can be taken on this screen, 'done' when the phone is already past it, else why not. */
  private where(step: ReplayStep, view: ReplayView): 'here' | 'done' | string {
    if (!step.from || view.state === step.from) return 'here';
    if (step.kind === 'act' && step.to !== undefined && view.state === step.to) return 'done';
    const name = view.tracker.state(step.from)?.name;
    return `the learned path took it on ${name ? `"${name}"` : 'another screen'}, not here`;
  }

  private actionFor(step: Extract<ReplayStep, { kind: 'act' }>, view: ReplayView): Action | undefined {
    if (step.key !== undefined) return this.keyAction(step.key, view);
    let abstract = step.action;
    if (step.row?.template) {
      // A text made of several values: the one control showing it for this run's values, when one does.
      const shown = shownText(view.screen, fillSlots(step.row.template, this.values));
      if (shown) {
        const parsed = parseAction('tap', { element: shown, reason: `a learned step (${describeStep(step)})` });
        if (parsed.ok) return parsed.action;
      }
    }
    if (step.row && abstract.ref) {
      const value = this.values[step.row.slot];
      const slot = this.skill.slots.find((s) => s.name === step.row!.slot);
      // (A template's text not shown above: the row is looked for as one holding the value, as any other.)
      const text = !value
        ? undefined
        : step.row.contains
          ? rowTextFor(view.screen, step.row.text, slot?.example ?? '', value)
          : value;
      if (text === undefined) return undefined;
      abstract = { ...abstract, ref: retargetRow(abstract.ref, step.row.text, text), label: text };
    }
    const fill = (text: string) => view.memory.fill(fillSlots(text, this.values));
    const reason = `a learned step (${describeStep(step, fill)})`;
    const action = fromAbstractAction(abstract, view.screen, view.tracker, fill, reason);
    if (action || !step.row || abstract.kind !== 'tap') return action;
    // A row for another value that re-identification cannot single out: the one control showing that value.
    const rows = view.screen.elements.filter(
      (e) => e.actionable && e.role !== 'input' && e.label.split(', ').some((p) => p === abstract.label),
    );
    // A row learnt showing just the value ("Team offsite") may show the new one among other words ("Pottery
    // class moved"): the one row holding it.
    const value = this.values[step.row.slot];
    const example = this.skill.slots.find((sl) => sl.name === step.row!.slot)?.example ?? '';
    const held = rows.length === 0 && value ? rowTextFor(view.screen, step.row.text, example, value) : undefined;
    const id = rows.length === 1 ? rows[0]!.id : held ? shownText(view.screen, held) : undefined;
    if (!id) return undefined;
    const parsed = parseAction('tap', { element: id, reason });
    return parsed.ok ? parsed.action : undefined;
  }

  /** A key of a value entered on a keypad: the one control on screen labelled with it. */
  private keyAction(key: string, view: ReplayView): Action | undefined {
    const id = keyOnScreen(view.screen, key);
    if (!id) return undefined;
    const parsed = parseAction('tap', { element: id, reason: `a learned step (press "${key}" of a value)` });
    return parsed.ok ? parsed.action : undefined;
  }
}
