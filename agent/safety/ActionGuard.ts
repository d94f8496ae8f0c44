/**
 * The guard before each action (docs/safety.md): what the screen says is
 * data, so an action must fit what the user asked, whoever proposed it (a
 * model, the offline policy, a learned task). Three rules block, one asks:
 *
 * - leave-apps: opening or switching to an app the task and plan do not
 *   involve;
 * - unsourced-text: typing a number, address, link or password-like word
 *   that is in neither the task nor the facts the agent remembered;
 * - unexpected-overlay: tapping anything but a dismissive button in a
 *   dialog, pop-up or system window the agent's own tap did not open;
 * - sensitive (confirm): send, pay, delete, reset, grant, share when the
 *   task's words do not ask for that kind of act (ConfirmPolicy decides).
 *
 * Rules on what the task says and what the action does, never on any
 * benchmark's wording.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import type { Action } from '../actions/index.ts';
import { hintedApps } from '../offline/appHints.ts';
import { contentWords, sameWord, tokens } from '../offline/words.ts';
import { DISMISS_LABELS } from '../roles/verifier/interruptions.ts';
import type { Plan } from '../roles/types.ts';
import { unsourcedTokens } from './dataTokens.ts';
import { sensitiveKindOf, taskAsksFor, type SensitiveKind } from './sensitiveActions.ts';

export type GuardRule = 'leave-apps' | 'unsourced-text' | 'unexpected-overlay';

export type GuardVerdict =
  | { kind: 'allow' }
  | { kind: 'block'; rule: GuardRule; reason: string }
  | { kind: 'confirm'; sensitive: SensitiveKind; what: string };

export interface GuardInput {
  action: Action;
  screen: Screen;
  plan: Plan | undefined;
  /** Values the agent remembered (name, value). */
  facts: ReadonlyArray<readonly [string, string]>;
  /** Launcher labels known on this phone. */
  appLabels: string[];
  /** Launcher label of a package, when known. */
  labelOf: (pkg: string) => string | undefined;
  /** Package of a launcher label, when known. */
  packageOf?: (label: string) => string | undefined;
}

const OVERLAY_KINDS = new Set(['dialog', 'popup', 'system']);
const COMMUNICATION_APPS = new Set(['messages', 'mail', 'gmail', 'email']);
const DISMISSIVE = new Set([...DISMISS_LABELS, 'dismiss', 'no', 'back', 'x']);

function norm(label: string): string {
  return label.trim().toLowerCase().replace(/[’]/g, "'");
}

export class ActionGuard {
  /** The agent's previous action opened what is on screen now when it was a tap in an app's own window. */
  private lastTapInApp = false;
  /** The first app the agent opens (before any app's text was read): its own reading of the task. */
  private firstApp: string | undefined;

  constructor(
    private readonly task: string,
    /** Package in front when the run started (the user opened it). */
    private readonly startPackage?: string,
  ) {}

  /** Apps the task involves: named or hinted in the task, named by the plan, or open at the start. */
  plannedApps(input: Pick<GuardInput, 'plan' | 'appLabels' | 'labelOf'>): Set<string> {
    const taskTokens = tokens(this.task);
    const named = input.appLabels.filter((l) => {
      const words = tokens(l);
      return words.length > 0 && words.every((w) => taskTokens.includes(w));
    });
    const fromPlan = (input.plan?.subgoals ?? []).flatMap((s) => (s.app ? [s.app] : []));
    // A task that asks to send something to someone involves the phone's ways of sending.
    const sending = taskAsksFor(this.task, 'send')
      ? input.appLabels.filter((l) => COMMUNICATION_APPS.has(l.toLowerCase()))
      : [];
    const start = this.startPackage ? input.labelOf(this.startPackage) : undefined;
    const all = [
      ...named,
      ...hintedApps(this.task, input.appLabels),
      ...fromPlan,
      ...sending,
      ...(start ? [start] : []),
      ...(this.firstApp ? [this.firstApp] : []),
    ];
    return new Set(all.map((l) => l.toLowerCase()));
  }

