/**
 * `type` into a field of a dialog that the keyboard moves: the alarm time
 * picker's hour field holds "08"; typing "05" clears it and types, and the
 * field must then hold exactly "05". A field was once aimed at by its point:
 * clearing it brought up the keyboard, the dialog moved up, and the text then
 * went to no element ("the element was no longer on the screen").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAction } from '../../../agent/actions/index.ts';
import { AppDirectory } from '../../../agent/execute/AppDirectory.ts';
import { executeAction } from '../../../agent/execute/executeAction.ts';
import { perceive } from '../../../agent/perceive/index.ts';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';

let opened: OpenedDevice;
beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 1 });
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

describe('type into a dialog field the keyboard moves', () => {
  it('replaces the hour in the alarm time picker', async () => {
    const d = opened.device;
    await d.openApp('com.android.deskclock');
    let p = await perceive(d);
    const add = p.screen.elements.find((e) => /add alarm/i.test(`${e.label} ${e.contentDesc}`));
    expect(add).toBeDefined();
    await d.tap({ locator: add!.locator });
    p = await perceive(d);
    const hour = p.screen.elements.find((e) => e.role === 'input' && /hour/.test(e.resourceId));
    expect(hour?.text).not.toBe('');
    const action = parseAction('type', { element: hour!.id, text: '05', reason: 'set the hour' });
    if (!action.ok) throw action.error;
    await executeAction(d, action.action, p.screen, new AppDirectory());
    p = await perceive(d);
    expect(p.screen.elements.find((e) => e.role === 'input' && /hour/.test(e.resourceId))?.text).toBe('05');
  }, 120_000);
});
