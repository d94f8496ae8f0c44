/**
 * The `mobile: maple*` commands: ground truth, snapshots, faults and the
 * clock of the virtual phone, for evaluators, benchmarks and tests (never for
 * agents). Written as functions over the driver, as Appium's own drivers
 * split their commands into files, and installed as VirtualAndroidDriver
 * methods; executeMethodMap.ts names their parameters.
 */
import { errors } from 'appium/driver.js';
import type { Json, JsonObject } from '../framework/types.ts';
import { FaultProfileError } from '../phone/faults/index.ts';
import { appData, stateDigest, uiState } from '../phone/groundTruth/index.ts';
import { nodeKeys } from '../phone/nodeKeys.ts';
import type { VirtualAndroidDriver } from './VirtualAndroidDriver.ts';

export async function mapleGroundTruth(this: VirtualAndroidDriver): Promise<JsonObject> {
  return this.device().groundTruth();
}

export async function mapleScreenId(this: VirtualAndroidDriver): Promise<JsonObject> {
  const r = this.device().render();
  return { ...r.screenId, activity: r.activity };
}

/** Fingerprints of app data and UI state, the true screen and the fault counters (groundTruth/stateDigest.ts). */
export async function mapleStateDigest(this: VirtualAndroidDriver): Promise<JsonObject> {
  return stateDigest(this.device()) as unknown as JsonObject;
}

/** One app's data, as mapleGroundTruth().apps[package] holds it. */
export async function mapleAppData(this: VirtualAndroidDriver, pkg: string): Promise<Json> {
  return appData(this.device(), pkg);
}

/** The UI state that mapleStateDigest's `ui` hashes, readable (groundTruth/uiState.ts). */
export async function mapleUiState(this: VirtualAndroidDriver): Promise<JsonObject> {
  return uiState(this.device()) as unknown as JsonObject;
}

/** Resets content and clock to a seed; the fault profile stays, its stream and log restart. */
export async function mapleReset(this: VirtualAndroidDriver, seed?: number): Promise<void> {
  const phone = this.device();
  const { profile, options, config } = phone.state.faults;
  phone.reset(seed ?? phone.state.seed);
  if (config) phone.faults.configure(profile === 'custom' ? config : profile, profile === 'custom' ? {} : options);
}

export async function mapleSnapshot(this: VirtualAndroidDriver): Promise<string> {
  // Snapshots are only ever added during a session, so the count names the next one uniquely.
  const id = `snap-${this.snapshots.size + 1}`;
  this.snapshots.set(id, this.device().snapshot());
  return id;
}

export async function mapleRestore(this: VirtualAndroidDriver, id: string): Promise<void> {
  const state = this.snapshots.get(String(id));
  if (!state)
    throw new errors.InvalidArgumentError(
      `No snapshot '${String(id)}' in this session; take one with 'mobile: mapleSnapshot'.`,
    );
  this.device().restore(state);
}

/** Profile: 'off' | 'light' | 'heavy' | JSON text | object; options override its fields. Restarts the fault stream and log. */
export async function mapleSetFaults(
  this: VirtualAndroidDriver,
  profile?: unknown,
  options?: JsonObject,
): Promise<void> {
  try {
    this.device().faults.configure(profile ?? null, options ?? {});
  } catch (error) {
    if (error instanceof FaultProfileError) throw new errors.InvalidArgumentError(error.message);
    throw error;
  }
}

/** The fault log and the fault on display (also inside mapleGroundTruth/mapleDeviceState). */
export async function mapleFaultLog(this: VirtualAndroidDriver): Promise<JsonObject> {
  const f = this.device().state.faults;
  return {
    profile: f.profile,
    config: f.config,
    step: f.step,
    active: f.active,
    log: f.log,
  } as unknown as JsonObject;
}

/** Lets virtual time pass (what an agent's wait does on this phone): toasts and snackbars run out. */
export async function mapleAdvanceClock(this: VirtualAndroidDriver, ms: number): Promise<void> {
  const value = Number(ms);
  if (!Number.isFinite(value) || value < 0)
    throw new errors.InvalidArgumentError(`ms must be a number of milliseconds >= 0, got ${JSON.stringify(ms)}.`);
  this.device().elapse(value);
}

/** Evaluation only: the true identity of every node of the page source, in document order (phone/nodeKeys.ts). */
export async function mapleNodeKeys(this: VirtualAndroidDriver): Promise<JsonObject> {
  return { ...nodeKeys(this.device()) };
}

export async function mapleDeviceState(this: VirtualAndroidDriver): Promise<Json> {
  return this.device().snapshot() as unknown as Json;
}
