/**
 * Builds Screen objects by hand for FSM tests, so identity cases (other
 * content, scrolled list, title-only difference, dialog over a screen) can be
 * stated precisely without a device or a page-source parser.
 */
import type {
  Bounds,
  ElementFlags,
  ElementRole,
  Screen,
  ScreenWindow,
  UiElement,
  WindowKind,
} from '../../../drivers/screen/types.ts';
import { roleOfClass } from '../../../fsm/import/roleOfClass.ts';

export interface NodeSpec {
  cls?: string;
  role?: ElementRole;
  id?: string;
  text?: string;
  desc?: string;
  hint?: string;
  /** [left, top, right, bottom]; defaults to a 100 px row under the previous sibling. */
  bounds?: [number, number, number, number];
  clickable?: boolean;
  scrollable?: boolean;
  selected?: boolean;
  checked?: boolean;
  children?: NodeSpec[];
}

export interface WindowSpec {
  kind: WindowKind;
  pkg?: string;
  root: NodeSpec;
}

export interface ScreenSpec {
  pkg: string;
  activity?: string;
  width?: number;
  height?: number;
  windows: WindowSpec[];
}

export const node = (cls: string, props: Omit<NodeSpec, 'cls'> = {}): NodeSpec => ({ cls, ...props });
export const text = (t: string, props: Omit<NodeSpec, 'cls' | 'text'> = {}): NodeSpec => ({
  cls: 'android.widget.TextView',
  text: t,
  ...props,
});
export const button = (t: string, id = '', props: Omit<NodeSpec, 'cls' | 'text' | 'id'> = {}): NodeSpec => ({
  cls: 'android.widget.Button',
  text: t,
  id,
  clickable: true,
  ...props,
});
export const input = (hint: string, id: string, typed = ''): NodeSpec => ({
  cls: 'android.widget.EditText',
  hint,
  id,
  text: typed,
  clickable: true,
});
export const toolbar = (title: string, ...extra: NodeSpec[]): NodeSpec =>
  node('androidx.appcompat.widget.Toolbar', {
    id: 'com.example:id/toolbar',
    bounds: [0, 80, 1080, 220],
    children: [
      node('android.widget.ImageButton', { desc: 'Navigate up', clickable: true, bounds: [0, 80, 140, 220] }),
      text(title, { bounds: [160, 100, 700, 200] }),
      ...extra,
    ],
  });
export const row = (...labels: string[]): NodeSpec =>
  node('android.widget.LinearLayout', {
    id: 'com.example:id/row',
    clickable: true,
    children: labels.map((l, i) => text(l, { id: i === 0 ? 'com.example:id/primary' : 'com.example:id/secondary' })),
  });
export const list = (id: string, rows: NodeSpec[]): NodeSpec =>
  node('androidx.recyclerview.widget.RecyclerView', {
    id,
    scrollable: true,
    bounds: [0, 240, 1080, 2200],
    children: rows,
  });
export const frame = (...children: NodeSpec[]): NodeSpec => node('android.widget.FrameLayout', { children });

const FLAG_DEFAULTS: ElementFlags = {
  clickable: false,
  longClickable: false,
  scrollable: false,
  checkable: false,
  checked: false,
  enabled: true,
  focusable: false,
  focused: false,
  selected: false,
  password: false,
  displayed: true,
};

export function buildScreen(spec: ScreenSpec): Screen {
  const width = spec.width ?? 1080;
  const height = spec.height ?? 2400;
  const elements: UiElement[] = [];
  const windows: ScreenWindow[] = [];
  spec.windows.forEach((w, wi) => {
    const windowId = `w${wi}`;
    const pkg = w.pkg ?? spec.pkg;
    const rootBounds: Bounds = w.root.bounds
      ? toBounds(w.root.bounds)
      : { left: 0, top: 0, right: width, bottom: height };
    windows.push({ id: windowId, kind: w.kind, package: pkg, bounds: rootBounds });
    let nextTop = rootBounds.top;
    const add = (n: NodeSpec, parent: string | null, depth: number, fallback: Bounds): UiElement => {
      const id = `e${elements.length}`;
      const bounds = n.bounds ? toBounds(n.bounds) : fallback;
      const cls = n.cls ?? 'android.view.View';
      const flags: ElementFlags = {
        ...FLAG_DEFAULTS,
        clickable: !!n.clickable,
        scrollable: !!n.scrollable,
        selected: !!n.selected,
        checked: !!n.checked,
        checkable: n.checked !== undefined,
      };
      const role =
        n.role ??
        roleOfClass(cls, { clickable: flags.clickable, checkable: flags.checkable, scrollable: flags.scrollable });
      const el: UiElement = {
        id,
        parent,
        depth,
        className: cls,
        role,
        package: pkg,
        window: windowId,
        resourceId: n.id ?? '',
        text: n.text ?? '',
        contentDesc: n.desc ?? '',
        hint: n.hint ?? '',
        bounds,
        flags,
        actionable: flags.clickable || flags.scrollable || role === 'input',
        label: '',
        tapPoint: { x: Math.round((bounds.left + bounds.right) / 2), y: Math.round((bounds.top + bounds.bottom) / 2) },
        locator: n.id
          ? { strategy: 'id', value: n.id }
          : { strategy: 'xpath', value: `//*[@index="${elements.length}"]` },
        signature: '',
      };
      elements.push(el);
      const kids = (n.children ?? []).map((c) => {
        const childFallback = { left: bounds.left, top: nextTop, right: bounds.right, bottom: nextTop + 100 };
        nextTop += 100;
        return add(c, id, depth + 1, childFallback);
      });
      el.label =
        el.text ||
        el.contentDesc ||
        el.hint ||
        kids
          .map((k) => k.label)
          .filter(Boolean)
          .join(' ');
      return el;
    };
    add(w.root, null, 0, rootBounds);
  });
  const result: Screen = {
    format: 'uiautomator',
    width,
    height,
    rotation: 0,
    foregroundPackage: spec.pkg,
    windows,
    elements,
  };
  if (spec.activity) result.activity = spec.activity;
  return result;
}

function toBounds([left, top, right, bottom]: [number, number, number, number]): Bounds {
  return { left, top, right, bottom };
}

/** A status bar window with a clock and a battery level: dynamic, and never part of identity. */
export function statusBar(time: string, battery: string): WindowSpec {
  return {
    kind: 'status_bar',
    pkg: 'com.android.systemui',
    root: node('android.widget.FrameLayout', {
      bounds: [0, 0, 1080, 80],
      children: [text(time, { id: 'com.android.systemui:id/clock' }), text(battery)],
    }),
  };
}

/** A Material tab strip whose tab at `selected` is selected: identity must tell the pages apart by it. */
export function tabLayout(labels: string[], selected: number): NodeSpec {
  return node('com.google.android.material.tabs.TabLayout', {
    children: labels.map((t, i) =>
      node('com.google.android.material.tabs.TabLayout$TabView', {
        desc: t,
        clickable: true,
        selected: i === selected,
      }),
    ),
  });
}

/** An on-screen keyboard window: it comes and goes with focus, and never part of identity. */
export function keyboardWindow(): WindowSpec {
  return { kind: 'keyboard', pkg: 'com.android.inputmethod', root: frame(button('q', 'key_q'), button('w', 'key_w')) };
}
