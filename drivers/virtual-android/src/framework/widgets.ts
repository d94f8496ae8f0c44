/**
 * Building blocks apps compose screens from. Each returns a plain View with
 * the class names, resource ids and flags real Android widgets report, so
 * screens built from them look to a parser like real ones.
 */
import type { Handler, InputBinding, View } from './types.ts';

type Props<S> = Partial<View<S>>;

export const ROW_H = 176;
export const TOOLBAR_H = 168;

export function column<S>(props: Props<S>, children: View<S>[]): View<S> {
  return { cls: 'android.widget.LinearLayout', dir: 'col', ...props, children };
}

export function row<S>(props: Props<S>, children: View<S>[]): View<S> {
  return { cls: 'android.widget.LinearLayout', dir: 'row', ...props, children };
}

export function frame<S>(props: Props<S>, children: View<S>[]): View<S> {
  return { cls: 'android.widget.FrameLayout', dir: 'overlay', ...props, children };
}

/** The root of a screen: fills the content area. */
export function screen<S>(children: View<S>[], props: Props<S> = {}): View<S> {
  return { cls: 'android.widget.LinearLayout', dir: 'col', grow: 1, ...props, children };
}

export function text<S>(value: string, props: Props<S> = {}): View<S> {
  return { cls: 'android.widget.TextView', text: value, h: 64, ...props };
}

export function heading<S>(value: string, props: Props<S> = {}): View<S> {
  return text(value, { h: 112, heading: true, style: { size: 40, bold: true }, pad: [36, 48, 0, 48], ...props });
}

export function button<S>(label: string, onTap: Handler<S>, props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.Button',
    text: label,
    clickable: true,
    focusable: true,
    onTap,
    h: 132,
    style: { bg: '#d3e3fd', radius: 60, align: 'center', bold: true },
    ...props,
  };
}

export function imageButton<S>(desc: string, onTap: Handler<S>, props: Props<S> = {}): View<S> {
  return { cls: 'android.widget.ImageButton', desc, clickable: true, focusable: true, onTap, w: 144, h: 144, ...props };
}

/** Standard app bar: Navigate up (when `up`), title, action buttons. */
export function toolbar<S>(title: string, options: { up?: boolean; actions?: View<S>[]; id?: string } = {}): View<S> {
  const children: View<S>[] = [];
  if (options.up) children.push(imageButton<S>('Navigate up', (a) => a.back(), { h: TOOLBAR_H, w: 160 }));
  children.push(
    text<S>(title, {
      id: options.id ?? 'toolbar_title',
      h: TOOLBAR_H,
      grow: 1,
      heading: true,
      pad: [0, 0, 0, options.up ? 0 : 48],
      style: { size: 44 },
    }),
  );
  for (const action of options.actions ?? []) children.push({ h: TOOLBAR_H, ...action });
  return { cls: 'android.view.ViewGroup', id: 'toolbar', dir: 'row', h: TOOLBAR_H, children };
}

/** A vertical list that scrolls when longer than its box; off-screen rows are absent from page source. */
export function list<S>(scrollKey: string, items: View<S>[], props: Props<S> = {}): View<S> {
  return {
    cls: 'androidx.recyclerview.widget.RecyclerView',
    id: 'recycler_view',
    dir: 'col',
    scrollKey,
    grow: 1,
    focusable: true,
    ...props,
    children: items,
  };
}

export interface ListItemOptions<S> {
  title: string;
  summary?: string;
  onTap?: Handler<S>;
  onLongTap?: Handler<S>;
  /** Trailing widget (a switch, a checkbox, a value). */
  trailing?: View<S>;
  id?: string;
  titleId?: string;
  summaryId?: string;
  selected?: boolean;
  /** The item's id (evaluation-only node identity, see View.key). */
  key?: string;
}

/** Two-line row: title (android:id/title) and summary (android:id/summary), as preference screens have. */
export function listItem<S>(o: ListItemOptions<S>): View<S> {
  const texts: View<S>[] = [text<S>(o.title, { id: o.titleId ?? 'android:id/title', h: 60, style: { size: 38 } })];
  if (o.summary !== undefined)
    texts.push(
      text<S>(o.summary, { id: o.summaryId ?? 'android:id/summary', h: 52, style: { size: 30, color: '#5f6368' } }),
    );
  const children: View<S>[] = [column<S>({ cls: 'android.widget.RelativeLayout', grow: 1, pad: [28, 0, 0, 0] }, texts)];
  if (o.trailing) children.push(o.trailing);
  return {
    cls: 'android.widget.LinearLayout',
    id: o.id,
    key: o.key,
    dir: 'row',
    h: ROW_H,
    pad: [0, 48, 0, 48],
    clickable: Boolean(o.onTap),
    focusable: Boolean(o.onTap),
    longClickable: Boolean(o.onLongTap),
    selected: o.selected,
    onTap: o.onTap,
    onLongTap: o.onLongTap,
    children,
  };
}

export function switchWidget<S>(checked: boolean, props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.Switch',
    id: 'android:id/switch_widget',
    text: '',
    checkable: true,
    checked,
    focusable: true,
    w: 150,
    ...props,
  };
}

