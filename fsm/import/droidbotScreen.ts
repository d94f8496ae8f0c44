/**
 * Converts one DroidBot state (`states/state_*.json`: a flat `views[]` with
 * parent/children indexes, bounds `[[x1,y1],[x2,y2]]`, class, resource_id,
 * text, content_description and the usual flags) into our Screen, so our own
 * screen identity can be applied to what DroidBot explored.
 */
import type { Bounds, ElementFlags, Screen, UiElement } from '../../drivers/screen/types.ts';
import { FsmFormatError } from '../errors.ts';
import { shortClassName } from '../identity/elementSignature.ts';
import { staticLabel } from '../identity/staticText.ts';
import { roleOfClass } from './roleOfClass.ts';

export interface DroidbotView {
  temp_id: number;
  parent: number;
  children?: number[];
  class: string | null;
  package?: string | null;
  resource_id: string | null;
  text: string | null;
  content_description: string | null;
  bounds: [[number, number], [number, number]];
  visible?: boolean;
  clickable?: boolean;
  long_clickable?: boolean;
  scrollable?: boolean;
  checkable?: boolean;
  checked?: boolean;
  enabled?: boolean;
  focusable?: boolean;
  focused?: boolean;
  selected?: boolean;
  is_password?: boolean;
  editable?: boolean;
}

export interface DroidbotState {
  state_str: string;
  foreground_activity: string;
  tag?: string;
  views: DroidbotView[];
}

/** `com.yelp.android/.ui.Foo` -> package `com.yelp.android`, activity `.ui.Foo` (full names inside the package are shortened the same way). */
export function splitComponent(component: string): { package: string; activity: string } {
  const slash = component.indexOf('/');
  if (slash < 0) return { package: component, activity: '' };
  const pkg = component.slice(0, slash);
  let activity = component.slice(slash + 1);
  if (activity.startsWith(`${pkg}.`)) activity = activity.slice(pkg.length);
  return { package: pkg, activity };
}

function boundsOf(v: DroidbotView, source: string): Bounds {
  const b = v.bounds;
  if (!Array.isArray(b) || b.length !== 2 || !Array.isArray(b[0]) || !Array.isArray(b[1])) {
    throw new FsmFormatError(`view ${v.temp_id} has bounds that are not [[x1,y1],[x2,y2]]`, source);
  }
  return { left: b[0][0], top: b[0][1], right: b[1][0], bottom: b[1][1] };
}

/** The Screen of a DroidBot state; `idOfView` maps DroidBot temp_ids to our element ids. */
export function droidbotStateToScreen(
  state: DroidbotState,
  source = 'DroidBot state',
): { screen: Screen; idOfView: Map<number, string> } {
  if (!Array.isArray(state.views) || state.views.length === 0)
    throw new FsmFormatError('DroidBot state has no views[]', source);
  const { package: pkg, activity } = splitComponent(state.foreground_activity ?? '');
  const byTemp = new Map<number, DroidbotView>();
  for (const v of state.views) byTemp.set(v.temp_id, v);
  const root = state.views.find((v) => v.parent === -1) ?? state.views[0]!;
  const rootBounds = boundsOf(root, source);

  const idOfView = new Map<number, string>();
  const elements: UiElement[] = [];
  // Depth-first from the root, so document order and parents-before-children hold.
  const visit = (v: DroidbotView, parent: string | null, depth: number): void => {
    const bounds = boundsOf(v, source);
    const keep = v.visible !== false && bounds.right > bounds.left && bounds.bottom > bounds.top;
    let id = parent;
    if (keep) {
      id = `e${elements.length}`;
      idOfView.set(v.temp_id, id);
      const flags: ElementFlags = {
        clickable: !!v.clickable,
        longClickable: !!v.long_clickable,
        scrollable: !!v.scrollable,
        checkable: !!v.checkable,
        checked: !!v.checked,
        enabled: v.enabled !== false,
        focusable: !!v.focusable,
        focused: !!v.focused,
        selected: !!v.selected,
        password: !!v.is_password,
        displayed: true,
      };
      const className = v.class ?? 'android.view.View';
      const role = roleOfClass(className, {
        clickable: flags.clickable,
        checkable: flags.checkable,
        scrollable: flags.scrollable,
        editable: !!v.editable,
      });
      const resourceId = v.resource_id ?? '';
      const text = v.text ?? '';
      const contentDesc = v.content_description ?? '';
      elements.push({
        id,
        parent,
        depth,
        className,
        role,
        package: v.package ?? pkg,
        window: 'w0',
        resourceId,
        text,
        contentDesc,
        hint: '',
        bounds,
        flags,
        actionable: flags.clickable || flags.longClickable || flags.scrollable || flags.checkable || role === 'input',
        label: text || contentDesc,
        tapPoint: { x: Math.round((bounds.left + bounds.right) / 2), y: Math.round((bounds.top + bounds.bottom) / 2) },
        locator: resourceId
          ? { strategy: 'id', value: resourceId }
          : {
              strategy: 'xpath',
              value: `//${className}[@bounds="[${bounds.left},${bounds.top}][${bounds.right},${bounds.bottom}]"]`,
            },
        signature: `${shortClassName(className)}|${resourceId}|${staticLabel(text || contentDesc)}`,
      });
    }
    const kids = v.children ?? state.views.filter((c) => c.parent === v.temp_id).map((c) => c.temp_id);
    for (const k of kids) {
      const child = byTemp.get(k);
      if (child) visit(child, id, keep ? depth + 1 : depth);
    }
  };
  visit(root, null, 0);

  // Fold the text of text-only descendants into the labels of actionable parents that have none.
  const byId = new Map(elements.map((e) => [e.id, e]));
  for (let i = elements.length - 1; i >= 0; i--) {
    const e = elements[i]!;
    if (!e.label || e.actionable || !e.parent) continue;
    let p = byId.get(e.parent);
    while (p && !p.actionable) p = p.parent ? byId.get(p.parent) : undefined;
    if (p && !p.text && !p.contentDesc) p.label = p.label ? `${e.label} ${p.label}` : e.label;
  }

  const screen: Screen = {
    format: 'uiautomator',
    width: rootBounds.right - rootBounds.left,
    height: rootBounds.bottom - rootBounds.top,
    rotation: 0,
    foregroundPackage: pkg,
    windows: [{ id: 'w0', kind: 'app', package: pkg, bounds: rootBounds }],
    elements,
  };
  if (activity) screen.activity = activity;
  return { screen, idOfView };
}
