/**
 * What the evaluation side reads from the virtual device to label steps with
 * what truly happened (never shown to the agent): cheap digests of the whole
 * state before and after every action, the data of an app whose digest
 * changed, the UI state, and the fault log. `VirtualDeviceControl` provides
 * it; tests pass fakes.
 */
import type { FaultLogEntry, StateDigest } from '../../drivers/device/VirtualDeviceControl.ts';

/** The device's `mobile: mapleStateDigest` (drivers/virtual-android, docs/virtual-device.md). */
export type { StateDigest };

export interface TruthProbe {
  stateDigest(): Promise<StateDigest>;
  appData(pkg: string): Promise<unknown>;
  uiState(): Promise<unknown>;
  faultLog(): Promise<{ step: number; log: FaultLogEntry[] }>;
  /** Every app's data at once, to start from (else each app is read when it first changes). */
  groundTruth?(): Promise<{ apps: Record<string, unknown> }>;
}

/** A probe from anything that has the four methods (a VirtualDeviceControl, a test fake), else null. */
export function truthProbeOf(control: unknown): TruthProbe | null {
  const c = control as Partial<TruthProbe> | null | undefined;
  return c &&
    typeof c.stateDigest === 'function' &&
    typeof c.appData === 'function' &&
    typeof c.uiState === 'function' &&
    typeof c.faultLog === 'function'
    ? (c as TruthProbe)
    : null;
}

/** The screen without an injected fault drawn over it: where the user really is. */
export function baseScreen(screen: string): string {
  return screen.replace(/\+fault\/[\w-]+$/, '');
}
