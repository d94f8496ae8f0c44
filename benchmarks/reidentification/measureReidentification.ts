/**
 * Re-identification measured against the virtual device's true node identity: a reference made on one
 * observation of a page is looked up on a later observation of the same page (same crawl), and judged:
 *
 *   correct  the element found is the true node, or "not on screen" when the true node is not on that screen
 *   wrong    another element was found
 *   missed   "not on screen" while the true node is there (not wrong, not correct)
 *
 * Pairs are made only where the page changed between the two observations (other page source): rows
 * added, removed, moved (scrolled, or pushed by rows above), reordered or edited. Each pair carries those
 * change flags, worked out from the true identities and scroll offsets, so the report shows what it covers.
 */
import type { UiElement } from '../../drivers/screen/types.ts';
import { elementRef, reidentify, type ElementRef } from '../../fsm/index.ts';
import type { KeyedObservation } from './crawlKeyed.ts';

export type Verdict = 'correct' | 'wrong' | 'missed';

export interface ReidCounts {
  pairs: number;
  correct: number;
  wrong: number;
  missed: number;
  /** Correct because the true node was found / because "not on screen" was right. */
  found: number;
  absent: number;
}

/** What changed between the stored observation and the later one (a pair may have several). */
export type ChangeFlag = 'scrolled' | 'rows added' | 'rows removed' | 'rows moved' | 'reordered' | 'rows edited';

export interface ReidExample {
  app: string;
  page: string;
  kind: string;
  label: string;
  verdict: Verdict;
  answer: string;
  truth: string;
}

export interface ReidMeasurement {
  total: ReidCounts;
  byApp: Record<string, ReidCounts>;
  byKind: Record<string, ReidCounts>;
  byChange: Record<ChangeFlag | 'no row change', ReidCounts>;
  /** Observation pairs (stored, later) the element pairs came from. */
  observationPairs: number;
  /**
   * References left out, per later screen they would have been looked up on: `indistinct` ones did not
   * single out their element when stored (another row or cell showed exactly the same, in the same section:
   * the two "S" of a weekday header), so "not on screen" is all any rule can answer.
   */
  excluded: { indistinct: number };
  examples: ReidExample[];
}

export interface MeasureOptions {
  /** Earlier observations of the same page each later one is paired with: the most recent ones, plus the first. */
  earlierPerObservation?: number;
  /** Wrong and missed examples kept for diagnosis. */
  maxExamples?: number;
}

const empty = (): ReidCounts => ({ pairs: 0, correct: 0, wrong: 0, missed: 0, found: 0, absent: 0 });

/** The elements a stored reference is made of: what an agent acts on or reads (labelled or actionable). */
function referable(o: KeyedObservation, e: UiElement): boolean {
  if (!o.analysis.signatures.has(e.id)) return false; // status bar, keyboard
  return e.actionable || (e.label !== '' && e.role !== 'container');
}

/**
 * A reference can name the element: a control, or a row or cell (or an element in one) whose visible part
 * shows some text. A row cut down to a sliver with no text shows nothing anyone could name it by; such
 * rows are neither stored references nor counted as "on screen".
 */
function nameable(ref: ElementRef): boolean {
  return ref.kind === 'control' || ref.row!.fields.length > 0;
}

/** Report bucket: rows, cells and elements in rows by kind; static controls by role. */
export function kindOfRef(ref: ElementRef): string {
  if (ref.kind !== 'control') return ref.kind;
  const role = ['checkbox', 'radio', 'switch'].includes(ref.role) ? 'toggle' : ref.role;
  return `control/${role}`;
}

/** Keyed rows (list rows, grid cells) on display, by identity, in document order, with their labels. */
function keyedRows(o: KeyedObservation): Map<string, { order: number; label: string; top: number }> {
  const rows = new Map<string, { order: number; label: string; top: number }>();
  for (const e of o.screen.elements) {
    const id = o.identities.get(e.id)!;
    // A keyed step (`<class>{<key>}`) last: the element is a list row or grid cell named by its item.
    if (id.endsWith('}')) rows.set(id, { order: rows.size, label: e.label, top: e.bounds.top });
  }
  return rows;
}

