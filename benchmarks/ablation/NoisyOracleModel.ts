/**
 * The scripted noisy model of the ablation: an LLM that knows what to do,
 * sometimes mis-grounds, and trusts the framework's feedback.
 *
 * It knows the task's reference solution (so it is NOT an agent to report
 * numbers for) and keeps its own pointer into it, moved only by what the
 * executor prompt's `Feedback:` says about its previous answer (believed
 * done → next step; failed / rolled back → same step again). It never looks
 * the screen up against the whole reference: when the pointer's target is not
 * on screen it acts blind. Noise, with probability `errorRate` by a hash of
 * (run, step, attempt): a neighbouring element's id while stating the intended
 * label (precondition, reason); it states no expected outcome. Its record of
 * deliberate errors and blind moves (`decisions`) is for the evaluation only.
 *
 * Grounding: references name targets by resource id and XPath, the listing
 * shows labels; so it reads the page source the agent just parsed
 * (`readScreen`) and trusts element ids only when it renders to exactly the
 * request's listing. Calls and tokens are counted as ScriptedModel counts them.
 */
import { createHash } from 'node:crypto';
import { ACT_TOOL } from '../../agent/actions/actionTools.ts';
import type { ActionName } from '../../agent/actions/actionSchemas.ts';
import { isLauncherPackage, renderCompact } from '../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { ScriptedModel } from '../../agent/models/ScriptedModel.ts';
import type { ScriptedReply } from '../../agent/models/ScriptedModel.ts';
import type { ModelClient, ModelRequest, ModelResult } from '../../agent/models/types.ts';
import type { ActionScript, ScriptStep } from '../types.ts';
import { matchTarget } from './matchTarget.ts';

/** An answer through the executor's one action tool. */
function act(action: ActionName, input: Record<string, unknown>): ScriptedReply {
  return { tool: ACT_TOOL, input: { action, ...input } };
}

export const DEFAULT_ORACLE_ERROR_RATE = 0.2;

export interface NoisyOracleOptions {
  instruction: string;
  reference: ActionScript;
  /** The task's apps, first = where a task that starts inside an app begins. */
  apps?: readonly string[];
  /** Probability of a wrong action per step attempt, 0..1. */
  errorRate?: number;
  /** Identifies the run (task id and repetition) in the noise hash. */
  noiseKey: string;
  /** Reads the screen the agent is looking at (no action, no side effect). */
  readScreen: () => Promise<Screen>;
}

/** Deterministic number in [0, 1) from a key. */
export function unitHash(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

function hasTarget(
  step: ScriptStep,
): step is Extract<ScriptStep, { target?: unknown }> & { target: NonNullable<unknown> } {
  return 'target' in step && step.target !== undefined && !('point' in (step.target as object));
}

function contains(a: UiElement, b: UiElement): boolean {
  return (
    a.bounds.left <= b.bounds.left &&
    a.bounds.top <= b.bounds.top &&
    a.bounds.right >= b.bounds.right &&
    a.bounds.bottom >= b.bounds.bottom
  );
}

/** The element a finger would hit for `e`: itself when actionable, else its nearest actionable ancestor. */
function carrier(screen: Screen, e: UiElement): UiElement {
  const byId = new Map(screen.elements.map((x) => [x.id, x]));
  for (let up: UiElement | undefined = e; up; up = up.parent ? byId.get(up.parent) : undefined) {
    // A scrolling list is "actionable" too, but tapping it is not tapping the row.
    if (up.role === 'list' || up.role === 'scroll' || up.flags.scrollable) break;
    if (up.actionable) return up;
  }
  return e;
}

/** The nearest other control of the same kind in the same window: the wrong row, the button next door. */
function neighbour(screen: Screen, target: UiElement, inputsOnly: boolean): UiElement | undefined {
  const dist = (e: UiElement): number => Math.hypot(e.tapPoint.x - target.tapPoint.x, e.tapPoint.y - target.tapPoint.y);
  const kind = (e: UiElement): boolean =>
    inputsOnly ? e.role === 'input' : e.role !== 'list' && e.role !== 'scroll' && e.role !== 'input';
  const others = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.id !== target.id &&
      e.window === target.window &&
      kind(e) &&
      !contains(e, target) &&
      !contains(target, e) &&
      e.label !== target.label,
  );
  const sameRole = others.filter((e) => e.role === target.role);
  return (sameRole.length > 0 ? sameRole : others).sort((a, b) => dist(a) - dist(b))[0];
}

