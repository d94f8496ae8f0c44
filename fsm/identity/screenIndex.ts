/**
 * What re-identification needs to know about one observed screen, computed once and cached per analysis
 * (reidentify runs for every hint line of every step): each element's kind (static control, list row,
 * grid cell, or element inside a row), each row's content and section, elements by signature, and the
 * context around static controls.
 */
import type { Screen, UiElement, WindowKind } from '../../drivers/screen/types.ts';
import type { ScreenAnalysis } from './analyzeScreen.ts';
import { type ElementSignature, shortClassName, shortResourceId } from './elementSignature.ts';
import { fieldKind, rowFields, slotsOf, type RowField } from './rowContent.ts';

/**
 * `control`: found by signature and context. `row` (a list row) and `cell` (one of a run of same-shape
 * siblings: a key of a keypad, an icon of a grid): found by their own content. `in_row`: an element inside a
 * row or cell, found through its row.
 */
export type ElementKind = 'control' | 'row' | 'cell' | 'in_row';

export interface RowInfo {
  element: UiElement;
  /** The list (or repeating parent) it belongs to, as its signature names it. */
  container: string;
  /** The row and its descendants, document order, with each one's slot in the row. */
  inside: UiElement[];
  slots: string[];
  fields: RowField[];
  /** Text of the nearest header row above it in its list ('' when none is on screen). */
  section: string;
  /** Cut by its list's edge: shorter than its like siblings and touching the list's top or bottom. */
  cut: boolean;
}

export interface ScreenIndex {
  screen: Screen;
  analysis: ScreenAnalysis;
  byId: Map<string, UiElement>;
  windowKind(e: UiElement): WindowKind;
  kindOf(e: UiElement): ElementKind;
  signatureOf(e: UiElement): ElementSignature;
  /** The row or cell an element is, or lies in. */
  rowOf(e: UiElement): RowInfo | undefined;
  /** Rows and cells of one container, in document order. */
  rowsIn(container: string): RowInfo[];
  bySignature: Map<ElementSignature, UiElement[]>;
  /** The nearest text above an element, outside controls (a section heading, a label): '' when none. */
  sectionOf(e: UiElement): string;
  /** For a control in a row of its own (a switch beside its caption): the captions of its siblings. */
  rowLabelOf(e: UiElement): string;
  /** Its ancestors' `<class>#<id>`, root first, joined by `/`: where it sits in the layout. */
  pathOf(e: UiElement): string;
}

const PREFIX = /^(?:dlg|pop|sys):/;

/** `item:<list>|<shape>` (a row) or `item:<list>|<shape>><role>|<id>` (inside one) -> `<list>`. */
export function containerOfSignature(signature: ElementSignature): string | undefined {
  const bare = signature.replace(PREFIX, '');
  if (!bare.startsWith('item:')) return undefined;
  const row = bare.includes('>') ? bare.slice(0, bare.indexOf('>')) : bare;
  return row.slice(5, row.lastIndexOf('|'));
}

const cache = new WeakMap<ScreenAnalysis, ScreenIndex>();

export function screenIndex(screen: Screen, analysis: ScreenAnalysis): ScreenIndex {
  const hit = cache.get(analysis);
  if (hit && hit.screen === screen) return hit;
  const built = buildIndex(screen, analysis);
  cache.set(analysis, built);
  return built;
}

