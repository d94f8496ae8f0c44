import { describe, expect, it } from 'vitest';
import type { Device, Target } from '../../../drivers/device/Device.ts';
import {
  ActionScriptError,
  runActionScript,
  scriptTargetToDeviceTarget,
  xpathLiteral,
} from '../../../benchmarks/script/index.ts';

function recordingDevice(failOn?: string): { device: Device; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const rec =
    (name: string) =>
    async (...args: unknown[]): Promise<void> => {
      if (name === failOn) throw new Error('element not found');
      calls.push([name, ...args]);
    };
  const device = {
    description: 'fake',
    observe: async () => ({ pageSource: '', package: 'p', activity: 'a', takenAt: 0 }),
    tap: rec('tap'),
    longPress: rec('longPress'),
    type: rec('type'),
    clear: rec('clear'),
    swipe: rec('swipe'),
    scroll: rec('scroll'),
    back: rec('back'),
    home: rec('home'),
    recents: rec('recents'),
    openApp: rec('openApp'),
    enter: rec('enter'),
    wait: rec('wait'),
    getClipboard: async () => '',
    setClipboard: rec('setClipboard'),
    close: async () => undefined,
  } as unknown as Device;
  return { device, calls };
}

describe('reference scripts', () => {
  it('turn script targets into Device targets', () => {
    expect(scriptTargetToDeviceTarget({ text: 'Add alarm' })).toEqual({
      locator: { strategy: 'xpath', value: '//*[@text="Add alarm"]' },
    });
    expect(scriptTargetToDeviceTarget({ id: 'com.x:id/fab' })).toEqual({
      locator: { strategy: 'id', value: 'com.x:id/fab' },
    });
    expect(scriptTargetToDeviceTarget({ desc: 'Search' })).toEqual({
      locator: { strategy: 'accessibility id', value: 'Search' },
    });
    expect(scriptTargetToDeviceTarget({ point: { x: 1, y: 2 } })).toEqual({ point: { x: 1, y: 2 } } satisfies Target);
    expect(xpathLiteral('it\'s "x"')).toBe(`concat("it's ", '"', "x", '"', "")`);
    expect(xpathLiteral('say "hi"')).toBe(`'say "hi"'`);
  });

  it('run every step through the Device and return the answer', async () => {
    const { device, calls } = recordingDevice();
    const r = await runActionScript(device, [
      { do: 'openApp', package: 'com.android.deskclock' },
      { do: 'tap', target: { text: 'Add alarm' } },
      { do: 'type', text: '0730', target: { id: 'time' }, submit: true },
      { do: 'scroll', direction: 'down' },
      { do: 'wait', ms: 10 },
      { do: 'back' },
      { do: 'answer', text: 'done' },
    ]);
    expect(r).toEqual({ answer: 'done', actions: 5 });
    expect(calls.map((c) => c[0])).toEqual(['openApp', 'tap', 'type', 'scroll', 'wait', 'back']);
    expect(calls[2]).toEqual([
      'type',
      '0730',
      { target: { locator: { strategy: 'id', value: 'time' } }, submit: true },
    ]);
  });

  it('name the failing step', async () => {
    const { device } = recordingDevice('tap');
    await expect(runActionScript(device, [{ do: 'home' }, { do: 'tap', target: { text: 'Nope' } }])).rejects.toThrow(
      ActionScriptError,
    );
    await expect(runActionScript(device, [{ do: 'home' }, { do: 'tap', target: { text: 'Nope' } }])).rejects.toThrow(
      /reference step 2 .*element not found/,
    );
  });
});
