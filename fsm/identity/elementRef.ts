/**
 * A stored reference to an element: what identifies it across observations and content changes, as
 * plain JSON (it lives in the knowledge store and in AbstractAction). `reidentify` maps it back to the
 * element on a later screen, or says it is not there.
 *
 * Static controls (toolbar buttons, tabs, fields, switches) are named by signature plus context (title,
 * the text above them, the caption beside an unlabelled switch). List rows and grid cells are named by
 * their own content (which alarm, which contact, which key), never by position or per-screen id; an
 * element inside a row by its row plus its slot in the row.
 */
import type { ElementRole, Screen, WindowKind } from '../../drivers/screen/types.ts';
import { FsmFormatError, FsmLookupError } from '../errors.ts';
import type { ScreenAnalysis } from './analyzeScreen.ts';
import { type ElementSignature, shortClassName, shortResourceId } from './elementSignature.ts';
import type { RowField } from './rowContent.ts';
import { screenIndex, type ElementKind, type RowInfo } from './screenIndex.ts';
import { staticLabel } from './staticText.ts';

export const ELEMENT_REF_VERSION = 1;

export interface RowRef {
  /** The list (or repeating parent) the row belongs to. */
  container: string;
  /** Short class and resource id of the row element itself. */
  className: string;
  resourceId: string;
  /** The row element's label when stored (folded texts of the row). */
  label: string;
  fields: RowField[];
  /** Header above it in its list when stored ('' when none was on screen). */
  section: string;
  /** Another row on the stored screen showed exactly the same content in the same section. */
  twin?: true;
  /** It was cut by its list's edge when stored: its first text shown may not be its primary one. */
  cut?: true;
  /**
   * The row is a field of a form-like list (a details page: every row with an id has its own id, as
   * `route_duration`, `phone_entry`), so its id names it whatever it shows. Item lists repeat row ids.
   */
  field?: true;
}

export interface ElementRef {
  v: typeof ELEMENT_REF_VERSION;
  kind: ElementKind;
  /** analyzeScreen's signature, with its dlg:/pop:/sys: prefix. */
  signature: ElementSignature;
  role: ElementRole;
  /** Short class name and short resource id (`digit_3`, `android:title`). */
  className: string;
  resourceId: string;
  window: WindowKind;
  /** The label shown when stored, and its static part (what the signature keeps). */
  label: string;
  staticLabel: string;
  text?: string;
  desc?: string;
  hint?: string;
  /** The row or cell it is (kind row/cell) or lies in (kind in_row). */
  row?: RowRef;
  /** Kind in_row: its slot in the row (`<class>#<id>:<n>`). */
  slot?: string;
  context: {
    title: string;
    dialogTitle?: string;
    /** The nearest plain text above a control (a section heading, a label). */
    section?: string;
    /** The captions beside a control in a row of its own (an unlabelled switch's row label). */
    rowLabel?: string;
    /** Kind control: its ancestors' `<class>#<id>`, root first (where it sits in the layout). */
    path?: string;
  };
}

function rowRef(info: RowInfo, rowsOfList: readonly RowInfo[]): RowRef {
  const e = info.element;
  const others = rowsOfList.filter((r) => r !== info);
  const fields = info.fields.map((f) => {
    const shared = others.some((r) => r.fields.some((g) => g.slot === f.slot && g.text === f.text));
    return shared ? { ...f, shared: true as const } : { ...f };
  });
  const same = (r: RowInfo): boolean =>
    r.section === info.section &&
    r.fields.length === info.fields.length &&
    r.fields.every((g, i) => g.slot === info.fields[i]!.slot && g.text === info.fields[i]!.text);
  const ref: RowRef = {
    container: info.container,
    className: shortClassName(e.className),
    resourceId: shortResourceId(e.resourceId),
    label: e.label,
    fields,
    section: info.section,
  };
  if (others.some(same)) ref.twin = true;
  if (info.cut) ref.cut = true;
  if (ref.resourceId && isFormList(rowsOfList)) ref.field = true;
  return ref;
}