function buildIndex(screen: Screen, analysis: ScreenAnalysis): ScreenIndex {
  const elements = screen.elements;
  const byId = new Map(elements.map((e) => [e.id, e]));
  const kinds = new Map(screen.windows.map((w) => [w.id, w.kind]));
  const children = new Map<string, UiElement[]>();
  for (const e of elements) {
    if (!e.parent) continue;
    const kids = children.get(e.parent);
    if (kids) kids.push(e);
    else children.set(e.parent, [e]);
  }
  const signatureOf = (e: UiElement): ElementSignature => analysis.signatures.get(e.id) ?? e.signature;

  // Rows: elements whose signature is `item:<list>|<shape>` with nothing after the shape.
  const rowByElement = new Map<string, RowInfo>();
  const rowsByContainer = new Map<string, RowInfo[]>();
  const kindById = new Map<string, ElementKind>();
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i]!;
    const sig = signatureOf(e);
    const container = containerOfSignature(sig);
    if (container === undefined) continue;
    if (sig.includes('>')) {
      kindById.set(e.id, 'in_row');
      continue;
    }
    kindById.set(e.id, container.endsWith('~rep') ? 'cell' : 'row');
    // Descendants follow their ancestor in document order, deeper than it.
    let end = i + 1;
    while (end < elements.length && elements[end]!.depth > e.depth) end++;
    const inside = elements.slice(i, end);
    const slots = slotsOf(inside);
    const info: RowInfo = {
      element: e,
      container,
      inside,
      slots,
      fields: rowFields(inside, slots),
      section: '',
      cut: false,
    };
    // Everything under a row is in that row (analyzeScreen does not look for lists inside rows).
    for (const x of inside) rowByElement.set(x.id, info);
    const list = rowsByContainer.get(container);
    if (list) list.push(info);
    else rowsByContainer.set(container, [info]);
  }
  // Sections: a list's non-actionable rows that show a short name (a letter, "Favorites") head the rows
  // below them; a line with a number or a date ("Order total: $26.98") is content, not a heading.
  const hasActionable = (e: UiElement): boolean =>
    e.actionable || (children.get(e.id) ?? []).some((k) => hasActionable(k));
  const isHeader = (info: RowInfo): boolean =>
    !hasActionable(info.element) && info.fields.length > 0 && fieldKind(info.fields[0]!.text) === 'name';
  for (const rows of rowsByContainer.values()) {
    let header = '';
    let parent: string | null | undefined;
    for (const info of rows) {
      const e = info.element;
      if (e.parent !== parent) {
        header = '';
        parent = e.parent;
      }
      if (isHeader(info)) header = info.fields[0]!.text;
      else info.section = header;
    }
    // Cut rows: shorter than the tallest row of the same class and id, and at the list's top or bottom edge.
    for (const info of rows) {
      const e = info.element;
      const list = e.parent ? byId.get(e.parent) : undefined;
      if (!list) continue;
      const height = e.bounds.bottom - e.bounds.top;
      const alike = rows.filter((r) => r.element.className === e.className && r.element.resourceId === e.resourceId);
      const tallest = Math.max(...alike.map((r) => r.element.bounds.bottom - r.element.bounds.top));
      const atEdge = e.bounds.top <= list.bounds.top || e.bounds.bottom >= list.bounds.bottom;
      info.cut = atEdge && height < tallest;
    }
  }

  const bySignature = new Map<ElementSignature, UiElement[]>();
  for (const e of elements) {
    const sig = signatureOf(e);
    const list = bySignature.get(sig);
    if (list) list.push(e);
    else bySignature.set(sig, [e]);
  }

  // The nearest plain text above each element in its window (document order), for telling like controls apart.
  const sections = new Map<string, string>();
  const lastText = new Map<string, string>();
  const underActionable = new Set<string>();
  for (const e of elements) {
    if (e.parent && (underActionable.has(e.parent) || byId.get(e.parent)?.actionable)) underActionable.add(e.id);
    sections.set(e.id, lastText.get(e.window) ?? '');
    if (!e.actionable && !underActionable.has(e.id) && e.text.trim() && e.role !== 'input')
      lastText.set(e.window, e.text.trim());
  }

  return {
    screen,
    analysis,
    byId,
    windowKind: (e) => kinds.get(e.window) ?? 'app',
    kindOf: (e) => kindById.get(e.id) ?? 'control',
    signatureOf,
    rowOf: (e) => rowByElement.get(e.id),
    rowsIn: (container) => rowsByContainer.get(container) ?? [],
    bySignature,
    sectionOf: (e) => sections.get(e.id) ?? '',
    pathOf: (e) => {
      const steps: string[] = [];
      for (let p = e.parent ? byId.get(e.parent) : undefined; p; p = p.parent ? byId.get(p.parent) : undefined)
        steps.push(`${shortClassName(p.className)}#${shortResourceId(p.resourceId)}`);
      return steps.reverse().join('/');
    },
    rowLabelOf: (e) => {
      const siblings = e.parent ? (children.get(e.parent) ?? []) : [];
      const words = siblings.filter((s) => s !== e && !s.actionable && s.label).map((s) => s.label);
      return words.join(', ');
    },
  };
}
