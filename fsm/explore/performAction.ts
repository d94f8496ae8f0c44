/**
 * Carries out an abstract action on a device, finding its element on the
 * current screen by signature (the FSM never stores coordinates). Returns
 * false when the element is not there, so the caller can re-plan.
 */
import type { Device } from '../../drivers/device/Device.ts';
import type { AbstractAction } from '../AbstractAction.ts';
import type { FsmTracker } from '../FsmTracker.ts';
import { PLACEHOLDER_TEXT } from './candidateActions.ts';

export async function performAction(device: Device, tracker: FsmTracker, action: AbstractAction): Promise<boolean> {
  // List rows share one signature (their content is not identity): the row with the label seen when the
  // action was taken is the one meant, when it is on screen.
  const matches = action.target ? tracker.elementsMatching(action.target) : [];
  const element = matches.find((e) => action.label !== undefined && e.label === action.label) ?? matches[0];
  if (action.target && !element) return false;
  const at = element ? { point: element.tapPoint } : undefined;
  switch (action.kind) {
    case 'tap':
      await device.tap(at!);
      return true;
    case 'long_press':
      await device.longPress(at!);
      return true;
    case 'type':
      await device.type(action.text ?? PLACEHOLDER_TEXT, at ? { target: at } : {});
      return true;
    case 'clear':
      await device.clear(at!);
      return true;
    case 'scroll':
    case 'swipe':
      await device.scroll(action.direction ?? 'down', element ? { locator: element.locator } : undefined);
      return true;
    case 'back':
      await device.back();
      return true;
    case 'home':
      await device.home();
      return true;
    case 'enter':
      await device.enter();
      return true;
    case 'wait':
      await device.wait(500);
      return true;
    case 'open_app':
      if (!action.app) return false;
      await device.openApp(action.app);
      return true;
    case 'relaunch':
      if (!action.app) return false;
      await relaunchApp(device, action.app);
      return true;
  }
}

/**
 * A fresh start of the app through the Device interface alone (it has no
 * terminate): bring the app forward, press back until it is left (its task
 * is then at its root), and open it again.
 */
export async function relaunchApp(device: Device, pkg: string, maxBacks = 12): Promise<void> {
  let obs = await device.observe();
  if (obs.package !== pkg) {
    await device.openApp(pkg);
    obs = await device.observe();
  }
  for (let i = 0; i < maxBacks && obs.package === pkg; i++) {
    await device.back();
    obs = await device.observe();
  }
  await device.openApp(pkg);
}