/**
 * The text of the request's last user message. Only its text parts: with screenshots on the message
 * also holds an image part, and counting it (even as '') would add a line after the listing, which
 * then never equals the screen read back, so the oracle would act blind on every step.
 */
function userText(request: ModelRequest): string {
  const m = request.messages[request.messages.length - 1];
  if (!m) return '';
  if (typeof m.content === 'string') return m.content;
  return m.content.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n');
}

/** What the oracle answered on one executor request: evaluation-side knowledge, never shown to the agent. */
export interface OracleDecision {
  /** Milliseconds since epoch when the answer was given (matched to trajectory steps by time). */
  at: number;
  /** The reference step it was meant to perform (-1 for a blind move). */
  step: number;
  /** True when it answered a neighbouring element on purpose (the noise). */
  deliberateError: boolean;
  /** True for a blind move: its next reference target was not on screen, so it tried Back/Home/wait/open the app. */
  blind: boolean;
}

/** Feedback that says the previous action did not do its job (so the same reference step is due again). */
const SETBACK =
  /Your (?:last action|previous answer).*(?:failed|changed nothing|was invalid)|Re-planned after failed recoveries/;
const TOOK_EFFECT = /which had taken effect/;

function feedbackOf(text: string): string {
  const m = /^Feedback: (.*)$/m.exec(text);
  return m ? m[1]! : '';
}

export class NoisyOracleModel implements ModelClient {
  readonly name: string;
  readonly errorRate: number;
  /** Wrong actions answered on purpose (the noise), for tests and reports. */
  noisyAnswers = 0;
  /** Every executor answer, in order: for the evaluation (action accuracy), never for the agent. */
  readonly decisions: OracleDecision[] = [];
  private readonly inner: ScriptedModel;
  /** The next reference step to perform, as the oracle believes. */
  private cursor = 0;
  /** The reference step of the previous answer, until the feedback on it has been read. */
  private pending: number | undefined;
  private readonly attempts = new Map<number, number>();
  private blindBacks = 0;

  constructor(private readonly options: NoisyOracleOptions) {
    this.errorRate = options.errorRate ?? DEFAULT_ORACLE_ERROR_RATE;
    this.name = `noisy-oracle:${this.errorRate}`;
    this.inner = new ScriptedModel((request) => this.reply(request), { name: this.name, model: 'noisy-oracle' });
  }

  /** Calls answered so far. */
  get calls(): number {
    return this.inner.calls;
  }

  complete(request: ModelRequest): Promise<ModelResult> {
    return this.inner.complete(request);
  }

  private async reply(request: ModelRequest): Promise<ScriptedReply> {
    const names = new Set((request.tools ?? []).map((t) => t.name));
    if (names.has('plan'))
      return {
        tool: 'plan',
        input: { subgoals: [{ goal: this.options.instruction }], rationale: 'follow the known solution' },
      };
    if (names.has('choose_plan')) return { tool: 'choose_plan', input: { index: 0 } };
    if (names.has('verdict'))
      return {
        tool: 'verdict',
        input: { verdict: 'success', reason: 'the screen changed and nothing contradicts the expected outcome' },
      };
    if (names.has(ACT_TOOL)) {
      const reply = await this.act(userText(request));
      return reply;
    }
    throw new Error(`noisy-oracle: no answer for a request offering tools [${[...names].join(', ')}]`);
  }

  private record(step: number, deliberateError: boolean, blind = false): void {
    this.decisions.push({ at: Date.now(), step, deliberateError, blind });
    this.pending = step >= 0 ? step : undefined;
  }

