/**
 * The offline policy: a deterministic, model-free agent for the default demo
 * and as the benchmark's non-LLM baseline. It splits the task into clauses,
 * finds apps by their launcher labels, grounds the clause's words in element
 * labels, types the clause's text, sets switches, reads facts off screens and
 * carries them to later clauses. It explores (scroll, back) when nothing on
 * screen matches and, when given an FSM navigator, walks known paths instead.
 *
 * It sees only what a real device shows: the parsed Screen.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { parseTask, type Clause } from './parseClauses.ts';
import { findInput, groundWords } from './groundElement.ts';
import { extractFact } from './extractFact.ts';
import { sameWord, tokens } from './words.ts';

export interface PolicyAction {
  name: string;
  input: Record<string, unknown>;
  reason: string;
  /** Post-condition in words, for the verifier and the trajectory. */
  expected?: string;
}

export type PolicyDecision = { kind: 'act'; action: PolicyAction } | { kind: 'finish'; answer?: string; success: boolean; reason: string };

/** Words to try when a clause's own words match nothing: what the verb usually looks like on screen. */
const VERB_FALLBACK: Array<{ verb: RegExp; words: string[] }> = [
  { verb: /\bsearch\b/i, words: ['search'] },
  { verb: /\b(send|text|message|email|mail|compose|write)\b/i, words: ['compose', 'new', 'add', 'start', 'create'] },
  { verb: /\b(add|create|new|make|set)\b/i, words: ['add', 'new', 'create', 'plus'] },
];

/** After typing, the clause is committed by one of these buttons. */
const COMMIT_VERB = /\b(send|save|add|create|post|reply|submit|set|share)\b/i;
const COMMIT_WORDS = ['send', 'save', 'done', 'ok', 'add', 'create', 'post', 'submit', 'set'];

interface ClauseProgress {
  consumed: Set<string>;
  typed: boolean;
  committed: boolean;
  fallbackTried: number;
}

export interface OfflinePolicyOptions {
  /** Launcher labels of installed apps, learned from the launcher screen when omitted. */
  appLabels?: string[];
}

export class OfflinePolicy {
  readonly name = 'offline (no model: deterministic policy)';
  private clauses: Clause[] = [];
  private index = 0;
  private progress: ClauseProgress = OfflinePolicy.freshProgress();
  /** Launcher label -> package, learned by tapping icons. */
  private readonly appPackages = new Map<string, string>();
  private pendingApp?: string;
  /** "<screen signature set>|<element signature>" already acted on, so exploration does not loop. */
  private readonly tried = new Set<string>();
  private readonly scrolls = new Map<string, number>();
  private backs = 0;
  readonly memory = new Map<string, string>();
  private lastFactValue?: string;

  constructor(
    readonly task: string,
    private readonly options: OfflinePolicyOptions = {},
  ) {}

  private static freshProgress(): ClauseProgress {
    return { consumed: new Set(), typed: false, committed: false, fallbackTried: 0 };
  }

  /** The clauses as subgoals, for the planner's output and the trajectory. */
  get subgoals(): Clause[] {
    return this.clauses;
  }

  get currentClause(): Clause | undefined {
    return this.clauses[this.index];
  }

  /** Index of the clause being worked on (== clauses.length when all are done). */
  get clauseIndex(): number {
    return this.index;
  }

  /** The last fact read, for a final answer. */
  get lastFact(): string | undefined {
    return this.lastFactValue;
  }

  private undo: (() => void) | undefined;

  /** Remembers the policy's bookkeeping before a decision, so a rolled-back action can be tried again. */
  private checkpoint(): void {
    const snap = {
      index: this.index,
      progress: { ...this.progress, consumed: new Set(this.progress.consumed) },
      tried: new Set(this.tried),
      scrolls: new Map(this.scrolls),
      backs: this.backs,
      memory: new Map(this.memory),
      lastFactValue: this.lastFactValue,
      pendingApp: this.pendingApp,
    };
    this.undo = () => {
      this.index = snap.index;
      this.progress = snap.progress;
      this.tried.clear();
      for (const t of snap.tried) this.tried.add(t);
      this.scrolls.clear();
      for (const [k, v] of snap.scrolls) this.scrolls.set(k, v);
      this.backs = snap.backs;
      this.memory.clear();
      for (const [k, v] of snap.memory) this.memory.set(k, v);
      this.lastFactValue = snap.lastFactValue;
      this.pendingApp = snap.pendingApp;
    };
  }

