/**
 * A fixed number of device slots, each holding one session made by the
 * injected DeviceFactory. Workers take a free slot, run one task on it and
 * give it back; a slot whose session timed out or broke is closed and opened
 * afresh before its next task, so one stuck run never poisons the next.
 *
 * Sources (see deviceFactories.ts): N virtual devices on one in-process
 * Appium server, a list of Appium URLs, or N sessions on one Selenium Grid /
 * device-farm URL. The pool itself does not care which.
 */
import { BenchConfigError } from './errors.ts';
import type { DeviceFactory, DeviceSession } from './types.ts';

export interface PoolSlot {
  index: number;
  session: DeviceSession;
}

export class DevicePool {
  private readonly sessions: Array<DeviceSession | null>;
  private readonly free: number[] = [];
  private readonly waiters: Array<(slot: number) => void> = [];
  private closed = false;

  constructor(
    private readonly factory: DeviceFactory,
    readonly size: number,
  ) {
    if (!Number.isInteger(size) || size < 1)
      throw new BenchConfigError(`a device pool needs at least one slot, got ${size}`);
    this.sessions = Array.from({ length: size }, () => null);
    for (let i = 0; i < size; i++) this.free.push(i);
  }

  /** Takes a free slot (waiting for one), opening its session if needed. */
  async acquire(): Promise<PoolSlot> {
    if (this.closed) throw new BenchConfigError('the device pool is closed');
    const index = this.free.shift() ?? (await new Promise<number>((resolve) => this.waiters.push(resolve)));
    try {
      let session = this.sessions[index];
      if (!session) {
        session = await this.factory(index);
        this.sessions[index] = session;
      }
      return { index, session };
    } catch (error) {
      this.release(index);
      throw error;
    }
  }

  /** Gives a slot back. */
  release(index: number): void {
    const next = this.waiters.shift();
    if (next) next(index);
    else this.free.push(index);
  }

  /**
   * Closes the slot's session (errors while closing are ignored: the session
   * is presumed broken) so the next acquire opens a new one.
   */
  async discard(index: number): Promise<void> {
    const session = this.sessions[index];
    this.sessions[index] = null;
    if (session) await closeQuietly(session);
  }

  /** Closes every open session. */
  async close(): Promise<void> {
    this.closed = true;
    const open = this.sessions.filter((s): s is DeviceSession => s !== null);
    this.sessions.fill(null);
    await Promise.all(open.map(closeQuietly));
  }
}

async function closeQuietly(session: DeviceSession): Promise<void> {
  try {
    await withTimeout(session.close(), 10_000);
  } catch {
    // A broken session may fail to close; the slot is replaced either way.
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
