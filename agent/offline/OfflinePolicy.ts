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
import { groundWords } from './groundElement.ts';
import { extractFact } from './extractFact.ts';
import { normalise, sameWord, tokens } from './words.ts';
import { currentValue, fieldRole, textInputs, valueFor } from './formFields.ts';
import { dayButton, dialogElements, isDatePicker, isNegative, monthStep, positiveButton } from './pickers.ts';
import { displayedResult, hasKeypad, keyFor } from './calculatorKeys.ts';
import { readAnswer } from './readAnswer.ts';
import { relatedWords, verbButtonPattern } from './synonyms.ts';

export interface PolicyAction {
  name: string;
  input: Record<string, unknown>;
  reason: string;
  /** Post-condition in words, for the verifier and the trajectory. */
  expected?: string;
}

export type PolicyDecision =
  { kind: 'act'; action: PolicyAction } | { kind: 'finish'; answer?: string; success: boolean; reason: string };

/** Words to try when a clause's own words match nothing: what the verb usually looks like on screen. */
const VERB_FALLBACK: Array<{ verb: RegExp; words: string[] }> = [
  { verb: /\bsearch\b/i, words: ['search'] },
  { verb: /\b(send|text|message|email|mail|compose|write)\b/i, words: ['compose', 'new', 'add', 'start', 'create'] },
  { verb: /\b(add|create|new|make|set)\b/i, words: ['add', 'new', 'create', 'plus'] },
];

interface ClauseProgress {
  consumed: Set<string>;
  typed: boolean;
  committed: boolean;
  fallbackTried: number;
  /** The clause's entity was tapped. */
  opened: boolean;
  searched: boolean;
  searchOpened: boolean;
  /** Form fields typed ("role|id") and cleared. */
  filled: Set<string>;
  cleared: Set<string>;
  formTouched: boolean;
  formTouchedAfterTime: boolean;
  created: boolean;
  timeSet: boolean;
  dateSet: boolean;
  allDaySet: boolean;
  daysSet: boolean;
  keys: number;
  extraTaps: number;
  answered: boolean;
  shared: boolean;
  sharedTo?: string;
  verbTaps: number;
  /** A one-tap verb (Delete, Call, Pin, Add to favorites) was carried out. */
  verbDone: boolean;
}

export interface OfflinePolicyOptions {
  /** Launcher labels of installed apps, learned from the launcher screen when omitted. */
  appLabels?: string[];
  /** The apps the task uses, in order, when the caller knows them (a benchmark task's `apps`). */
  taskApps?: string[];
  /** Launcher label -> package pairs known beforehand (learnt in earlier runs). */
  knownPackages?: Record<string, string>;
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
  /** Labels of taps that failed and were rolled back: not taken again by this run (kept across undo). */
  private readonly failedLabels = new Map<string, number>();
  private lastTapLabel: string | undefined;
  private backs = 0;
  readonly memory = new Map<string, string>();
  private lastFactValue?: string;

  constructor(
    readonly task: string,
    private readonly options: OfflinePolicyOptions = {},
  ) {
    for (const [label, pkg] of Object.entries(options.knownPackages ?? {})) this.appPackages.set(label, pkg);
  }