export function changeFlags(a: KeyedObservation, b: KeyedObservation): ChangeFlag[] {
  const flags: ChangeFlag[] = [];
  const ra = keyedRows(a);
  const rb = keyedRows(b);
  const keys = new Set([...Object.keys(a.scroll), ...Object.keys(b.scroll)]);
  const scrolled = [...keys].some((k) => (a.scroll[k] ?? 0) !== (b.scroll[k] ?? 0));
  if (scrolled) flags.push('scrolled');
  const common = [...ra.keys()].filter((k) => rb.has(k));
  if (!scrolled && [...rb.keys()].some((k) => !ra.has(k))) flags.push('rows added');
  if (!scrolled && [...ra.keys()].some((k) => !rb.has(k))) flags.push('rows removed');
  if (common.some((k) => ra.get(k)!.top !== rb.get(k)!.top)) flags.push('rows moved');
  const orderA = common.sort((x, y) => ra.get(x)!.order - ra.get(y)!.order);
  if (orderA.some((k, i) => i > 0 && rb.get(k)!.order < rb.get(orderA[i - 1]!)!.order)) flags.push('reordered');
  if (common.some((k) => ra.get(k)!.label !== rb.get(k)!.label)) flags.push('rows edited');
  return flags;
}

function add(c: ReidCounts, verdict: Verdict, found: boolean): void {
  c.pairs++;
  c[verdict]++;
  if (verdict === 'correct') c[found ? 'found' : 'absent']++;
}

export function measureReidentification(
  observations: readonly KeyedObservation[],
  options: MeasureOptions = {},
): ReidMeasurement {
  const earlierPer = options.earlierPerObservation ?? 3;
  const maxExamples = options.maxExamples ?? 40;
  const m: ReidMeasurement = {
    total: empty(),
    byApp: {},
    byKind: {},
    byChange: {} as ReidMeasurement['byChange'],
    observationPairs: 0,
    excluded: { indistinct: 0 },
    examples: [],
  };
  const refs = new Map<KeyedObservation, { e: UiElement; ref: ElementRef; truth: string }[]>();
  const refsOf = (o: KeyedObservation) => {
    let list = refs.get(o);
    if (!list) {
      list = o.screen.elements
        .filter((e) => referable(o, e))
        .map((e) => ({ e, ref: elementRef(o.screen, o.analysis, e.id), truth: o.identities.get(e.id)! }))
        .filter(({ ref }) => nameable(ref));
      refs.set(o, list);
    }
    return list;
  };

  // Observations of one page within one crawl (seed + app), in order.
  const groups = new Map<string, KeyedObservation[]>();
  for (const o of observations) {
    const k = `${o.seed}\u0000${o.app}\u0000${o.page}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  for (const group of groups.values()) {
    for (let j = 1; j < group.length; j++) {
      const later = group[j]!;
      const earlier = group.slice(0, j).filter((a) => a.pageSource !== later.pageSource);
      const chosen = new Set(earlier.slice(-earlierPer));
      if (earlier.length > 0) chosen.add(earlier[0]!);
      // On screen = shown with something to see: a row or cell cut down to a sliver with no text shows nothing.
      const present = new Map<string, UiElement>();
      for (const e of later.screen.elements)
        if (nameable(elementRef(later.screen, later.analysis, e.id))) present.set(later.identities.get(e.id)!, e);
      for (const stored of chosen) {
        m.observationPairs++;
        const flags = changeFlags(stored, later);
        for (const { e, ref, truth } of refsOf(stored)) {
          if (ref.row?.twin) {
            m.excluded.indistinct++;
            continue;
          }
          const r = reidentify(ref, later.screen, later.analysis);
          const there = present.get(truth);
          let verdict: Verdict;
          if (r.element) verdict = later.identities.get(r.element.id) === truth ? 'correct' : 'wrong';
          else verdict = there ? 'missed' : 'correct';
          const kind = kindOfRef(ref);
          const found = r.element !== null;
          add(m.total, verdict, found);
          add((m.byApp[stored.app] ??= empty()), verdict, found);
          add((m.byKind[kind] ??= empty()), verdict, found);
          for (const f of flags.length ? flags : (['no row change'] as const))
            add((m.byChange[f] ??= empty()), verdict, found);
          if (verdict !== 'correct' && m.examples.length < maxExamples)
            m.examples.push({
              app: stored.app,
              page: stored.page,
              kind,
              label: e.label,
              verdict,
              answer: r.element
                ? `${r.how}: "${r.element.label}" (${r.detail})`
                : `not on screen: ${r.why} (${r.detail})`,
              truth: there ? `"${there.label}" is on screen` : 'not on screen',
            });
        }
      }
    }
  }
  return m;
}