  /**
   * Recovery could not get back to where the clause was going: start the clause
   * again from this screen (its words unmatched, nothing tried), keeping facts.
   */
  restartClause(): void {
    this.progress = OfflinePolicy.freshProgress();
    this.tried.clear();
    this.scrolls.clear();
    this.backs = 0;
    this.undo = undefined;
  }

  private lastScrollKey: string | undefined;

  /** The last action changed nothing: a scroll that did nothing means the end of that list. */
  noEffect(): void {
    if (this.lastScrollKey !== undefined) this.scrolls.set(this.lastScrollKey, Number.MAX_SAFE_INTEGER);
  }

  /** The last decided action failed and was undone on the device: decide as if it had not been taken. */
  undoLast(): void {
    this.undo?.();
    this.undo = undefined;
  }

  /**
   * Clause `index` was completed by other means (a replayed shortcut) on this
   * screen: read its fact if it asks for one, and move to the next clause.
   */
  completeClause(index: number, screen: Screen): void {
    if (this.clauses.length === 0 || this.index !== index) return;
    const clause = this.clauses[index];
    if (clause?.fact) {
      const value = extractFact(screen, clause.fact, clause.words);
      if (value) {
        this.memory.set(clause.fact, value);
        this.lastFactValue = value;
      }
    }
    if (clause?.app && screen.foregroundPackage) this.appPackages.set(clause.app, screen.foregroundPackage);
    this.nextClause();
  }

  /** Launcher label -> package pairs learned so far. */
  get knownPackages(): ReadonlyMap<string, string> {
    return this.appPackages;
  }

  plan(appLabels: string[]): Clause[] {
    this.clauses = parseTask(this.task, appLabels);
    return this.clauses;
  }

  /** Learns launcher labels from a launcher screen, so clauses can name apps. */
  static launcherLabels(screen: Screen): string[] {
    return screen.elements.filter((e) => e.actionable && e.label && e.package === screen.foregroundPackage).map((e) => e.label);
  }

  decide(screen: Screen, stateKey: string): PolicyDecision {
    this.checkpoint();
    this.lastScrollKey = undefined;
    if (this.clauses.length === 0) this.plan(this.options.appLabels ?? OfflinePolicy.launcherLabels(screen));
    if (this.pendingApp) {
      if (screen.foregroundPackage && !/launcher/i.test(screen.foregroundPackage)) this.appPackages.set(this.pendingApp, screen.foregroundPackage);
      this.pendingApp = undefined;
    }
    for (let guard = 0; guard < this.clauses.length + 1; guard++) {
      const clause = this.clauses[this.index];
      if (!clause) return this.finish();
      const decision = this.decideClause(clause, screen, stateKey);
      if (decision) return decision;
      this.nextClause();
    }
    return this.finish();
  }

  private finish(): PolicyDecision {
    const answer = this.lastFactValue;
    return { kind: 'finish', success: true, reason: 'all clauses done', ...(answer ? { answer } : {}) };
  }

  private nextClause(): void {
    this.index += 1;
    this.progress = OfflinePolicy.freshProgress();
    this.backs = 0;
  }

  private act(name: string, input: Record<string, unknown>, reason: string, expected?: string): PolicyDecision {
    return { kind: 'act', action: { name, input, reason, ...(expected ? { expected } : {}) } };
  }

