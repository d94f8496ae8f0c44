/**
 * A Device wrapper for the virtual device that records, around every action
 * the agent issues, what truly happened on the phone: a digest of the whole
 * state before and after (true screen, every app's data, the UI state), the
 * faults the device injected or saw resolved during the action, and a short
 * diff of what changed. The agent never sees any of it: the runner hands the
 * wrapper to the agent as its Device and keeps the records for labelling.
 * Without a probe (a real device) it only passes calls through.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { interceptActions } from '../../drivers/device/interceptActions.ts';
import type { FaultLogEntry } from '../../drivers/device/VirtualDeviceControl.ts';
import { shortDiff } from './shortDiff.ts';
import type { StateDigest, TruthProbe } from './TruthProbe.ts';

/** A fault of the device's log, as it touched one action: it appeared during it, or went away during it. */
export interface FaultEvent {
  /** Index in the device's fault log. */
  logIndex: number;
  type: FaultLogEntry['type'];
  kind?: string;
  event: 'shown' | 'resolved';
  /** The true screen and package it appeared on. */
  screen: string;
  package: string;
  /** How it went away (resolved events): the button, Back, leaving the screen, loading done. */
  how?: string;
  /** Mis-taps: the label of the element aimed at and of the one hit. */
  intended?: string;
  actual?: string;
}

export interface TrueActionRecord {
  /** Device method, e.g. "tap". */
  method: string;
  /** Milliseconds since epoch when the action was issued. */
  at: number;
  /** The true state before and after (null when it could not be read). */
  before: StateDigest | null;
  after: StateDigest | null;
  /** The action threw. */
  error?: string;
  faults: FaultEvent[];
  /** What changed in app data and UI state, a few readable lines. */
  diff: string[];
}

/** Apps' data and the UI state as last read, so a changed digest can be told as a diff. */
interface Known {
  apps: Map<string, unknown>;
  ui: unknown;
  faults: FaultLogEntry[];
}

const label = (r: FaultLogEntry['intended']) => r?.label ?? r?.text ?? r?.desc ?? r?.resourceId;

export class TruthRecorder {
  readonly records: TrueActionRecord[] = [];
  /** The device to hand the agent: every action goes through `record`; closing it leaves the pool's session open. */
  readonly device: Device;
  private known: Known | undefined;

  constructor(
    inner: Device,
    private readonly probe: TruthProbe | null,
  ) {
    this.device = interceptActions(inner, (method, call) => this.record(method, call), {
      // The pool owns the session: an agent closing its device must not end it.
      close: async () => {},
    });
  }

  /** Whether the true state is being recorded. */
  get recording(): boolean {
    return this.probe !== null;
  }

  private async digest(): Promise<StateDigest | null> {
    try {
      return await this.probe!.stateDigest();
    } catch {
      return null;
    }
  }

  /** What is known before the agent's first action: faults logged so far belong to setup, not to it. */
  private async start(): Promise<Known> {
    const probe = this.probe!;
    const [truth, ui, faults] = await Promise.all([
      probe.groundTruth ? probe.groundTruth().catch(() => undefined) : undefined,
      probe.uiState().catch(() => undefined),
      probe.faultLog().then(
        (f) => f.log,
        () => [] as FaultLogEntry[],
      ),
    ]);
    return { apps: new Map(Object.entries(truth?.apps ?? {})), ui, faults: structuredClone(faults) };
  }

  private async record(method: string, act: () => Promise<void>): Promise<void> {
    if (!this.probe) return act();
    this.known ??= await this.start();
    const rec: TrueActionRecord = {
      method,
      at: Date.now(),
      before: await this.digest(),
      after: null,
      faults: [],
      diff: [],
    };
    this.records.push(rec);
    try {
      await act();
    } catch (error) {
      rec.error = error instanceof Error ? error.message : String(error);
      await this.finish(rec);
      throw error;
    }
    await this.finish(rec);
  }

  private async finish(rec: TrueActionRecord): Promise<void> {
    rec.after = await this.digest();
    const known = this.known!;
    try {
      rec.faults = await this.faultEvents(rec, known);
      rec.diff = await this.changes(rec, known);
    } catch {
      // a probe that failed mid-way leaves the record without its details, never the run without its action
    }
  }

  /** Faults that appeared during the action (new log entries) or went away during it. */
  private async faultEvents(rec: TrueActionRecord, known: Known): Promise<FaultEvent[]> {
    const open = known.faults.some((f) => !f.resolved);
    if (!open && rec.after && rec.after.faults.logLength === known.faults.length) return [];
    const { log } = await this.probe!.faultLog();
    const events: FaultEvent[] = [];
    log.forEach((entry, i) => {
      const was = known.faults[i];
      const base = { logIndex: i, type: entry.type, screen: entry.screen, package: entry.package };
      const kind = entry.kind ? { kind: entry.kind } : {};
      if (!was) {
        const mis =
          entry.type === 'misTap' ? { intended: label(entry.intended) ?? '?', actual: label(entry.actual) ?? '?' } : {};
        events.push({ ...base, ...kind, event: 'shown', ...mis });
      }
      if (entry.resolved && !was?.resolved)
        events.push({ ...base, ...kind, event: 'resolved', how: entry.resolved.how });
    });
    known.faults = structuredClone(log);
    return events;
  }

  /** Readable lines for what changed in app data and the UI state. */
  private async changes(rec: TrueActionRecord, known: Known): Promise<string[]> {
    const { before, after } = rec;
    if (!before || !after) return [];
    const lines: string[] = [];
    for (const pkg of Object.keys(after.apps)) {
      if (before.apps[pkg] === after.apps[pkg]) continue;
      const data = await this.probe!.appData(pkg);
      lines.push(...shortDiff(known.apps.get(pkg), data, pkg.split('.').pop() ?? pkg, 4));
      known.apps.set(pkg, data);
    }
    if (before.ui !== after.ui) {
      const ui = await this.probe!.uiState();
      lines.push(...shortDiff(known.ui, ui, 'ui', 3));
      known.ui = ui;
    }
    return lines;
  }
}
