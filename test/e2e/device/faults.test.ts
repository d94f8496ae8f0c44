/**
 * Faults and the shell additions end to end: a real Appium server in
 * process, real WebdriverIO sessions, the Device API. Each fault type is
 * forced with a rate of 1; reproducibility is checked across two sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';

interface LoggedFault {
  step: number;
  type: string;
  kind?: string;
  screen: string;
  package: string;
  intended?: { text: string; desc: string; bounds: string; label: string };
  actual?: { text: string; desc: string; bounds: string; label: string };
  resolved?: { step: number; how: string };
}

let opened: OpenedDevice;
const extra: OpenedDevice[] = [];

const acc = (value: string) => ({ locator: { strategy: 'accessibility id' as const, value } });
const byText = (value: string) => ({ locator: { strategy: 'xpath' as const, value: `//*[@text="${value}"]` } });

async function source(d: OpenedDevice = opened): Promise<string> {
  return (await d.device.observe()).pageSource;
}

async function screenId(d: OpenedDevice = opened): Promise<string> {
  return (await d.groundTruth!.screenId()).id;
}

async function faultLog(d: OpenedDevice = opened): Promise<LoggedFault[]> {
  const truth = (await d.groundTruth!.groundTruth()) as unknown as { faults: { log: LoggedFault[] } };
  return truth.faults.log;
}

async function fresh(profile: unknown): Promise<void> {
  await opened.groundTruth!.reset(11);
  await opened.groundTruth!.setFaults(profile as string);
}

beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 11 });
});

afterAll(async () => {
  for (const d of extra) await d.close();
  await opened?.close();
});

describe('faults through Appium', () => {
  it('are off by default', async () => {
    await opened.groundTruth!.reset(11);
    await opened.device.tap(acc('Settings'));
    expect(await screenId()).toBe('settings/main');
    expect(await faultLog()).toEqual([]);
  });

  it('rating prompt over the app; Not now closes it', async () => {
    await fresh({ popupRate: 1, popupKinds: ['rating'] });
    await opened.device.tap(acc('Settings'));
    const src = await source();
    expect(src).toContain('text="Enjoying Settings?"');
    expect(await screenId()).toBe('settings/main+fault/rating');
    await opened.device.tap(byText('Not now'));
    expect(await screenId()).toBe('settings/main');
    expect(await faultLog()).toEqual([
      expect.objectContaining({
        type: 'popup',
        kind: 'rating',
        screen: 'settings/main',
        resolved: expect.objectContaining({ how: 'Not now' }),
      }),
    ]);
  });

  it('permission dialog comes from the permission controller', async () => {
    await fresh({ popupRate: 1, popupKinds: ['permission'] });
    await opened.device.tap(acc('Clock'));
    const src = await source();
    expect(src).toMatch(
      /package="com.google.android.permissioncontroller"[^>]*text="Allow Clock to send notifications\?"/,
    );
    await opened.device.tap(byText('Allow'));
    expect(await screenId()).toBe('clock/alarms');
  });

  it('ad interstitial covers the screen until Close ad', async () => {
    await fresh({ popupRate: 1, popupKinds: ['ad'] });
    await opened.device.tap(acc('Settings'));
    expect(await source()).toContain('content-desc="Close ad"');
    await opened.device.tap(acc('Close ad'));
    expect(await source()).not.toContain('Close ad');
    expect(await screenId()).toBe('settings/main');
  });

  it('slow load shows a spinner first, then the screen', async () => {
    await fresh({ slowLoadRate: 1 });
    await opened.device.tap(acc('Settings'));
    const first = await source();
    expect(first).toContain('class="android.widget.ProgressBar"');
    expect(first).toContain('text="Loading…"');
    expect(first).not.toContain('text="Display"');
    expect(await source()).toContain('text="Display"');
    expect((await faultLog())[0]).toMatchObject({
      type: 'slowLoad',
      screen: 'settings/main',
      resolved: { how: 'loaded' },
    });
  });

  it('keeps-stopping dialog; Close app returns to the launcher', async () => {
    await fresh({ crashRate: 1 });
    await opened.device.tap(acc('Clock'));
    const src = await source();
    expect(src).toContain('text="Clock keeps stopping"');
    expect(src).toContain('text="App info"');
    await opened.device.tap(byText('Close app'));
    expect(await screenId()).toBe('launcher/home');
    expect((await faultLog())[0]).toMatchObject({
      type: 'crash',
      screen: 'clock/alarms',
      resolved: { how: 'Close app' },
    });
  });

  it('network error, then Retry loads the real screen', async () => {
    await fresh({ networkErrorRate: 1 });
    await opened.device.tap(acc('Settings'));
    const src = await source();
    expect(src).toContain('text="No internet connection"');
    expect(src).not.toContain('text="Display"');
    await opened.device.tap(byText('Retry'));
    expect(await source()).toContain('text="Display"');
    expect((await faultLog())[0]).toMatchObject({ type: 'networkError', resolved: { how: 'Retry' } });
  });

  it('mis-tap lands on the neighbouring element and is logged with both', async () => {
    // Faults go on after Settings is open: the launcher icon tap would slip too.
    await fresh('off');
    await opened.device.tap(acc('Settings'));
    await opened.groundTruth!.setFaults('off', { misTapRate: 1 });
    await opened.device.tap(byText('Display'));
    expect(await screenId()).not.toBe('settings/display');
    const slip = (await faultLog()).filter((f) => f.type === 'misTap').at(-1)!;
    expect(slip.screen).toBe('settings/main');
    expect(slip.intended!.label).toBe('Display');
    expect(slip.actual!.label).not.toBe('Display');
    expect(slip.actual!.bounds).not.toBe(slip.intended!.bounds);
    // The neighbour is a row right above or below Display.
    const [, , , , iTop] = /\[(\d+),(\d+)\]\[(\d+),(\d+)\]/.exec(slip.intended!.bounds)!.map(Number);
    const [, , aTop] = /\[(\d+),(\d+)\]/.exec(slip.actual!.bounds)!.map(Number);
    expect(Math.abs(aTop! - iTop!)).toBeLessThan(400);
  });

  it('the same seed reproduces the faults; another seed differs', async () => {
    const run = async (faultSeed: number) => {
      const d = await openDevice({
        device: opened.url,
        seed: 5,
        capabilities: {
          'maple:faults': {
            popupRate: 0.4,
            slowLoadRate: 0.3,
            networkErrorRate: 0.3,
            misTapRate: 0.3,
            seed: faultSeed,
          },
        },
      });
      extra.push(d);
      const trail: string[] = [];
      for (const app of ['Settings', 'Clock', 'Settings', 'Clock', 'Settings', 'Clock']) {
        await d.device.home();
        await d.device.tap(acc(app));
        trail.push(await source(d));
        trail.push(await screenId(d));
      }
      return { trail, log: await faultLog(d) };
    };
    const a = await run(3);
    const b = await run(3);
    const c = await run(4);
    expect(a.log.length).toBeGreaterThan(0);
    expect(b.trail).toEqual(a.trail);
    expect(b.log).toEqual(a.log);
    expect(c.log).not.toEqual(a.log);
  });

  it('named profiles parse; unknown ones are rejected', async () => {
    await opened.groundTruth!.setFaults('heavy');
    await expect(opened.groundTruth!.setFaults('medium')).rejects.toThrow(/Unknown fault profile 'medium'/);
    await opened.groundTruth!.setFaults('off');
  });

  it('latency makes every command take at least latencyMs, until it is set off', async () => {
    // mapleFaultLog also answers the fault config in force (the typed faultLog() reads only step and log).
    const profileLatency = async (): Promise<number> =>
      ((await opened.groundTruth!.faultLog()) as unknown as { config: { latencyMs: number } | null }).config
        ?.latencyMs ?? 0;
    await opened.groundTruth!.setFaults('off', { latencyMs: 150 });
    expect(await profileLatency()).toBe(150);
    const t0 = performance.now();
    await source();
    const took = performance.now() - t0;
    await opened.groundTruth!.setFaults('off');
    // A lower bound only: load can make a command slower, never faster. That the latency is gone is read
    // from the phone's fault profile, not timed (an upper bound on time fails on a loaded machine).
    expect(took).toBeGreaterThanOrEqual(150);
    expect(await profileLatency()).toBe(0);
  });
});

describe('shell additions through Appium', () => {
  it('swipe down from the status bar opens the shade; a tile toggles Wi-Fi', async () => {
    await opened.groundTruth!.reset(11);
    await opened.groundTruth!.setFaults('off');
    await opened.device.swipe({ x: 540, y: 20 }, { x: 540, y: 1500 });
    const src = await source();
    expect(src).toMatch(/package="com.android.systemui"[^>]*class="android.widget.Switch"[^>]*content-desc="Wi-Fi"/);
    expect(src).toContain('content-desc="Airplane mode"');
    expect(await screenId()).toBe('launcher/home+system/notification_shade');
    const before = (
      (await opened.groundTruth!.groundTruth()).apps['com.android.settings'] as { wifi: { enabled: boolean } }
    ).wifi.enabled;
    await opened.device.tap(acc('Wi-Fi'));
    const after = (
      (await opened.groundTruth!.groundTruth()).apps['com.android.settings'] as { wifi: { enabled: boolean } }
    ).wifi.enabled;
    expect(after).toBe(!before);
    await opened.device.back();
    expect(await screenId()).toBe('launcher/home');
  });

  it('a horizontal swipe moves Clock to its next tab', async () => {
    await opened.groundTruth!.reset(11);
    await opened.device.tap(acc('Clock'));
    const start = await screenId();
    await opened.device.swipe({ x: 900, y: 1400 }, { x: 150, y: 1400 });
    expect(await screenId()).not.toBe(start);
  });
});
