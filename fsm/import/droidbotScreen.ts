/**
 * Converts one DroidBot state (`states/state_*.json`: a flat `views[]` with
 * parent/children indexes, bounds `[[x1,y1],[x2,y2]]`, class, resource_id,
 * text, content_description and the usual flags) into our Screen, through the
 * same builder live page source goes through (drivers/screen buildScreen), so
 * an imported screen gets the roles, labels and window kinds a live
 * observation of it would get, and the same state key.
 *
 * DroidBot records the active window only: a dialog or menu is dumped as its
 * own window, smaller than the screen. Given the device's size (the state's
 * own `width`/`height` in the AutoDroid fork, else the largest window of the
 * trace), such a window is classified as what it is instead of an app screen.
 */
import { buildScreen, type RawHierarchy, type RawNode, type Screen } from '../../drivers/screen/index.ts';
import { FsmFormatError } from '../errors.ts';

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
  /** DroidBot's content-free structure hash (class and resource id of every view). */
  state_str_content_free?: string;
  foreground_activity: string;
  tag?: string;
  /** Device screen size (the AutoDroid fork writes it; original DroidBot does not). */
  width?: number;
  height?: number;
  views: DroidbotView[];
}

export interface DeviceSize {
  width: number;
  height: number;
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

function boundsOf(v: DroidbotView, source: string): RawNode['bounds'] {
  const b = v.bounds;
  if (!Array.isArray(b) || b.length !== 2 || !Array.isArray(b[0]) || !Array.isArray(b[1])) {
    throw new FsmFormatError(`view ${v.temp_id} has bounds that are not [[x1,y1],[x2,y2]]`, source);
  }
  return { left: b[0][0], top: b[0][1], right: b[1][0], bottom: b[1][1] };
}

function rootOf(state: DroidbotState): DroidbotView {
  return state.views.find((v) => v.parent === -1) ?? state.views[0]!;
}

/** The device's screen size over a trace: a state's own `width`/`height`, else the largest window any state shows. */
export function deviceSizeOf(states: readonly DroidbotState[]): DeviceSize | undefined {
  let width = 0;
  let height = 0;
  for (const s of states) {
    if (s.width && s.height) return { width: s.width, height: s.height };
    if (!Array.isArray(s.views) || s.views.length === 0) continue;
    const b = rootOf(s).bounds;
    if (Array.isArray(b) && Array.isArray(b[1])) {
      width = Math.max(width, b[1][0]);
      height = Math.max(height, b[1][1]);
    }
  }
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/** The Screen of a DroidBot state; `device` is the screen size when the state itself does not say it. */
export function droidbotStateToScreen(
  state: DroidbotState,
  source = 'DroidBot state',
  device?: DeviceSize,
): { screen: Screen } {
  if (!Array.isArray(state.views) || state.views.length === 0)
    throw new FsmFormatError('DroidBot state has no views[]', source);
  const { package: pkg, activity } = splitComponent(state.foreground_activity ?? '');
  const byTemp = new Map<number, DroidbotView>();
  for (const v of state.views) byTemp.set(v.temp_id, v);
  let nodeCount = 0;
  const seen = new Set<number>();
  const toRaw = (v: DroidbotView, parent: RawNode | null): RawNode => {
    seen.add(v.temp_id);
    nodeCount++;
    const n: RawNode = {
      tag: 'node',
      className: v.class ?? 'android.view.View',
      text: v.text ?? '',
      resourceId: v.resource_id ?? '',
      contentDesc: v.content_description ?? '',
      hint: '',
      package: v.package ?? pkg,
      bounds: boundsOf(v, source),
      checkable: !!v.checkable,
      checked: !!v.checked,
      clickable: !!v.clickable,
      longClickable: !!v.long_clickable,
      enabled: v.enabled !== false,
      focusable: !!v.focusable,
      focused: !!v.focused,
      scrollable: !!v.scrollable,
      password: !!v.is_password,
      selected: !!v.selected,
      // DroidBot's `visible` is the view's own visibility to the user; a hidden view's subtree is hidden too.
      displayed: v.visible !== false,
      // DroidBot does not record whether a field shows its hint.
      showingHint: false,
      parent,
      children: [],
    };
    const kids = v.children ?? state.views.filter((c) => c.parent === v.temp_id).map((c) => c.temp_id);
    for (const k of kids) {
      const child = byTemp.get(k);
      if (child && !seen.has(k)) n.children.push(toRaw(child, n));
    }
    return n;
  };
  const root = toRaw(rootOf(state), null);
  const size = state.width && state.height ? { width: state.width, height: state.height } : device;
  const raw: RawHierarchy = {
    format: 'uiautomator',
    rotation: 0,
    width: size?.width ?? null,
    height: size?.height ?? null,
    roots: [root],
    nodeCount,
  };
  const screen = buildScreen(raw, { ...(size ?? {}), ...(activity ? { activity } : {}) });
  return { screen };
}
