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

/** True node identities of the page source on display (evaluation only; see drivers/virtual-android/src/phone/nodeKeys.ts). */
export interface NodeKeys {
  /** True screen id, as screenId().id. */
  screen: string;
  /** True screen id with the screen entry's params (and an open dialog's): what "the same page" means. */
  page: string;
  /** `<page>|<path>` for each node of the page source, in document order; list rows named by their item. */
  nodes: string[];
  /** Scroll offsets of the screen's scrollers by scroll key. */
  scroll: Record<string, number>;
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

/**
 * Cheap fingerprints of what truly holds on the phone (mobile:
 * mapleStateDigest), for labelling every agent step. Equal hashes, equal
 * state; docs/virtual-device.md ("State digests") says what each covers.
 */
export interface StateDigest {
  /** True screen id, as screenId().id gives it. */
  screen: string;
  foreground: string;
  /** Per package: hash of that app's data (appData(pkg) reads it). */
  apps: Record<string, string>;
  /** Hash of uiState(): the UI state that is not app data. */
  ui: string;
  faults: { step: number; logLength: number };
  /** Virtual ms; in no hash. */
  clock: number;
}

/** One back-stack entry (or its dialog): the screen, its params, local state and scroll offsets. */
export interface UiEntry {
  screen: string;
  params: Record<string, unknown>;
  /** Per-entry state: form drafts, selected tab, an open popup menu. */
  local: Record<string, unknown>;
  scroll: Record<string, number>;
  dialog: {
    name: string;
    params: Record<string, unknown>;
    local: Record<string, unknown>;
    scroll: Record<string, number>;
  } | null;
}

/** The readable form of StateDigest.ui (mobile: mapleUiState). No clock, toasts, snackbars or fault overlays. */
export interface UiState {
  foreground: string;
  /** Recent tasks, most recent first; each stack bottom to top. */
  tasks: { package: string; stack: UiEntry[] }[];
  launcher: UiEntry[];
  keyboard: { shown: boolean; shift: boolean };
  focus: { package: string; field: string; inDialog: boolean; text: string | null } | null;
  clipboard: string;
  shareSheet: { text: string; from: string } | null;
  notificationShade: boolean;
  notifications: { package: string; title: string; text: string }[];
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

  /** Hashes of every app's data and of the UI state, the true screen and the fault counters: cheap enough after every action. */
  stateDigest(): Promise<StateDigest> {
    return this.call('mapleStateDigest');
  }

  /** One app's data, as groundTruth().apps[pkg] holds it: follow a changed digest hash with a diff. */
  appData<T = unknown>(pkg: string): Promise<T> {
    return this.call('mapleAppData', { package: pkg });
  }

  /** What stateDigest().ui hashes, readable (for a short diff in reports). */
  uiState(): Promise<UiState> {
    return this.call('mapleUiState');
  }

  /** Call right after fetching the page source: both describe the same render until the next input. */
  nodeKeys(): Promise<NodeKeys> {
    return this.call('mapleNodeKeys');
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