  /** Returns the next action for this clause, or undefined when the clause is done. */
  private decideClause(clause: Clause, screen: Screen, stateKey: string): PolicyDecision | undefined {
    // 1. Be in the right app.
    if (clause.app) {
      const pkg = this.appPackages.get(clause.app);
      if (pkg !== screen.foregroundPackage) {
        const icon = screen.elements.find((e) => e.actionable && e.label.toLowerCase() === clause.app!.toLowerCase());
        if (icon && (!pkg || /launcher/i.test(screen.foregroundPackage))) {
          this.pendingApp = clause.app;
          return this.act('tap', { element: icon.id }, `open ${clause.app} from its launcher icon`, `${clause.app} opens`);
        }
        return this.act('home', {}, `go home to open ${clause.app}`, 'the launcher shows');
      }
    }
    const progress = this.progress;
    const remaining = clause.words.filter((w) => !progress.consumed.has(w));

    // 2. A fact to read: take it as soon as the screen shows it next to the clause's words
    //    (after the clause's own text is typed: "search for X and find its price" means on the results).
    const textFirst = Boolean(clause.typeText) && !progress.typed;
    if (clause.fact && !textFirst) {
      const onScreen = remaining.filter((w) => screenHasWord(screen, w));
      if (remaining.length === 0 || onScreen.length === remaining.length) {
        const value = extractFact(screen, clause.fact, clause.words);
        if (value) {
          this.memory.set(clause.fact, value);
          this.lastFactValue = value;
          return undefined;
        }
      }
    }

    // 3. A switch to set.
    if (clause.toggle) {
      const switches = groundWords(screen, clause.words).filter((g) => g.element.flags.checkable || hasCheckableChild(screen, g.element));
      const best = switches[0];
      if (best) {
        const target = checkableOf(screen, best.element);
        const want = clause.toggle === 'on';
        if (target.flags.checked === want) return undefined;
        return this.act('tap', { element: target.id }, `turn ${clause.toggle} "${best.element.label}"`, `"${best.element.label}" is ${clause.toggle}`);
      }
    }

    // 4. Text to type, once an input is on screen.
    const text = clause.typeText ?? (clause.usesMemory ? this.lastFactValue : undefined);
    if (text && !progress.typed) {
      const input = findInput(screen, clause.words);
      if (input && (remaining.length === 0 || !groundBetterThanInput(screen, remaining, input))) {
        progress.typed = true;
        return this.act('type', { element: input.id, text, submit: clause.submit }, `type "${text}"`, clause.submit ? 'results for the query' : 'the field shows the text');
      }
    }

    // 5. Ground the remaining words: tap the best matching element not yet tried here.
    const tried = (e: UiElement) => this.tried.has(`${stateKey}|${e.signature}`);
    const grounded = groundWords(screen, remaining).filter((g) => !tried(g.element));
    const best = grounded[0];
    if (best) {
      for (const w of best.matched) progress.consumed.add(w);
      this.tried.add(`${stateKey}|${best.element.signature}`);
      return this.act('tap', { element: best.element.id }, `"${best.element.label}" matches ${best.matched.join(', ')}`, `the screen for "${best.element.label}"`);
    }

    // 6. Typed: commit with Send/Save/... when the clause asks for it.
    if (text && progress.typed && !progress.committed && (COMMIT_VERB.test(clause.text) || !clause.submit)) {
      const commit = groundWords(screen, COMMIT_WORDS).find((g) => !tried(g.element));
      progress.committed = true;
      if (commit) {
        this.tried.add(`${stateKey}|${commit.element.signature}`);
        return this.act('tap', { element: commit.element.id }, `commit with "${commit.element.label}"`, 'the text is saved or sent');
      }
    }

    const stillToType = Boolean(text && !progress.typed);
    const unfinished = remaining.length > 0 || stillToType || (clause.fact && !this.memory.has(clause.fact)) || (clause.toggle !== undefined);
    if (!unfinished) return undefined;

    // 7. Nothing matches: try what the verb usually looks like (a search icon, a compose button).
    const fallback = VERB_FALLBACK.find((f) => f.verb.test(clause.text));
    if (fallback && progress.fallbackTried < 2) {
      const g = groundWords(screen, fallback.words).filter((x) => !tried(x.element))[0];
      if (g) {
        progress.fallbackTried += 1;
        this.tried.add(`${stateKey}|${g.element.signature}`);
        return this.act('tap', { element: g.element.id }, `"${g.element.label}" is how this app starts to ${fallback.words[0]}`, 'an input or a new screen');
      }
    }

    // 8. Explore: scroll for more, then go back, then give up on this clause.
    const scrollable = screen.elements.find((e) => e.flags.scrollable);
    const scrolled = this.scrolls.get(stateKey) ?? 0;
    if (scrollable && scrolled < 4) {
      this.scrolls.set(stateKey, scrolled + 1);
      this.lastScrollKey = stateKey;
      return this.act('scroll', { direction: 'down', element: scrollable.id }, `look further down for ${remaining.join(', ') || 'the field'}`, 'more of the list');
    }
    if (this.backs < 3) {
      this.backs += 1;
      return this.act('back', {}, `nothing here matches ${remaining.join(', ')}; go back`, 'the previous screen');
    }
    return undefined;
  }
}

function screenHasWord(screen: Screen, word: string): boolean {
  return screen.elements.some((e) => tokens(`${e.text} ${e.contentDesc}`).some((t) => sameWord(t, word)));
}

function hasCheckableChild(screen: Screen, element: UiElement): boolean {
  return screen.elements.some((e) => e.parent === element.id && e.flags.checkable);
}

/** Rows in settings lists hold their switch as a child: act on the switch's state. */
function checkableOf(screen: Screen, element: UiElement): UiElement {
  if (element.flags.checkable) return element;
  return screen.elements.find((e) => e.parent === element.id && e.flags.checkable) ?? element;
}

function groundBetterThanInput(screen: Screen, words: string[], input: UiElement): boolean {
  const best = groundWords(screen, words)[0];
  return best !== undefined && best.element.id !== input.id && best.score >= 1.5;
}
