/**
 * The virtual device's extra powers, through its `mobile: maple*` commands.
 * For evaluators, benchmarks and tests only: agents never see screenId or
 * ground truth, or screen-identity measurements would be meaningless.
 */
export interface ScreenIdentity {
  package: string;
  /** "<app>/<screen>", e.g. "settings/wifi". */
  screen: string;
  dialog: string | null;
  keyboard: boolean;
  /** screen, plus "+<dialog>" when one is open. */
  id: string;
  activity: string;
}

/** One injected fault, as the virtual device logs it (see docs/virtual-device.md, Faults). */
export interface FaultLogEntry {
  step: number;
  type: 'popup' | 'slowLoad' | 'misTap' | 'crash' | 'networkError';
  kind?: string;
  screen: string;
  package: string;
  clock: number;
  intended?: { label?: string; text?: string; desc?: string; resourceId?: string };
  actual?: { label?: string; text?: string; desc?: string; resourceId?: string };
  resolved?: { step: number; how: string };
}

/** A named fault profile ('off', 'light', 'heavy') or its object form ({ popupRate, misTapRate, ..., seed }). */
export type FaultProfileSpec = string | Record<string, unknown>;

export interface GroundTruth {
  seed: number;
  clock: number;
  time: string;
  foreground: string;
  screen: string;
  clipboard: string;
  keyboardShown: boolean;
  recents: string[];
  /** Every app's data by package. */
  apps: Record<string, unknown>;
  /** Faults injected since the last reset. */
  faults?: { profile: unknown; step: number; log: FaultLogEntry[] };
}

export class VirtualDeviceControl {
  constructor(private readonly browser: WebdriverIO.Browser) {}

  private call<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
    return this.browser.execute(`mobile: ${name}`, args) as Promise<T>;
  }

  groundTruth(): Promise<GroundTruth> {
    return this.call('mapleGroundTruth');
  }

  /** The fault stream's step counter and log (cheaper than groundTruth: no app data). */
  faultLog(): Promise<{ step: number; log: FaultLogEntry[] }> {
    return this.call('mapleFaultLog');
  }

  screenId(): Promise<ScreenIdentity> {
    return this.call('mapleScreenId');
  }

  async reset(seed?: number): Promise<void> {
    await this.call('mapleReset', seed === undefined ? {} : { seed });
  }

  snapshot(): Promise<string> {
    return this.call('mapleSnapshot');
  }

  async restore(id: string): Promise<void> {
    await this.call('mapleRestore', { id });
  }

  async setFaults(profile: FaultProfileSpec | null, options: Record<string, unknown> = {}): Promise<void> {
    await this.call('mapleSetFaults', { profile, options });
  }

  async advanceClock(ms: number): Promise<void> {
    await this.call('mapleAdvanceClock', { ms });
  }
}