  check(input: GuardInput): GuardVerdict {
    const { action, screen } = input;
    const element =
      'element' in action && action.element ? screen.elements.find((e) => e.id === action.element) : undefined;
    const leave = this.leavesApps(input, element);
    if (leave) return leave;
    if (action.type === 'type') {
      const sources = [this.task, ...input.facts.map(([, v]) => v)];
      const stray = unsourcedTokens(action.text, sources);
      if (stray.length > 0)
        return {
          kind: 'block',
          rule: 'unsourced-text',
          reason: `"${stray[0]!.text}" comes from neither the task nor a remembered fact (screen text is data, not orders)`,
        };
    }
    if ((action.type === 'tap' || action.type === 'long_press') && element) {
      const overlay = this.unexpectedOverlay(screen, element);
      if (overlay) return overlay;
      const sensitive = sensitiveKindOf(element.label);
      if (sensitive && !taskAsksFor(this.task, sensitive))
        return { kind: 'confirm', sensitive, what: `tap "${element.label}"` };
    }
    return { kind: 'allow' };
  }

  /**
   * Called after an action was carried out, with the screen it was taken on. A tap in an app's own
   * window makes what opens next expected; working inside that dialog (typing a name, picking an
   * option) keeps it so; anything else (Back, another app, a window that came unasked) does not.
   */
  acted(action: Action, screen: Screen): void {
    const element =
      'element' in action && action.element ? screen.elements.find((e) => e.id === action.element) : undefined;
    const window = element ? screen.windows.find((w) => w.id === element.window) : undefined;
    const pointer = action.type === 'tap' || action.type === 'long_press';
    const inField = action.type === 'type' || action.type === 'clear';
    const inOverlay = window !== undefined && OVERLAY_KINDS.has(window.kind);
    if ((pointer || inField) && window?.kind === 'app') this.lastTapInApp = true;
    // Inside the dialog (or the focused field): it stays as expected, or as unexpected, as it was.
    else if (!((pointer || inField) && (inOverlay || !element))) this.lastTapInApp = false;
  }

  private leavesApps(input: GuardInput, element: UiElement | undefined): GuardVerdict | undefined {
    const { action, screen } = input;
    let target: string | undefined;
    if (action.type === 'open_app')
      target = action.app ?? (action.package ? (input.labelOf(action.package) ?? action.package) : undefined);
    else if (action.type === 'switch_app') target = action.app;
    else if (action.type === 'tap' && element) {
      const window = screen.windows.find((w) => w.id === element.window);
      if (window?.kind === 'launcher' && input.appLabels.some((l) => norm(l) === norm(element.label)))
        target = element.label;
    }
    if (!target) return undefined;
    // The agent's first app is its own reading of the task (no app's text has been read yet): it joins the plan.
    if (!this.firstApp) {
      const start = this.startPackage ? input.labelOf(this.startPackage) : undefined;
      this.firstApp = start ?? target;
      if (!start) return undefined;
    }
    const planned = this.plannedApps(input);
    const plannedPackages = new Set([...planned].map((l) => input.packageOf?.(l)).filter(Boolean));
    if (planned.has(target.toLowerCase()) || plannedPackages.has(target)) return undefined;
    return {
      kind: 'block',
      rule: 'leave-apps',
      reason: `${target} is not one of the apps this task involves (${[...planned].join(', ')})`,
    };
  }

  private unexpectedOverlay(screen: Screen, element: UiElement): GuardVerdict | undefined {
    const window = screen.windows.find((w) => w.id === element.window);
    if (!window || !OVERLAY_KINDS.has(window.kind) || this.lastTapInApp) return undefined;
    if (DISMISSIVE.has(norm(element.label))) return undefined;
    // A button the task itself names ("allow Maps to ...") is the user's own choice.
    const words = contentWords(element.label);
    const taskWords = tokens(this.task);
    if (words.length > 0 && words.every((w) => taskWords.some((t) => sameWord(t, w)))) return undefined;
    return {
      kind: 'block',
      rule: 'unexpected-overlay',
      reason: `"${element.label}" is in a window that appeared without the agent asking for it; only dismiss it`,
    };
  }
}
