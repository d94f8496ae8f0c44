/**
 * A Device wrapper for the virtual device that records, around every action
 * the agent performs, the device's TRUE screen id before and after (from the
 * control API, which the agent never sees). countIntendedActions compares
 * these records with the agent's own step verdicts to judge action accuracy
 * against ground truth. Observations and waits pass through unrecorded.
 */
import type { Device, Observation, ObserveOptions, SwipeDirection, Target } from '../../drivers/device/Device.ts';
import type { Point } from '../../drivers/screen/types.ts';
import type { FaultLogEntry } from '../../drivers/device/VirtualDeviceControl.ts';
import type { DeviceControl } from './types.ts';

/** The control's fault log, when it has one (the virtual device does; test fakes may not). */
type FaultLogSource = { faultLog?: () => Promise<{ log: FaultLogEntry[] }> };

export interface TrueActionRecord {
  /** Device method, e.g. "tap". */
  method: string;
  /** Milliseconds since epoch when the action was issued. */
  at: number;
  /** True screen id ("settings/wifi", "+<dialog>" when one is open) before and after; null if it could not be read. */
  before: string | null;
  after: string | null;
  /** The action threw. */
  error?: string;
  /** The device's injected mis-tap on this action (intended vs actual element), from its fault log. */
  misTap?: { intended?: string; actual?: string };
}

export class GroundTruthRecorder implements Device {
  readonly records: TrueActionRecord[] = [];
  /** Fault-log entries already attributed to earlier actions. */
  private faultsSeen: number | undefined;

  /** Without a control (a real device) it only passes calls through and keeps the session from being closed by the agent. */
  constructor(
    private readonly inner: Device,
    private readonly control: (Pick<DeviceControl, 'screenId'> & FaultLogSource) | null,
  ) {}

  /** Whether true screen ids are being recorded. */
  get recording(): boolean {
    return this.control !== null;
  }

  get description(): string {
    return this.inner.description;
  }

  private async screen(): Promise<string | null> {
    try {
      return this.control ? (await this.control.screenId()).id : null;
    } catch {
      return null;
    }
  }

  private async record(method: string, act: () => Promise<void>): Promise<void> {
    if (!this.control) return act();
    // Faults logged before the agent's first action (setup) are nobody's mis-tap.
    if (this.faultsSeen === undefined && this.control.faultLog) {
      try {
        this.faultsSeen = (await this.control.faultLog()).log.length;
      } catch {
        this.faultsSeen = 0;
      }
    }
    const before = await this.screen();
    const rec: TrueActionRecord = { method, at: Date.now(), before, after: null };
    this.records.push(rec);
    try {
      await act();
    } catch (error) {
      rec.error = error instanceof Error ? error.message : String(error);
      rec.after = await this.screen();
      throw error;
    }
    rec.after = await this.screen();
    await this.noteMisTap(rec);
  }

  /** New mis-tap entries in the fault log since the last action belong to this one. */
  private async noteMisTap(rec: TrueActionRecord): Promise<void> {
    const read = this.control?.faultLog;
    if (!read) return;
    try {
      const { log } = await read.call(this.control);
      const from = this.faultsSeen ?? 0;
      this.faultsSeen = log.length;
      const tap = log.slice(from).find((e) => e.type === 'misTap');
      if (tap)
        rec.misTap = {
          ...(tap.intended?.label !== undefined ? { intended: tap.intended.label } : {}),
          ...(tap.actual?.label !== undefined ? { actual: tap.actual.label } : {}),
        };
    } catch {
      // no fault log: nothing to attribute
    }
  }

  observe(options?: ObserveOptions): Promise<Observation> {
    return this.inner.observe(options);
  }
  tap(target: Target): Promise<void> {
    return this.record('tap', () => this.inner.tap(target));
  }
  longPress(target: Target, durationMs?: number): Promise<void> {
    return this.record('longPress', () => this.inner.longPress(target, durationMs));
  }
  type(text: string, options?: { target?: Target; submit?: boolean }): Promise<void> {
    return this.record('type', () => this.inner.type(text, options));
  }
  clear(target: Target): Promise<void> {
    return this.record('clear', () => this.inner.clear(target));
  }
  swipe(from: Point, to: Point, durationMs?: number): Promise<void> {
    return this.record('swipe', () => this.inner.swipe(from, to, durationMs));
  }
  scroll(direction: SwipeDirection, target?: Target): Promise<void> {
    return this.record('scroll', () => this.inner.scroll(direction, target));
  }
  back(): Promise<void> {
    return this.record('back', () => this.inner.back());
  }
  home(): Promise<void> {
    return this.record('home', () => this.inner.home());
  }
  recents(): Promise<void> {
    return this.record('recents', () => this.inner.recents());
  }
  openApp(pkg: string, activity?: string): Promise<void> {
    return this.record('openApp', () => this.inner.openApp(pkg, activity));
  }
  relaunchApp(pkg: string): Promise<void> {
    return this.record('relaunchApp', () => this.inner.relaunchApp(pkg));
  }
  enter(): Promise<void> {
    return this.record('enter', () => this.inner.enter());
  }
  wait(ms: number): Promise<void> {
    return this.inner.wait(ms);
  }
  getClipboard(): Promise<string> {
    return this.inner.getClipboard();
  }
  setClipboard(text: string): Promise<void> {
    return this.record('setClipboard', () => this.inner.setClipboard(text));
  }
  /** The pool owns the session: an agent closing its device must not end it. */
  async close(): Promise<void> {}
}