  private static freshProgress(): ClauseProgress {
    return {
      consumed: new Set(),
      typed: false,
      committed: false,
      fallbackTried: 0,
      opened: false,
      searched: false,
      searchOpened: false,
      filled: new Set(),
      cleared: new Set(),
      formTouched: false,
      formTouchedAfterTime: false,
      created: false,
      timeSet: false,
      dateSet: false,
      allDaySet: false,
      daysSet: false,
      keys: 0,
      extraTaps: 0,
      answered: false,
      shared: false,
      verbTaps: 0,
      verbDone: false,
    };
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
      progress: {
        ...this.progress,
        consumed: new Set(this.progress.consumed),
        filled: new Set(this.progress.filled),
        cleared: new Set(this.progress.cleared),
      },
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

  /** The last action failed verification and was rolled back: do not take that tap again. */
  markFailed(): void {
    // Twice: a single failure may be a fault that a second tap gets past.
    if (this.lastTapLabel)
      this.failedLabels.set(this.lastTapLabel, (this.failedLabels.get(this.lastTapLabel) ?? 0) + 1);
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
    this.clauses = parseTask(this.task, appLabels, this.options.taskApps ?? []);
    return this.clauses;
  }

  /** Learns launcher labels from a launcher screen, so clauses can name apps. */
  static launcherLabels(screen: Screen): string[] {
    return screen.elements
      .filter((e) => e.actionable && e.label && e.package === screen.foregroundPackage)
      .map((e) => e.label);
  }

  decide(screen: Screen, stateKey: string): PolicyDecision {
    this.checkpoint();
    this.lastScrollKey = undefined;
    if (this.clauses.length === 0) this.plan(this.options.appLabels ?? OfflinePolicy.launcherLabels(screen));
    if (this.pendingApp) {
      if (screen.foregroundPackage && !/launcher/i.test(screen.foregroundPackage))
        this.appPackages.set(this.pendingApp, screen.foregroundPackage);
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
    const arrivedByShare = this.progress.sharedTo !== undefined;
    this.progress = OfflinePolicy.freshProgress();
    // What was shared is already here: the clause goes on with its recipient, not by finding its subject again.
    if (arrivedByShare) this.progress.opened = true;
    this.backs = 0;
  }

  private act(
    name: string,
    input: Record<string, unknown>,
    reason: string,
    expected?: string,
    label?: string,
  ): PolicyDecision {
    this.lastTapLabel = label;
    return { kind: 'act', action: { name, input, reason, ...(expected ? { expected } : {}) } };
  }

  /** Returns the next action for this clause, or undefined when the clause is done. */
  private decideClause(clause: Clause, screen: Screen, stateKey: string): PolicyDecision | undefined {
    const progress = this.progress;
    const dialog = dialogElements(screen);

    // 0. The share sheet (a system dialog listing apps): pick the app the task goes on in.
    if (progress.shared && !progress.sharedTo) {
      const target = this.shareTarget();
      const button = target
        ? dialog.find((e) => e.actionable && e.label.toLowerCase() === target.toLowerCase())
        : undefined;
      if (button && target) {
        progress.sharedTo = target;
        this.pendingApp = target;
        return this.act('tap', { element: button.id }, `share to ${target}`, `${target} opens with the shared text`);
      }
    }
    if (progress.sharedTo) return undefined;

    // 1. Be in the right app.
    if (clause.app) {
      const pkg = this.appPackages.get(clause.app);
      if (pkg !== screen.foregroundPackage) {
        const icon = screen.elements.find((e) => e.actionable && e.label.toLowerCase() === clause.app!.toLowerCase());
        if (icon && (!pkg || /launcher/i.test(screen.foregroundPackage))) {
          this.pendingApp = clause.app;
          return this.act(
            'tap',
            { element: icon.id },
            `open ${clause.app} from its launcher icon`,
            `${clause.app} opens`,
          );
        }
        return this.act('home', {}, `go home to open ${clause.app}`, 'the launcher shows');
      }
    }
    const remaining = clause.words.filter((w) => !progress.consumed.has(w));
    const tried = (e: UiElement) =>
      this.tried.has(`${stateKey}|${e.signature}`) || (this.failedLabels.get(`${stateKey}|${e.label}`) ?? 0) >= 2;
    const tap = (e: UiElement, reason: string, expected = `the screen for "${e.label}"`) => {
      this.tried.add(`${stateKey}|${e.signature}`);
      return this.act('tap', { element: e.id }, reason, expected, `${stateKey}|${e.label}`);
    };
    const v = clause.values;

    // 2. Dialogs the clause opened: a time picker, a date picker, a confirmation.
    if (dialog.length > 0) {
      const d = this.decideDialog(clause, screen, dialog, tap);
      if (d) return d;
    }

    if (progress.verbDone) return undefined;

    // 3. A calculator keypad and an expression to press.
    const expression = v.expression ?? this.carriedExpression(clause);
    if (expression && hasKeypad(screen)) {
      if (progress.keys < expression.length) {
        const ch = expression[progress.keys]!;
        const key = keyFor(screen, ch);
        if (key) {
          progress.keys += 1;
          return this.act('tap', { element: key.id }, `press "${ch}" of ${expression}`, 'the display shows it');
        }
      }
      const result = displayedResult(screen);
      if (result) this.remember('result', result, clause);
      return undefined;
    }

    // 4. A fact to read (price, rating, ...) once the screen shows the clause's words.
    const textFirst = Boolean(clause.typeText) && !progress.typed && clause.submit;
    if (clause.fact && !textFirst && !clause.gather) {
      const onScreen = remaining.filter((w) => screenHasWord(screen, w));
      if (remaining.length === 0 || onScreen.length === remaining.length || (clause.entity && progress.opened)) {
        const value = extractFact(screen, clause.fact, clause.words);
        if (value) {
          this.remember(clause.fact, value, clause);
          return undefined;
        }
      }
    }

    // 5. A switch to set.
    if (clause.toggle) {
      const all = groundWords(screen, clause.words);
      const switches = all.filter((g) => g.element.flags.checkable || hasCheckableChild(screen, g.element));
      const best = switches[0];
      const row = all.find(
        (g) =>
          !g.element.flags.checkable &&
          !hasCheckableChild(screen, g.element) &&
          g.element.role !== 'input' &&
          !this.tried.has(`${stateKey}|${g.element.signature}`),
      );
      if (row && (!best || row.matched.length > best.matched.length)) {
        this.tried.add(`${stateKey}|${row.element.signature}`);
        return this.act(
          'tap',
          { element: row.element.id },
          `"${row.element.label}" leads to the ${clause.words.join(' ')} switch`,
          'the switch shows',
        );
      }
      if (best) {
        const target = checkableOf(screen, best.element);
        const want = clause.toggle === 'on';
        if (target.flags.checked === want) return undefined;
        return this.act(
          'tap',
          { element: target.id },
          `turn ${clause.toggle} "${best.element.label}"`,
          `"${best.element.label}" is ${clause.toggle}`,
        );
      }
    }

    // 6. A form: fill each field the clause has a value for.
    const form = this.decideForm(clause, screen, tap, tried);
    if (form) return form;

    // 7. The thing the clause is about: tap it where it shows, else search for it, else look further down.
    if (clause.entity && !progress.opened && !(clause.creates && !clause.question) && !clause.toggle) {
      const d = this.decideEntity(clause, screen, stateKey, tap, tried);
      if (d) return d;
    }

    // 8. Share it, when the clause sends it to another app.
    if (clause.shares && (progress.opened || !clause.entity) && !progress.shared) {
      const share = screen.elements.find((e) => e.actionable && /^share\b/i.test(e.label) && !tried(e));
      if (share) {
        progress.shared = true;
        return tap(share, 'share it through the share sheet', 'the share sheet');
      }
    }

    // 9. The clause's verb as a button on the opened item (Delete, Call, Add to favorites, Reply, Save ...).
    if (
      !clause.question &&
      !clause.gather &&
      !clause.creates &&
      (progress.opened || !clause.entity) &&
      progress.verbTaps < 2 &&
      !progress.formTouched
    ) {
      const patterns = verbButtonPattern(clause.text);
      const button = screen.elements.find(
        (e) =>
          e.actionable &&
          e.role !== 'input' &&
          !tried(e) &&
          patterns.some((re) => re.test(e.label.trim()) || re.test(e.contentDesc.trim())),
      );
      if (button) {
        progress.verbTaps += 1;
        const edits =
          /\b(edit|update|change|reply|forward|rename)\b/i.test(clause.text) ||
          clause.values.body !== undefined ||
          clause.values.newName !== undefined;
        if (!edits) progress.verbDone = true;
        return tap(button, `"${button.label}" does what the clause asks`, 'the action is done');
      }
    }

    // 9b. A question whose subject is open: answer from the screen (after one more tap on a row the question names).
    if ((clause.question || clause.gather) && !clause.fact && (progress.opened || !clause.entity) && !clause.shares) {
      const more = groundWords(
        screen,
        remaining.filter((w) => !clause.entity || !tokens(clause.entity).includes(w)),
      ).filter((g) => !tried(g.element) && g.score >= 1.5 && g.element.role !== 'input')[0];
      if (more && progress.extraTaps < 2 && (progress.opened || !clause.entity)) {
        progress.extraTaps += 1;
        for (const w of more.matched) progress.consumed.add(w);
        return tap(more.element, `"${more.element.label}" is what the question asks about`);
      }
      if (progress.opened || remaining.length === 0 || progress.extraTaps > 0) {
        const answer = readAnswer(screen, clause.text);
        if (answer) {
          this.remember('answer', answer, clause);
          return undefined;
        }
      }
    }

    // 10. Make something new: the app's New / Add / Compose / + button.
    if (clause.creates && !progress.created) {
      const create = createButton(screen, clause.text, tried);
      if (create) {
        progress.created = true;
        return tap(create, `"${create.label}" creates a new item`, 'an editor or a picker');
      }
    }

    // 11. Ground the remaining words: tap the best matching element not yet tried here.
    const grounded = groundWords(screen, remaining).filter((g) => !tried(g.element) && g.element.role !== 'input');
    const best = grounded[0];
    if (best && !(progress.formTouched && best.score < 1.5)) {
      for (const w of best.matched) progress.consumed.add(w);
      if (clause.question || clause.gather) progress.opened = true;
      return tap(best.element, `"${best.element.label}" matches ${best.matched.join(', ')}`);
    }
    // Nothing named: where such things usually live (Wi-Fi under Internet, hours behind an hours row).
    const lookFor = clause.toggle ? clause.words : remaining;
    if (!progress.formTouched && lookFor.length > 0) {
      const related = groundWords(screen, relatedWords(lookFor)).filter(
        (g) => !tried(g.element) && g.element.role !== 'input',
      )[0];
      if (related) {
        for (const w of lookFor)
          if (relatedWords([w]).some((r) => related.matched.includes(r))) progress.consumed.add(w);
        return tap(related.element, `"${related.element.label}" is where ${lookFor.join(' ')} usually is`);
      }
    }

    // 12. Typed or filled: commit with Send/Save/... when the screen offers it.
    const text = clause.typeText ?? (clause.usesMemory ? this.lastFactValue : undefined);
    if ((progress.formTouched || (text && progress.typed)) && !progress.committed) {
      const commit = commitButton(screen, clause.text, tried);
      progress.committed = true;
      if (commit) return tap(commit, `commit with "${commit.label}"`, 'the item is saved or sent');
      return undefined;
    }
    if (progress.committed) return undefined;

    const unfinished =
      remaining.length > 0 ||
      (clause.fact && !this.memory.has(clause.fact)) ||
      clause.toggle !== undefined ||
      (clause.entity !== undefined && !progress.opened) ||
      ((clause.question || clause.gather) && !progress.answered);
    if (!unfinished) return undefined;

    // 13. Nothing matches: what the verb usually looks like (a search icon, a compose button).
    const fallback = VERB_FALLBACK.find((f) => f.verb.test(clause.text));
    if (fallback && progress.fallbackTried < 2) {
      const g = groundWords(screen, fallback.words).filter((x) => !tried(x.element) && x.element.role !== 'input')[0];
      if (g) {
        progress.fallbackTried += 1;
        return tap(
          g.element,
          `"${g.element.label}" is how this app starts to ${fallback.words[0]}`,
          'an input or a new screen',
        );
      }
    }

    // 14. Explore: scroll for more, then go back, then give up on this clause.
    const scrollable = screen.elements.find((e) => e.flags.scrollable);
    const scrolled = this.scrolls.get(stateKey) ?? 0;
    if (scrollable && scrolled < 3) {
      this.scrolls.set(stateKey, scrolled + 1);
      this.lastScrollKey = stateKey;
      return this.act(
        'scroll',
        { direction: 'down', element: scrollable.id },
        `look further down for ${remaining.join(', ') || 'the field'}`,
        'more of the list',
      );
    }
    if (this.backs < 2) {
      this.backs += 1;
      return this.act('back', {}, `nothing here matches ${remaining.join(', ')}; go back`, 'the previous screen');
    }
    return undefined;
  }

  /** Stores a fact read for a clause, as memory and as the run's answer. */
  private remember(name: string, value: string, clause: Clause): void {
    this.memory.set(name, value);
    this.lastFactValue = value;
    this.progress.answered = true;
    void clause;
  }

  /** The app a share goes to: the next clause's app, else the last app the task uses. */
  private shareTarget(): string | undefined {
    const next = this.clauses.slice(this.index + 1).find((c) => c.app && c.app !== this.clauses[this.index]?.app);
    return next?.app ?? this.options.taskApps?.[this.options.taskApps.length - 1];
  }

  /** "Work out each share with the calculator" with no numbers of its own: none (facts are typed, not computed). */
  private carriedExpression(_clause: Clause): string | undefined {
    return undefined;
  }

  private decideDialog(
    clause: Clause,
    screen: Screen,
    dialog: UiElement[],
    tap: (e: UiElement, reason: string, expected?: string) => PolicyDecision,
  ): PolicyDecision | undefined {
    const progress = this.progress;
    const v = clause.values;
    const inputs = dialog.filter((e) => e.role === 'input');
    // A time picker: hour and minute fields.
    const hour = inputs.find((e) => fieldRole(e) === 'hour');
    const minute = inputs.find((e) => fieldRole(e) === 'minute');
    if (hour && minute && v.time && !progress.timeSet) {
      for (const [field, want, role] of [
        [hour, String(v.time.hour).padStart(2, '0'), 'hour'],
        [minute, String(v.time.minute).padStart(2, '0'), 'minute'],
      ] as const) {
        const now = currentValue(field);
        if (Number(now) === Number(want) && now !== '') continue;
        if (now !== '')
          return this.act('clear', { element: field.id }, `clear the ${role} field`, 'the field is empty');
        return this.act(
          'type',
          { element: field.id, text: want },
          `set the ${role} to ${want}`,
          `the ${role} shows ${want}`,
        );
      }
      progress.timeSet = true;
      progress.formTouched = true;
      const ok = positiveButton(dialog);
      if (ok)
        return tap(
          ok,
          `confirm the time ${v.time.hour}:${String(v.time.minute).padStart(2, '0')}`,
          'the picker closes',
        );
    }
    // A date picker: the day's button, paging months when needed, then OK.
    if (isDatePicker(dialog) && v.date && !progress.dateSet) {
      const day = dayButton(dialog, v.date);
      if (day && !day.flags.checked && !day.flags.selected)
        return tap(day, `pick ${day.contentDesc || day.label}`, 'the day is selected');
      if (day) {
        progress.dateSet = true;
        progress.formTouched = true;
        const ok = positiveButton(dialog);
        if (ok) return tap(ok, 'confirm the date', 'the picker closes');
      }
      const step = monthStep(dialog, v.date);
      const pager = step
        ? dialog.find((e) => e.actionable && new RegExp(`^${step} month$`, 'i').test(e.label))
        : undefined;
      if (pager) return this.act('tap', { element: pager.id }, `page to the ${step} month`, 'another month');
    }
    // A choice the clause names (a list called "Want to go", "5 minutes", "Dark").
    const wanted = [...v.quoted, ...(clause.entity ? [clause.entity] : [])].map((q) => normalise(q));
    const named = dialog.find((e) => e.actionable && !isNegative(e) && wanted.includes(normalise(e.label)));
    if (named && !named.flags.checked)
      return tap(named, `"${named.label}" is the choice the task names`, 'the choice is made');
    // A confirmation after a destructive or final step: its positive button.
    if (inputs.length === 0 && dialog.some((e) => e.actionable && isNegative(e))) {
      const options = dialog.filter((e) => e.actionable && !isNegative(e) && e.role !== 'input');
      const chosen = groundWords(screen, clause.words, { windowKinds: new Set(['dialog', 'popup']) })[0];
      if (
        chosen &&
        !isNegative(chosen.element) &&
        (chosen.element.flags.checkable ||
          chosen.element.role === 'radio' ||
          chosen.element.role === 'listitem' ||
          options.length > 2)
      )
        return undefined;
      const ok = positiveButton(dialog);
      // Confirm what this clause started (a Delete, a Remove, a Save), or a dialog its verb names.
      const started = progress.verbTaps > 0 || progress.verbDone || progress.committed;
      if (
        ok &&
        (started ||
          /\b(delete|remove|clear|cancel|forget|discard|stop|rename|save|buy|order|pair|set|reset|turn|take)\b/i.test(
            clause.text,
          ))
      )
        return tap(ok, `confirm with "${ok.label}"`, 'the dialog closes');
    }
    return undefined;
  }

  private decideForm(
    clause: Clause,
    screen: Screen,
    tap: (e: UiElement, reason: string, expected?: string) => PolicyDecision,
    tried: (e: UiElement) => boolean,
  ): PolicyDecision | undefined {
    const progress = this.progress;
    const v = clause.values;
    const inputs = textInputs(screen).filter(
      (e) => screen.windows.find((w) => w.id === e.window)?.kind !== 'dialog' || true,
    );
    const carried = clause.usesMemory || clause.gather === undefined ? this.carriedText(clause) : undefined;
    const ctx = {
      values: v,
      ...(clause.person ? { person: clause.person } : {}),
      ...(carried ? { carried } : {}),
      ...(this.searchQuery(clause) ? { query: this.searchQuery(clause)! } : {}),
    };
    for (const input of inputs) {
      const role = fieldRole(input);
      if (role === 'search' || role === 'hour' || role === 'minute') continue;
      const key = `${role}|${input.resourceId || input.hint}`;
      if (progress.filled.has(key)) continue;
      let value = valueFor(role, ctx);
      if (role === 'unknown' && inputs.length === 1 && clause.typeText && !clause.submit) value = clause.typeText;
      if (!value) continue;
      const now = currentValue(input);
      if (now === value || (now && now.includes(value))) {
        progress.filled.add(key);
        continue;
      }
      // A recipient already there (a reply, a forward) stays unless the clause gives an address of its own.
      if (now && (role === 'recipient' || role === 'name') && value === clause.person) {
        progress.filled.add(key);
        continue;
      }
      if (now && !progress.cleared.has(key) && role !== 'body') {
        progress.cleared.add(key);
        return this.act('clear', { element: input.id }, `clear the ${role} field before typing`, 'the field is empty');
      }
      progress.filled.add(key);
      progress.formTouched = true;
      progress.typed = true;
      // A recipient field lists matching contacts: pick one after typing (step 11 grounds the person).
      return this.act(
        'type',
        { element: input.id, text: value },
        `type the ${role} "${value}"`,
        'the field shows the text',
      );
    }
    // Rows that open pickers: a date row, a start-time row; an all-day switch; weekday toggles.
    if (progress.formTouched || progress.created) {
      if (v.allDay && !progress.allDaySet) {
        const sw = screen.elements.find((e) => e.flags.checkable && /\ball[- ]day\b/i.test(e.label));
        if (sw) {
          progress.allDaySet = true;
          if (!sw.flags.checked) return tap(sw, 'turn on All-day', 'the event is all-day');
        }
      }
      if (v.date && !progress.dateSet) {
        const row = screen.elements.find((e) => e.actionable && /\bdate\b/i.test(e.label) && !tried(e));
        if (row) return tap(row, `open the date picker from "${row.label}"`, 'a date picker');
      }
      if (v.time && !progress.timeSet && !v.allDay) {
        const row = screen.elements.find((e) => e.actionable && /\b(start time|time)\b/i.test(e.label) && !tried(e));
        if (row) return tap(row, `open the time picker from "${row.label}"`, 'a time picker');
      }
      if (v.days.length > 0 && !progress.daysSet) {
        const names = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
        const toggles = screen.elements.filter(
          (e) =>
            e.flags.checkable && names.includes(e.contentDesc.toLowerCase().slice(0, 3)) && e.contentDesc.length <= 9,
        );
        if (toggles.length >= 7) {
          const off = toggles.find(
            (e) => v.days.includes(names.indexOf(e.contentDesc.toLowerCase().slice(0, 3))) !== e.flags.checked,
          );
          if (off) return this.act('tap', { element: off.id }, `set ${off.contentDesc}`, `${off.contentDesc} toggled`);
          progress.daysSet = true;
        }
      }
    }
    // A created item whose remaining values (label, days) live in its own editor: open it by its time.
    if (
      progress.timeSet &&
      !progress.formTouchedAfterTime &&
      (v.label || v.title || v.days.length > 0) &&
      textInputs(screen).length === 0 &&
      v.time
    ) {
      const hhmm = `${String(v.time.hour).padStart(2, '0')}:${String(v.time.minute).padStart(2, '0')}`;
      const item = screen.elements.find((e) => e.actionable && e.label.startsWith(hhmm) && !e.flags.checkable);
      if (item) {
        progress.formTouchedAfterTime = true;
        return tap(item, `open the new item at ${hhmm} to set the rest`, 'its editor');
      }
    }
    return undefined;
  }

  /** The text a clause types that it does not spell out: the last fact read (a price, a message, an answer). */
  private carriedText(clause: Clause): string | undefined {
    if (clause.values.body) return undefined;
    return this.lastFactValue;
  }

  /** What to type into a search field for this clause. */
  private searchQuery(clause: Clause): string | undefined {
    if (clause.submit && clause.typeText) return clause.typeText;
    if (clause.entity) return clause.entity;
    const words = clause.words.filter((w) => !/^(email|mail|message|note|app|my|event|calendar|contact)s?$/.test(w));
    return words.length > 0 ? words.slice(0, 2).join(' ') : undefined;
  }

  private decideEntity(
    clause: Clause,
    screen: Screen,
    stateKey: string,
    tap: (e: UiElement, reason: string, expected?: string) => PolicyDecision,
    tried: (e: UiElement) => boolean,
  ): PolicyDecision | undefined {
    const progress = this.progress;
    const entity = clause.entity!;
    const want = tokens(entity);
    const kinds = new Map(screen.windows.map((w) => [w.id, w.kind]));
    const candidates = screen.elements
      .filter(
        (e) =>
          e.actionable &&
          e.role !== 'input' &&
          !e.flags.checkable &&
          kinds.get(e.window) !== 'keyboard' &&
          kinds.get(e.window) !== 'status_bar',
      )
      .map((e) => {
        const own = tokens(`${e.label} ${e.contentDesc}`);
        const n = want.filter((w) => own.some((o) => sameWord(o, w))).length;
        return { e, n, len: own.length };
      })
      .filter((x) => x.n === want.length || (want.length > 1 && x.n >= Math.ceil(want.length * 0.6)))
      .sort(
        (a, b) => b.n - a.n || (a.e.role === 'listitem' ? -1 : 0) - (b.e.role === 'listitem' ? -1 : 0) || a.len - b.len,
      );
    const hit = candidates.find((c) => !tried(c.e));
    if (hit) {
      progress.opened = true;
      for (const w of want) progress.consumed.add(w);
      return tap(hit.e, `"${hit.e.label}" is ${entity}`);
    }
    const query = this.searchQuery(clause);
    const hasSearch = screen.elements.some(
      (e) => e.actionable && /\bsearch\b/i.test(`${e.label} ${e.contentDesc} ${e.hint}`),
    );
    if (!hasSearch || progress.searched) {
      const remaining = clause.words.filter((w) => !progress.consumed.has(w));
      const g = groundWords(screen, [...remaining, ...relatedWords(remaining)]).filter(
        (x) => !tried(x.element) && x.element.role !== 'input',
      )[0];
      if (g) return undefined;
    }
    const search = textInputs(screen).find(
      (e) =>
        fieldRole(e) === 'search' ||
        (textInputs(screen).length === 1 && /search/i.test(`${e.hint} ${e.text} ${e.resourceId}`)),
    );
    if (search && query && !progress.searched) {
      progress.searched = true;
      progress.typed = true;
      const prefix = currentValue(search);
      if (prefix && prefix.toLowerCase() !== query.toLowerCase())
        return this.act('clear', { element: search.id }, 'clear the search field', 'an empty search field');
      return this.act(
        'type',
        { element: search.id, text: query, submit: true },
        `search for "${query}"`,
        'results for the query',
      );
    }
    if (!progress.searched && !progress.searchOpened) {
      const opener = screen.elements.find(
        (e) => e.actionable && e.role !== 'input' && /\bsearch\b/i.test(`${e.label} ${e.contentDesc}`) && !tried(e),
      );
      if (opener) {
        progress.searchOpened = true;
        return tap(opener, `open search to find ${entity}`, 'a search field');
      }
    }
    const scrollable = screen.elements.find((e) => e.flags.scrollable);
    const scrolled = this.scrolls.get(stateKey) ?? 0;
    if (scrollable && scrolled < 3 && !progress.searched) {
      this.scrolls.set(stateKey, scrolled + 1);
      this.lastScrollKey = stateKey;
      return this.act(
        'scroll',
        { direction: 'down', element: scrollable.id },
        `look further down for ${entity}`,
        'more of the list',
      );
    }
    return undefined;
  }
}

/** The New / Add / Compose / + button (a floating action button, usually). */
function createButton(screen: Screen, text: string, tried: (e: UiElement) => boolean): UiElement | undefined {
  const re = /^(new|add|create|compose|start|plus|\+)\b|\b(new|create|add|compose|start chat|start)\b/i;
  const buttons = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.role !== 'input' &&
      e.role !== 'listitem' &&
      !e.flags.checkable &&
      re.test(`${e.label} ${e.contentDesc}`) &&
      !tried(e),
  );
  const words = tokens(text);
  return buttons.sort((a, b) => score(b) - score(a))[0];
  function score(e: UiElement): number {
    return tokens(`${e.label} ${e.contentDesc}`).filter((t) => words.some((w) => sameWord(w, t))).length;
  }
}

const COMMIT = /^(send|save|done|ok|add|create|post|submit|set|rename|update|place order|send message)$/i;

function commitButton(screen: Screen, _text: string, tried: (e: UiElement) => boolean): UiElement | undefined {
  const buttons = screen.elements.filter(
    (e) =>
      e.actionable &&
      e.flags.enabled &&
      !tried(e) &&
      (COMMIT.test(e.label.trim()) || COMMIT.test(e.contentDesc.trim()) || e.resourceId === 'android:id/button1'),
  );
  return buttons[0];
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