  /**
   * Moves its own pointer on what the framework said about the previous
   * answer: believed done → the next step; reported failed, rolled back or
   * without effect → the same step again. It never looks the screen up
   * against the whole reference: it trusts the feedback, like an LLM would.
   */
  private readFeedback(text: string): void {
    if (this.pending === undefined) return;
    const feedback = feedbackOf(text);
    const setBack = SETBACK.test(feedback) && !TOOK_EFFECT.test(feedback);
    const step = this.options.reference[this.pending];
    // A scroll that moved nothing was at the end of the list already: that is done too.
    const scrollEnd = step?.do === 'scroll' && /changed nothing/.test(feedback);
    // A step that changed nothing twice may simply show nothing (a key whose result is already previewed): move on.
    const nothingTwice = /changed nothing/.test(feedback) && (this.attempts.get(this.pending) ?? 0) >= 2;
    this.cursor = setBack && !scrollEnd && !nothingTwice ? this.pending : this.pending + 1;
    this.pending = undefined;
  }

  private async act(text: string): Promise<ScriptedReply> {
    this.readFeedback(text);
    const steps = this.options.reference;
    const listing = text.slice(text.lastIndexOf('Current screen:\n') + 'Current screen:\n'.length);
    let screen: Screen | undefined = await this.options.readScreen();
    if (renderCompact(screen) !== listing) screen = undefined; // not the screen the request shows: act blind
    const launcher = screen ? isLauncherPackage(screen.foregroundPackage) : false;
    if (screen) this.resync(feedbackOf(text), screen);

    // Steps that need nothing here (Home while on the launcher, a wait) are skipped.
    while (this.cursor < steps.length) {
      const s = steps[this.cursor]!;
      if ((s.do === 'home' && launcher) || s.do === 'wait') this.cursor++;
      else break;
    }
    // A scroll whose purpose (the next target) is already on screen is not needed.
    if (screen && steps[this.cursor]?.do === 'scroll') {
      const after = steps[this.cursor + 1];
      if (after && hasTarget(after) && matchTarget(screen, after.target as never)) this.cursor++;
    }
    if (this.cursor >= steps.length) return this.finish();
    const index = this.cursor;
    const next = steps[index]!;
    if (next.do === 'answer') return this.finish(next.text);

    // Home, Back, Enter come when they come: they need nothing on screen.
    if (next.do === 'home' || next.do === 'back' || next.do === 'enter' || next.do === 'recents') {
      this.blindBacks = 0;
      this.record(index, false);
      // Recents is the recents screen: switch_app without an app.
      return act(next.do === 'recents' ? 'switch_app' : next.do, { reason: `step ${index + 1} of the solution` });
    }
    const element = screen && hasTarget(next) ? matchTarget(screen, next.target as never) : undefined;
    if (element) {
      this.blindBacks = 0;
      return this.perform(index, element, screen!);
    }
    if (next.do === 'scroll') {
      this.record(index, false);
      return act('scroll', { direction: next.direction, reason: 'next step of the solution' });
    }
    if (next.do === 'type' && !next.target && screen) {
      // Typing into whatever has focus: the focused field.
      const focused = screen.elements.find((e) => e.role === 'input' && e.flags.focused);
      if (focused) return this.perform(index, focused, screen);
    }
    return this.blind(screen, launcher);
  }

  /**
   * A learned task replayed steps the oracle never answered, then handed one
   * over ("its next step (tap "Send") cannot be replayed here"): like a model
   * reading that, it finds where it is in its solution: the step named, else
   * the first step ahead whose target is on this screen.
   */
  private resync(feedback: string, screen: Screen): void {
    if (!/learned task/i.test(feedback)) return;
    const steps = this.options.reference;
    // Told to read the answer and finish: its solution's answer step.
    const answerAt = steps.findIndex((s) => s.do === 'answer');
    if (/read it on this screen and finish/.test(feedback) && answerAt >= 0) {
      this.cursor = answerAt;
      return;
    }
    const named = /next step \((\w+)(?: (?:into )?"([^"]*)")?/.exec(feedback);
    const kind = named?.[1] === 'long_press' ? 'longPress' : named?.[1];
    const onScreen = (i: number): UiElement | undefined => {
      const s = steps[i]!;
      return hasTarget(s) ? matchTarget(screen, s.target as never) : undefined;
    };
    const from = Math.min(this.cursor, steps.length);
    for (let i = from; i < steps.length; i++) {
      const el = onScreen(i);
      const field = el ? `${el.label}|${el.hint}` : '';
      if (el && steps[i]!.do === kind && (named?.[2] === undefined || field.split('|').includes(named[2]))) {
        this.cursor = i;
        return;
      }
    }
    for (let i = from; i < steps.length; i++) {
      const el = onScreen(i);
      if (el && !isLauncherPackage(screen.foregroundPackage)) {
        this.cursor = i;
        return;
      }
    }
  }

