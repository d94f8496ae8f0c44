/**
 * One phone a client opened: the device, and what the agent keeps about it
 * between calls: an FSM tracker over the knowledge store's graphs (it moves
 * with every observation, so `act` is predicted and verified, and
 * `navigate_to` knows where it is), the launcher's app labels, and the last
 * screen seen. One call at a time per phone: a second one while `run_task`
 * drives it is refused with what to do, never interleaved.
 */
import type { AbstractAction, AppGraph, ObserveResult } from '../fsm/index.ts';
import { FsmTracker } from '../fsm/index.ts';
import type { KnowledgeStore } from '../fsm/store/index.ts';
import type { OpenedDevice } from '../drivers/device/index.ts';
import { AppDirectory, countingDevice, type CountingDevice } from '../agent/execute/index.ts';
import { FactMemory } from '../agent/memory/index.ts';
import { perceive, type Perception } from '../agent/perceive/index.ts';
import { learnLauncher } from '../agent/run/learnApps.ts';
import { McpToolError } from './McpToolError.ts';

export interface SeenScreen {
  perception: Perception;
  /** The FSM state of the screen (undefined while an interruption covers it: it is no state of the app). */
  observed: ObserveResult | undefined;
}

function storedGraphs(store: KnowledgeStore): AppGraph[] {
  return store
    .apps()
    .map((a) => store.loadGraph(a.app))
    .filter((g): g is AppGraph => g !== undefined);
}

export class DeviceSession {
  readonly device: CountingDevice;
  readonly apps = new AppDirectory();
  readonly memory = new FactMemory();
  tracker: FsmTracker;
  /** The last screen seen through this session (observe, act, navigate_to). */
  seen: SeenScreen | undefined;
  private busyWith: string | undefined;
  private closed = false;

  constructor(
    readonly id: string,
    readonly opened: OpenedDevice,
    /** What the client asked for: 'virtual', a udid or a URL, with seed and faults. */
    readonly spec: { device: string; seed?: number; faults?: string },
    private readonly store: KnowledgeStore,
  ) {
    this.device = countingDevice(opened.device);
    this.tracker = new FsmTracker({ graphs: storedGraphs(store) });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The WebDriver session id on the Appium server (for clients that attach their own tools). */
  get sessionId(): string | undefined {
    return (this.opened.device as { browser?: { sessionId?: string } }).browser?.sessionId;
  }

  /** Runs `body` with the phone to itself; a call that finds it busy is refused with what to do. */
  async exclusive<T>(what: string, body: () => Promise<T>): Promise<T> {
    if (this.closed) throw new McpToolError(`device "${this.id}" is closed; open one with open_device.`);
    if (this.busyWith)
      throw new McpToolError(
        `device "${this.id}" is busy with ${this.busyWith}; wait for it to end, or open another device with open_device.`,
      );
    this.busyWith = what;
    try {
      return await body();
    } finally {
      this.busyWith = undefined;
    }
  }

  /** Looks at the phone now (a screenshot only when asked for). */
  async look(screenshot = false): Promise<Perception> {
    const p = await perceive(this.device, { screenshot });
    learnLauncher(this.apps, p);
    return p;
  }

  /**
   * Looks and moves the FSM to what is on screen. `action` is what led here,
   * when this session did it; otherwise the change is not recorded as a transition.
   */
  async observe(options: { screenshot?: boolean; action?: AbstractAction } = {}): Promise<SeenScreen> {
    const perception = await this.look(options.screenshot ?? false);
    const observed = this.tracker.observe(perception.screen, options.action);
    this.seen = { perception, observed };
    return this.seen;
  }

  /** What this session's moves taught the FSM goes to the store, as increments (other sessions add theirs). */
  saveLearned(): void {
    for (const delta of this.tracker.takeDelta()) this.store.saveGraph(delta, { merge: 'add' });
  }

  /** After run_task (which keeps its own tracker and retains into the store): start again from the store. */
  reloadGraphs(): void {
    this.saveLearned();
    this.tracker = new FsmTracker({ graphs: storedGraphs(this.store) });
    this.seen = undefined;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.saveLearned();
    } finally {
      await this.opened.close();
    }
  }
}
