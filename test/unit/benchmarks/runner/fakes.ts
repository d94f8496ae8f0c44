/**
 * Test doubles for the runner: a fake Device whose taps move a fake "true
 * screen", a fake control API recording resets, a DeviceFactory counting
 * the sessions it opens, and fake runTask functions that write real
 * trajectory folders through the agent's TrajectoryWriter.
 */
import { TrajectoryWriter } from '../../../../agent/trajectory/TrajectoryWriter.ts';
import type { RunSummary, StepRecord, TerminationReason } from '../../../../agent/trajectory/types.ts';
import type { Device, Observation } from '../../../../drivers/device/Device.ts';
import type { FaultLogEntry, ScreenIdentity, GroundTruth } from '../../../../drivers/device/VirtualDeviceControl.ts';
import type { BenchTask } from '../../../../benchmarks/types.ts';
import type { TruthProbe } from '../../../../benchmarks/truth/index.ts';
import type {
  DeviceControl,
  DeviceFactory,
  DeviceSession,
  RunContext,
  RunOutcome,
} from '../../../../benchmarks/runner/types.ts';

/** 1x1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

export class FakePhone {
  screen = 'launcher/home';
  seed = 0;
  faults: string | null = null;
  faultOptions: Record<string, unknown>[] = [];
  resets: number[] = [];
  /** When set, the next tap does not move the screen (a mis-tap the agent may not notice), logged as a misTap fault. */
  stuckTaps = 0;
  faultLog: FaultLogEntry[] = [];
  moves = 0;
  data: Record<string, unknown> = {};
}