  private perform(index: number, target: UiElement, screen: Screen): ScriptedReply {
    const step = this.options.reference[index]!;
    const attempt = (this.attempts.get(index) ?? 0) + 1;
    this.attempts.set(index, attempt);
    const noisy = unitHash(`${this.options.noiseKey}|${index}|${attempt}`) < this.errorRate;
    const typing = step.do === 'type' || step.do === 'clear';
    const aimed = typing ? target : carrier(screen, target);
    const wrong = noisy ? neighbour(screen, aimed, typing) : undefined;
    if (wrong) this.noisyAnswers++;
    this.record(index, wrong !== undefined);
    const element = (wrong ?? aimed).id;
    // It states what it means (the element's label), whatever id it gives. It states no expected
    // outcome: the next reference step's label is knowledge of the solution no real model has.
    const meant = target.label || aimed.label;
    const said = {
      reason: `step ${index + 1} of the solution${meant ? `: "${meant}"` : ''}`,
      ...(meant ? { precondition: { visible: [meant] } } : {}),
    };
    switch (step.do) {
      case 'tap':
        return act('tap', { element, ...said });
      case 'longPress':
        return act('long_press', { element, ...said });
      case 'clear':
        return act('clear', { element, ...said });
      case 'type': {
        // The solution's `type` adds to what the field holds; the agent's `type` replaces it, so a model
        // adding to a note types the whole new text (the field's text, then the addition).
        const cleared = this.options.reference[index - 1]?.do === 'clear';
        const text = cleared || !target.text ? step.text : `${target.text}${step.text}`;
        return act('type', { element, text, ...(step.submit ? { submit: true } : {}), ...said });
      }
      case 'scroll':
        return act('scroll', { direction: step.direction, element, reason: said.reason });
      default:
        return act('wait', { ms: 500, reason: said.reason });
    }
  }

  /** No known target on screen and no FSM to say where we are: the moves a person would try. */
  private blind(screen: Screen | undefined, launcher: boolean): ScriptedReply {
    this.record(-1, false, true);
    const reason = 'the next target is not on this screen';
    if (!screen) return act('wait', { ms: 1000, reason });
    if (launcher) {
      // On the launcher with the next target inside an app: open the task's app (the one it names).
      const app = this.options.apps?.[0];
      const icon = app ? screen.elements.find((e) => e.actionable && e.label === app) : undefined;
      if (icon) return act('tap', { element: icon.id, reason: `open ${app}` });
      return act('wait', { ms: 1000, reason });
    }
    if (screen.elements.some((e) => /loading|please wait/i.test(e.label) || /ProgressBar/.test(e.className)))
      return act('wait', { ms: 1500, reason: 'loading' });
    const retry = screen.elements.find((e) => e.actionable && /^(retry|try again)$/i.test(e.label));
    if (retry) return act('tap', { element: retry.id, reason: 'retry after an error' });
    if (this.blindBacks >= 3) {
      this.blindBacks = 0;
      return act('home', { reason });
    }
    this.blindBacks++;
    return act('back', { reason });
  }

  private finish(answer?: string): ScriptedReply {
    this.record(-1, false);
    return act('finish', {
      success: true,
      ...(answer ? { answer } : {}),
      reason: 'all steps of the solution are done',
    });
  }
}

/** Parses `noisy-oracle[:<errorRate>]`; null when the spec is another kind. */
export function parseNoisyOracleSpec(spec: string): { errorRate: number } | null {
  const m = /^noisy-oracle(?::(.*))?$/.exec(spec.trim());
  if (!m) return null;
  if (m[1] === undefined) return { errorRate: DEFAULT_ORACLE_ERROR_RATE };
  const rate = Number(m[1]);
  if (!m[1].trim() || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new NoisyOracleSpecError(spec);
  return { errorRate: rate };
}

export class NoisyOracleSpecError extends Error {
  override readonly name = 'NoisyOracleSpecError';
  constructor(readonly spec: string) {
    super(
      `Invalid model spec "${spec}": expected noisy-oracle or noisy-oracle:<error rate between 0 and 1>, e.g. noisy-oracle:0.2.`,
    );
  }
}