/** A row with a switch; tapping the row or the switch toggles. */
export function switchRow<S>(o: {
  title: string;
  summary?: string;
  checked: boolean;
  onToggle: (a: Parameters<Handler<S>>[0], on: boolean) => void;
  id?: string;
  key?: string;
}): View<S> {
  const toggle: Handler<S> = (a) => o.onToggle(a, !o.checked);
  return listItem<S>({
    title: o.title,
    summary: o.summary,
    id: o.id,
    key: o.key,
    onTap: toggle,
    trailing: switchWidget<S>(o.checked, { clickable: true, onTap: toggle }),
  });
}

export function checkbox<S>(label: string, checked: boolean, onTap: Handler<S>, props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.CheckBox',
    text: label,
    checkable: true,
    checked,
    clickable: true,
    focusable: true,
    onTap,
    h: 120,
    ...props,
  };
}

export function radio<S>(label: string, checked: boolean, onTap: Handler<S>, props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.RadioButton',
    text: label,
    checkable: true,
    checked,
    clickable: true,
    focusable: true,
    onTap,
    h: 144,
    pad: [0, 48, 0, 48],
    ...props,
  };
}

/** A text field. Empty fields report their hint as text with showing-hint, as Android does. */
export function editText<S>(id: string, hint: string, input: InputBinding<S>, props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.EditText',
    id,
    hint,
    text: input.value,
    input,
    clickable: true,
    focusable: true,
    longClickable: true,
    h: 150,
    pad: [0, 48, 0, 48],
    style: { border: '#79747e', radius: 12 },
    ...props,
  };
}

export interface TabSpec<S> {
  label: string;
  selected: boolean;
  onTap: Handler<S>;
}

export function tabs<S>(items: TabSpec<S>[], props: Props<S> = {}): View<S> {
  return {
    cls: 'android.widget.HorizontalScrollView',
    id: 'tabs',
    dir: 'row',
    h: 144,
    ...props,
    children: items.map((t) => ({
      cls: 'android.widget.LinearLayout',
      desc: t.label,
      selected: t.selected,
      clickable: true,
      focusable: true,
      onTap: t.onTap,
      grow: 1,
      dir: 'col' as const,
      style: t.selected ? { border: '#0b57d0' } : undefined,
      children: [
        text<S>(t.label, {
          id: 'tab_label',
          grow: 1,
          h: undefined,
          selected: t.selected,
          style: { align: 'center', bold: t.selected },
        }),
      ],
    })),
  };
}

/** Floating action button, bottom right of its parent (put it in a frame with the list). */
export function fab<S>(desc: string, onTap: Handler<S>, id = 'fab'): View<S> {
  return {
    cls: 'android.widget.ImageButton',
    id,
    desc,
    clickable: true,
    focusable: true,
    onTap,
    float: { right: 64, bottom: 64, w: 196, h: 196 },
    style: { bg: '#c2e7ff', radius: 48 },
  };
}

export function emptyState<S>(message: string, id = 'empty_view'): View<S> {
  return text<S>(message, { id, grow: 1, h: undefined, style: { align: 'center', color: '#5f6368' } });
}

export function spacer<S>(h: number): View<S> {
  return { cls: 'android.view.View', h, children: [] };
}

export interface DialogButton<S> {
  label: string;
  onTap: Handler<S>;
}

/**
 * An AlertDialog body: title (android:id/alertTitle), message or custom
 * content, buttons android:id/button1 (positive), button2 (negative), button3 (neutral).
 */
export function alert<S>(o: {
  title?: string;
  message?: string;
  body?: View<S>[];
  positive?: DialogButton<S>;
  negative?: DialogButton<S>;
  neutral?: DialogButton<S>;
}): View<S> {
  const children: View<S>[] = [];
  if (o.title)
    children.push(text<S>(o.title, { id: 'android:id/alertTitle', h: 120, pad: [40, 64, 0, 64], style: { size: 44 } }));
  if (o.message) children.push(text<S>(o.message, { id: 'android:id/message', h: 150, pad: [20, 64, 0, 64] }));
  for (const b of o.body ?? []) children.push(b);
  const buttons: View<S>[] = [spacer<S>(0)];
  buttons[0]!.grow = 1;
  const mk = (b: DialogButton<S>, id: string): View<S> => ({
    cls: 'android.widget.Button',
    id,
    text: b.label.toUpperCase(),
    clickable: true,
    focusable: true,
    onTap: b.onTap,
    w: 260,
    style: { align: 'center', color: '#0b57d0', bold: true },
  });
  if (o.neutral) buttons.push(mk(o.neutral, 'android:id/button3'));
  if (o.negative) buttons.push(mk(o.negative, 'android:id/button2'));
  if (o.positive) buttons.push(mk(o.positive, 'android:id/button1'));
  children.push({
    cls: 'android.widget.LinearLayout',
    id: 'android:id/buttonPanel',
    dir: 'row',
    h: 150,
    pad: [0, 32, 0, 32],
    children: buttons,
  });
  return { cls: 'android.widget.LinearLayout', id: 'android:id/parentPanel', dir: 'col', children };
}

export { overflowMenu } from './overflowMenu.ts';
export { datePickerDialog, type DateParts, type DatePickerOptions } from './datePickerDialog.ts';
