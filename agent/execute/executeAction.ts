/**
 * Carries out one Action on the device (design step 5), reading element ids
 * against the Screen the action was chosen on: an element is tapped at its
 * tap point (what the agent saw is what it hits), a field is typed into after
 * a tap, open_app goes through device.openApp when the package is known and
 * through the launcher icon otherwise, copy/paste use the clipboard. `type`
 * replaces a field's text: a filled field is cleared first.
 */
import type { Device, Target } from '../../drivers/device/Device.ts';
import {
  elementByLabel,
  elementById,
  fieldValue,
  isLauncherPackage,
  parsePageSource,
} from '../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import type { Action } from '../actions/index.ts';
import { ActionTargetError } from './ActionTargetError.ts';
import type { AppDirectory } from './AppDirectory.ts';

export interface ExecuteResult {
  /** The element acted on, when there was one. */
  element?: UiElement;
  /** What was done, in words, for the trajectory. */
  detail: string;
}

function elementOf(screen: Screen, action: Action, id: string | undefined): UiElement | undefined {
  if (id === undefined) return undefined;
  const e = elementById(screen, id);
  if (!e) throw new ActionTargetError(action.type, id, `element ${id} is not on the current screen`);
  return e;
}

function pointTarget(e: UiElement): Target {
  return { point: e.tapPoint };
}

/**
 * A field to type into or clear: by its resource id or description when it has one, because focusing it
 * brings up the keyboard, which moves a dialog up, so the point it had is no longer on it when the text comes.
 */
function fieldTarget(e: UiElement): Target {
  return e.locator.strategy === 'id' || e.locator.strategy === 'accessibility id'
    ? { locator: e.locator }
    : pointTarget(e);
}

function targetOf(
  screen: Screen,
  action: Action & { element?: string; x?: number; y?: number },
): { target: Target; element?: UiElement } {
  const e = elementOf(screen, action, action.element);
  if (e) return { target: pointTarget(e), element: e };
  if (action.x !== undefined && action.y !== undefined) return { target: { point: { x: action.x, y: action.y } } };
  throw new ActionTargetError(action.type, '', 'no element and no x,y given');
}

async function launcherIcon(device: Device, label: string): Promise<UiElement | undefined> {
  const obs = await device.observe();
  const screen = parsePageSource(obs.pageSource, { activity: obs.activity });
  const icon = elementByLabel(screen, label);
  return icon && icon.actionable && isLauncherPackage(icon.package) ? icon : undefined;
}

export async function executeAction(
  device: Device,
  action: Action,
  screen: Screen,
  apps: AppDirectory,
): Promise<ExecuteResult> {
  switch (action.type) {
    case 'tap': {
      const { target, element } = targetOf(screen, action);
      await device.tap(target);
      return {
        ...(element ? { element } : {}),
        detail: element ? `tap ${element.id} "${element.label}"` : `tap at ${JSON.stringify(target)}`,
      };
    }
    case 'long_press': {
      const { target, element } = targetOf(screen, action);
      await device.longPress(target, action.durationMs);
      return { ...(element ? { element } : {}), detail: `long press ${element ? `"${element.label}"` : 'point'}` };
    }
    case 'type': {
      const element = elementOf(screen, action, action.element);
      const options: { target?: Target; submit?: boolean } = {};
      if (element) options.target = fieldTarget(element);
      if (action.submit) options.submit = true;
      // `type` replaces what the field holds (the tool says so); devices append, so a filled field is emptied first.
      const field = element ?? screen.elements.find((e) => e.role === 'input' && e.flags.focused);
      if (field && !field.flags.password && fieldValue(field) !== '') await device.clear(fieldTarget(field));
      await device.type(action.text, options);
      return { ...(element ? { element } : {}), detail: `type "${action.text}"${action.submit ? ' + Enter' : ''}` };
    }
    case 'clear': {
      const element = elementOf(screen, action, action.element)!;
      await device.clear(fieldTarget(element));
      return { element, detail: `clear "${element.label}"` };
    }
    case 'swipe': {
      const { width, height } = screen;
      const mid = { x: Math.round(width / 2), y: Math.round(height / 2) };
      const dx = Math.round(width * 0.35);
      const dy = Math.round(height * 0.25);
      let from = action.from;
      let to = action.to;
      if (action.direction) {
        const d = { up: [0, -dy], down: [0, dy], left: [-dx, 0], right: [dx, 0] }[action.direction] as [number, number];
        from = { x: mid.x - d[0], y: mid.y - d[1] };
        to = { x: mid.x + d[0], y: mid.y + d[1] };
      }
      await device.swipe(from!, to!, action.durationMs);
      return { detail: `swipe ${action.direction ?? 'from point to point'}` };
    }
    case 'scroll': {
      const element = elementOf(screen, action, action.element);
      await device.scroll(action.direction, element ? { locator: element.locator } : undefined);
      return { ...(element ? { element } : {}), detail: `scroll ${action.direction}` };
    }
    case 'back':
      await device.back();
      return { detail: 'back' };
    case 'home':
      await device.home();
      return { detail: 'home' };
    case 'enter':
      await device.enter();
      return { detail: 'enter' };
    case 'wait':
      await device.wait(action.ms);
      return { detail: `wait ${action.ms} ms` };
    case 'open_app': {
      const pkg = action.package ?? (action.app ? apps.packageOf(action.app) : undefined);
      if (pkg && action.fresh) {
        await device.relaunchApp(pkg);
        return { detail: `relaunch ${action.app ?? pkg} (${pkg})` };
      }
      if (pkg) {
        await device.openApp(pkg);
        return { detail: `open ${action.app ?? pkg} (${pkg})` };
      }
      const label = action.app!;
      await device.home();
      const icon = await launcherIcon(device, label);
      if (!icon)
        throw new ActionTargetError(
          'open_app',
          label,
          `no launcher icon labelled "${label}" (known: ${apps.labels.join(', ') || 'none seen yet'})`,
        );
      await device.tap(pointTarget(icon));
      return { element: icon, detail: `open ${label} from its launcher icon` };
    }
    case 'switch_app': {
      const pkg = action.app ? apps.packageOf(action.app) : undefined;
      if (pkg) {
        await device.openApp(pkg);
        return { detail: `switch to ${action.app} (${pkg})` };
      }
      await device.recents();
      if (!action.app) return { detail: 'recents' };
      const obs = await device.observe();
      const recents = parsePageSource(obs.pageSource, { activity: obs.activity });
      const card =
        elementByLabel(recents, action.app) ??
        recents.elements.find((e) => e.actionable && e.label.toLowerCase().includes(action.app!.toLowerCase()));
      if (!card) throw new ActionTargetError('switch_app', action.app, `"${action.app}" is not among the recent apps`);
      await device.tap(pointTarget(card));
      return { element: card, detail: `switch to ${action.app} from recents` };
    }
    case 'copy': {
      const element = elementOf(screen, action, action.element);
      const text = action.text ?? (element ? element.text || element.label : '');
      await device.setClipboard(text);
      return { ...(element ? { element } : {}), detail: `copy "${text}"` };
    }
    case 'paste': {
      const element = elementOf(screen, action, action.element);
      const text = await device.getClipboard();
      await device.type(text, element ? { target: pointTarget(element) } : {});
      return { ...(element ? { element } : {}), detail: `paste "${text}"` };
    }
    case 'finish':
      return { detail: `finish (${action.success ? 'success' : 'gave up'})` };
  }
}