/** A list whose rows with ids (at least two) all have ids of their own: a details page or form, not a list of items. */
export function isFormList(rows: readonly RowInfo[]): boolean {
  const ids = rows.map((r) => r.element.resourceId).filter((id) => id !== '');
  return ids.length >= 2 && new Set(ids).size === ids.length;
}

/** A reference to element `elementId` of `screen` (`analysis` is that screen's analyzeScreen/stateKey result). */
export function elementRef(screen: Screen, analysis: ScreenAnalysis, elementId: string): ElementRef {
  const index = screenIndex(screen, analysis);
  const e = index.byId.get(elementId);
  if (!e)
    throw new FsmLookupError(
      `no element ${elementId} on this screen (it has e0..e${screen.elements.length - 1}); take the id from the same observation`,
    );
  const kind = index.kindOf(e);
  const ref: ElementRef = {
    v: ELEMENT_REF_VERSION,
    kind,
    signature: index.signatureOf(e),
    role: e.role,
    className: shortClassName(e.className),
    resourceId: shortResourceId(e.resourceId),
    window: index.windowKind(e),
    label: e.label,
    staticLabel: staticLabel(e.label),
    context: { title: analysis.title },
  };
  if (e.text) ref.text = e.text;
  if (e.contentDesc) ref.desc = e.contentDesc;
  if (e.hint) ref.hint = e.hint;
  if (analysis.dialogTitle !== undefined) ref.context.dialogTitle = analysis.dialogTitle;
  const row = index.rowOf(e);
  if (kind !== 'control' && row) {
    ref.row = rowRef(row, index.rowsIn(row.container));
    if (kind === 'in_row') ref.slot = row.slots[row.inside.indexOf(e)]!;
  } else {
    const section = index.sectionOf(e);
    if (section) ref.context.section = section;
    const rowLabel = index.rowLabelOf(e);
    if (rowLabel) ref.context.rowLabel = rowLabel;
    ref.context.path = index.pathOf(e);
  }
  return ref;
}

const KINDS: readonly string[] = ['control', 'row', 'cell', 'in_row'];

/** Validates a stored reference (a knowledge-store row, a shortcut file) into an ElementRef. */
export function parseElementRef(value: unknown, source = 'element reference'): ElementRef {
  const fail = (what: string): never => {
    throw new FsmFormatError(
      `${what}; store a reference made by elementRef() (version ${ELEMENT_REF_VERSION})`,
      source,
    );
  };
  if (typeof value !== 'object' || value === null) return fail('an element reference must be an object');
  const v = value as Record<string, unknown>;
  if (v.v !== ELEMENT_REF_VERSION) fail(`unsupported element reference version ${JSON.stringify(v.v)}`);
  if (typeof v.kind !== 'string' || !KINDS.includes(v.kind))
    fail(`element reference kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(v.kind)}`);
  for (const field of ['signature', 'role', 'className', 'resourceId', 'window', 'label', 'staticLabel'])
    if (typeof v[field] !== 'string') fail(`element reference field "${field}" must be a string`);
  const context = v.context as Record<string, unknown> | undefined;
  if (typeof context !== 'object' || context === null || typeof context.title !== 'string')
    fail('element reference needs a context with a title (a string, may be empty)');
  if (v.kind !== 'control') {
    const row = v.row as Record<string, unknown> | undefined;
    if (typeof row !== 'object' || row === null || !Array.isArray(row.fields) || typeof row.container !== 'string')
      fail(`a ${String(v.kind)} reference needs row.container and row.fields`);
    for (const f of (row as { fields: unknown[] }).fields) {
      const field = f as Record<string, unknown>;
      if (typeof field?.slot !== 'string' || typeof field.text !== 'string')
        fail('each row field needs a slot and a text (strings)');
    }
    if (v.kind === 'in_row' && typeof v.slot !== 'string') fail('an in_row reference needs its slot in the row');
  }
  return value as ElementRef;
}