export class FakeDevice implements Device {
  closed = false;
  actions: string[] = [];
  constructor(
    readonly phone: FakePhone,
    readonly description = 'fake',
    private readonly latencyMs = 0,
  ) {}
  private async act(name: string, moves: boolean): Promise<void> {
    if (this.closed) throw Object.assign(new Error('invalid session id: session deleted'), { name: 'WebDriverError' });
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    this.actions.push(name);
    if (moves) {
      if (this.phone.stuckTaps > 0) {
        this.phone.stuckTaps--;
        const at = { screen: this.phone.screen, package: 'com.fake', clock: Date.now(), step: this.phone.moves };
        this.phone.faultLog.push({ ...at, type: 'misTap', intended: { label: 'Next' }, actual: { label: 'Nothing' } });
      } else this.phone.screen = `app/s${++this.phone.moves}`;
    }
  }
  async observe(): Promise<Observation> {
    return {
      pageSource: `<hierarchy><node bounds="[0,0][1080,2400]" text="screen ${this.phone.screen}" content-desc="" /></hierarchy>`,
      screenshot: PNG,
      package: 'com.fake',
      activity: '.Main',
      takenAt: Date.now(),
    };
  }
  tap = () => this.act('tap', true);
  longPress = () => this.act('longPress', true);
  type = () => this.act('type', false);
  clear = () => this.act('clear', false);
  swipe = () => this.act('swipe', false);
  scroll = () => this.act('scroll', false);
  back = () => this.act('back', true);
  home = async () => {
    await this.act('home', false);
    this.phone.screen = 'launcher/home';
  };
  recents = () => this.act('recents', true);
  openApp = () => this.act('openApp', true);
  relaunchApp = () => this.act('relaunchApp', true);
  enter = () => this.act('enter', false);
  wait = async (ms: number) => {
    await new Promise((r) => setTimeout(r, ms));
  };
  getClipboard = async () => '';
  setClipboard = () => this.act('setClipboard', false);
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** The runner's DeviceControl plus the ground-truth probe (digests, app data, UI state, fault log) the recorder reads. */
export function fakeControl(phone: FakePhone): DeviceControl & TruthProbe {
  return {
    stateDigest: async () => ({
      screen: phone.screen,
      foreground: 'com.fake',
      apps: { 'com.fake': JSON.stringify(phone.data) },
      ui: phone.screen,
      faults: { step: phone.moves, logLength: phone.faultLog.length },
      clock: phone.moves,
    }),
    appData: async () => structuredClone(phone.data),
    uiState: async () => ({ screen: phone.screen }),
    reset: async (seed?: number) => {
      phone.seed = seed ?? phone.seed;
      phone.resets.push(phone.seed);
      phone.screen = 'launcher/home';
      phone.moves = 0;
    },
    setFaults: async (profile, options = {}) => {
      phone.faults = profile as string | null;
      phone.faultOptions.push(options);
    },
    groundTruth: async () => ({ seed: phone.seed, screen: phone.screen, apps: phone.data }) as unknown as GroundTruth,
    screenId: async () => ({ id: phone.screen }) as ScreenIdentity,
    faultLog: async () => ({ step: phone.moves, log: phone.faultLog }),
  };
}

export interface FakePool {
  factory: DeviceFactory;
  /** Sessions opened so far, in order (slot, phone, device). */
  opened: Array<{ slot: number; phone: FakePhone; device: FakeDevice; closed: boolean }>;
}

export function fakePool(
  options: {
    virtual?: boolean;
    latencyMs?: number; /** Fail the n-th open attempt (0-based). */
    failOpen?: (n: number) => boolean;
  } = {},
): FakePool {
  const opened: FakePool['opened'] = [];
  let attempts = 0;
  const factory: DeviceFactory = async (slot) => {
    if (options.failOpen?.(attempts++)) throw new Error('cannot open a session');
    const phone = new FakePhone();
    const device = new FakeDevice(phone, `fake slot ${slot}`, options.latencyMs ?? 0);
    const entry = { slot, phone, device, closed: false };
    opened.push(entry);
    const session: DeviceSession = {
      device,
      close: async () => {
        entry.closed = true;
        await device.close();
      },
    };
    if (options.virtual ?? true) session.control = fakeControl(phone);
    return session;
  };
  return { factory, opened };
}

export function task(id: string, extra: Partial<BenchTask> = {}): BenchTask {
  return {
    id,
    suite: 'custom',
    instruction: `do ${id}`,
    apps: ['Fake'],
    difficulty: 1,
    goldenSteps: 2,
    seed: 7,
    faultProfile: 'none',
    launch: { mode: 'home' },
    success: { kind: 'state', predicate: { path: 'screen', matches: '^app/' } },
    crossApp: false,
    ...extra,
  };
}

export interface FakeAgentOptions {
  /** Actions per run (taps). */
  steps?: number;
  /** Time the run takes (spread over its steps), ms. */
  durationMs?: number;
  /** Ignore the abort signal (a stuck agent). */
  ignoreAbort?: boolean;
  /** State keys the agent believes in, per step: [before, after]. */
  keys?: (step: number) => [string, string] | undefined;
  reason?: TerminationReason;
  throwError?: Error;
}

/** A fake agent: taps `steps` times, writing a trajectory with one StepRecord per tap. */
export function fakeRunTask(options: FakeAgentOptions = {}) {
  const calls: Array<{ taskId: string; ctx: RunContext }> = [];
  let active = 0;
  let maxActive = 0;
  const fn = async (t: BenchTask, device: Device, ctx: RunContext): Promise<RunOutcome> => {
    calls.push({ taskId: t.id, ctx });
    active++;
    maxActive = Math.max(maxActive, active);
    try {
      const writer = new TrajectoryWriter(ctx.trajectoryDir);
      const steps = options.steps ?? 2;
      const started = Date.now();
      for (let i = 0; i < steps; i++) {
        const obs = await device.observe({ screenshot: true });
        const files = writer.saveObservation(i, obs.pageSource, obs.screenshot);
        const stepStart = Date.now();
        if (options.durationMs) {
          await sleepUnlessAborted(options.durationMs / steps, options.ignoreAbort ? undefined : ctx.signal);
        }
        if (ctx.signal.aborted && !options.ignoreAbort) break;
        await device.tap({ point: { x: 1, y: 1 } });
        const keys = options.keys?.(i);
        const rec: StepRecord = {
          index: i,
          kind: 'action',
          startedAt: new Date(stepStart).toISOString(),
          before: {
            package: 'com.fake',
            activity: '.Main',
            ...files,
            width: 1080,
            height: 2400,
            ...(keys ? { stateKey: keys[0] } : {}),
          },
          action: { name: 'tap', input: { x: 1, y: 1 }, reason: 'because' },
          deviceActions: 1,
          after: { package: 'com.fake', activity: '.Main', ...(keys ? { stateKey: keys[1] } : {}) },
          verdict: 'success',
          verdictReason: 'ok',
          modelCalls: [
            { role: 'executor', model: 'fake', inputTokens: 100, outputTokens: 10, costUsd: 0.001, durationMs: 1 },
          ],
          timings: { observeMs: 0, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: 0, verifyMs: 0 },
        };
        writer.appendStep(rec);
      }
      if (options.throwError) throw options.throwError;
      const obs = await device.observe({ screenshot: true });
      writer.saveObservation('final', obs.pageSource, obs.screenshot);
      const reason: TerminationReason = ctx.signal.aborted ? 'timeout' : (options.reason ?? 'finished');
      const summary: RunSummary = {
        task: t.instruction,
        status: reason === 'finished' ? 'success' : 'failed',
        reason,
        model: 'fake',
        fsm: true,
        device: device.description,
        startedAt: new Date(started).toISOString(),
        endedAt: new Date().toISOString(),
        durationMs: Date.now() - started,
        steps: writer.steps,
        modelCalls: writer.steps,
        tokens: { input: 100 * writer.steps, output: 10 * writer.steps },
        costUsd: 0.001 * writer.steps,
        recoveries: { detected: 1, recovered: 1 },
        exitCode: 0,
        answer: 'done',
      };
      writer.writeSummary(summary);
      return { summary, trajectoryDir: writer.dir };
    } finally {
      active--;
    }
  };
  return { fn, calls, maxActive: () => maxActive };
}

/** Waits `ms` (Infinity: for ever) or until `signal` aborts. */
function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = Number.isFinite(ms) ? setTimeout(resolve, ms) : undefined;
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}
