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
}

export class VirtualDeviceControl {
  constructor(private readonly browser: WebdriverIO.Browser) {}

  private call<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
    return this.browser.execute(`mobile: ${name}`, args) as Promise<T>;
  }

  groundTruth(): Promise<GroundTruth> {
    return this.call('mapleGroundTruth');
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

  async setFaults(profile: string | null, options: Record<string, unknown> = {}): Promise<void> {
    await this.call('mapleSetFaults', { profile, options });
  }

  async advanceClock(ms: number): Promise<void> {
    await this.call('mapleAdvanceClock', { ms });
  }
}
