/**
 * `mobile: mapleStateDigest`: cheap fingerprints of what truly holds on the
 * phone, for the benchmark runner to label every agent step (evaluation
 * only, never shown to agents). A changed `apps[pkg]` says that app's data
 * changed (fetch it with `mapleAppData` to diff); a changed `ui` says the
 * user moved or typed (`mapleUiState` reads it). The clock, toasts,
 * snackbars and fault overlays are in no hash; faults are counted apart.
 */
import type { Json } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';
import { PhoneError } from '../PhoneError.ts';
import { hashJson } from './hashJson.ts';
import { uiState } from './uiState.ts';

export interface StateDigest {
  /** The true screen id, as mapleScreenId gives it ("settings/wifi", "+<dialog>" when one is up). */
  screen: string;
  foreground: string;
  /** Per installed package: hash of its data (what groundTruth().apps[package] holds). */
  apps: Record<string, string>;
  /** Hash of uiState() (see uiState.ts for what it holds). */
  ui: string;
  /** The fault stream's step counter and how many faults it has logged. */
  faults: { step: number; logLength: number };
  /** Virtual ms, for reference; in no hash. */
  clock: number;
}

export function stateDigest(phone: Phone): StateDigest {
  const s = phone.state;
  const apps: Record<string, string> = {};
  for (const [pkg, data] of Object.entries(s.apps)) apps[pkg] = hashJson(data);
  return {
    screen: phone.render().screenId.id,
    foreground: s.foreground,
    apps,
    ui: hashJson(uiState(phone) as unknown as Json),
    faults: { step: s.faults.step, logLength: s.faults.log.length },
    clock: s.clock,
  };
}

/** One app's data (a copy), as groundTruth().apps[pkg] holds it. */
export function appData(phone: Phone, pkg: string): Json {
  if (typeof pkg !== 'string' || !(pkg in phone.state.apps))
    throw new PhoneError(
      'NoSuchApp',
      `No app with package '${String(pkg)}' has data on this phone. Packages: ${Object.keys(phone.state.apps).join(', ')}.`,
    );
  return structuredClone(phone.state.apps[pkg]!);
}
