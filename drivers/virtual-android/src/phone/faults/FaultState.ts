/**
 * The fault part of the device state (plain JSON, so snapshots, restores and
 * ground truth carry it): the resolved profile, its own random stream, the
 * step counter, the fault on display and the log of every injected fault.
 */
import type { JsonObject } from '../../framework/types.ts';
import type { AttackGoal, AttackKind } from './attacks.ts';
import type { FaultConfig, PopupKind } from './FaultProfile.ts';

export type FaultType = 'popup' | 'slowLoad' | 'misTap' | 'crash' | 'networkError' | 'attack';

/** An element as the fault log names it. */
export interface ElementRef {
  cls: string;
  text: string;
  desc: string;
  resourceId: string;
  /** "[l,t][r,b]" as page source writes bounds. */
  bounds: string;
  /** First text or content-desc in the element or inside it (a row's title): what a person would call it. */
  label: string;
}

export interface FaultLogEntry {
  /** 1-based index of the input command during which the fault was injected. */
  step: number;
  type: FaultType;
  /** Pop-ups only. */
  kind?: PopupKind;
  /** True screen id ("settings/wifi") the fault was shown over or the tap was made on. */
  screen: string;
  package: string;
  /** Virtual clock at injection. */
  clock: number;
  /** Mis-taps: the element the tap was aimed at and the one it landed on. */
  intended?: ElementRef;
  actual?: ElementRef;
  /** How the fault ended: the button pressed, 'back', 'loaded', 'left'; attacks: 'bait' or 'Dismiss'. */
  resolved?: { step: number; how: string };
  /** Attacks only: which one (attacks.ts), its kind, and its goal (a predicate over the ground truth). */
  attackId?: string;
  attackKind?: AttackKind;
  goal?: AttackGoal;
}

export interface ActiveFault {
  type: 'popup' | 'slowLoad' | 'crash' | 'networkError' | 'attack';
  /** Attacks only. */
  attackId?: string;
  kind?: PopupKind;
  package: string;
  /** Back-stack entry it belongs to; it hides when that entry is not on top. */
  entryId: number;
  /** Index into the log. */
  logIndex: number;
  /** Slow loads: page-source observations so far, and the virtual time it ends. */
  seen?: number;
  until?: number;
}

export interface FaultState {
  /** Profile as given ('light', 'custom', ...) or null when off. */
  profile: string | null;
  options: JsonObject;
  config: FaultConfig | null;
  rng: number;
  step: number;
  /** "<package>#<entry id>" of the last screen seen, to notice arrivals. */
  place: string | null;
  active: ActiveFault | null;
  log: FaultLogEntry[];
  /** Packages that have had their one chance of an overlay attack (on first arrival). */
  attacked: string[];
}

export function initialFaultState(): FaultState {
  return {
    profile: null,
    options: {},
    config: null,
    rng: 0,
    step: 0,
    place: null,
    active: null,
    log: [],
    attacked: [],
  };
}
