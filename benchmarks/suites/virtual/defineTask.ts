/**
 * How a virtual-suite task is written: the fields a task author chooses,
 * with the rest filled in (suite "virtual", seed 1, faults off, start from
 * the home screen, golden steps = the reference solution's action count).
 */
import type { ActionScript, BenchTask, Difficulty, LaunchSpec } from '../../types.ts';
import type { Predicate } from '../../predicate/types.ts';
import { defaultMaxSteps } from '../../stepBudget.ts';
import { PKG, type AppLabel } from './packages.ts';

/** Task categories, after AndroidWorld / SPA-Bench / Mobile-Eval-E groupings. */
export type VirtualCategory =
  | 'settings' // toggle or choose a system setting
  | 'create' // add a record (alarm, contact, note, event, bookmark, saved place)
  | 'edit' // change or delete an existing record
  | 'lookup' // find a fact and answer it
  | 'communicate' // send a message or mail
  | 'transaction' // cart, checkout
  | 'compute' // calculator
  | 'transfer' // carry a fact from one app to another (typed, copied, shared)
  | 'multi-step'; // several apps and several changes in one task

export interface VirtualTaskSpec {
  id: string;
  instruction: string;
  /** Launcher labels in the order the task uses them. */
  apps: AppLabel[];
  difficulty: Difficulty;
  category: VirtualCategory;
  success: Predicate;
  reference: ActionScript;
  seed?: number;
  /** Device fault profile: "none" (default) or a named profile ("light"). */
  faultProfile?: string;
  /** Start inside the first app (SPA-Bench single-app style) instead of the home screen. */
  startInApp?: boolean;
  /**
   * Golden steps when they differ from the reference's action count, with
   * the reason in `goldenStepsNote` (validated: one without the other fails).
   */
  goldenSteps?: number;
  goldenStepsNote?: string;
  maxSteps?: number;
}

/** Actions a script performs, counted as runActionScript counts them (answer and wait are not actions). */
export function countActions(script: ActionScript): number {
  return script.filter((s) => s.do !== 'answer' && s.do !== 'wait').length;
}

export interface VirtualTask extends BenchTask {
  goldenStepsNote?: string;
}

export function defineTask(spec: VirtualTaskSpec): VirtualTask {
  const launch: LaunchSpec = spec.startInApp ? { mode: 'app', package: PKG[spec.apps[0]!] } : { mode: 'home' };
  const golden = spec.goldenSteps ?? countActions(spec.reference);
  return {
    id: spec.id,
    suite: 'virtual',
    instruction: spec.instruction,
    apps: [...spec.apps],
    difficulty: spec.difficulty,
    goldenSteps: golden,
    seed: spec.seed ?? 1,
    faultProfile: spec.faultProfile ?? 'none',
    launch,
    success: { kind: 'state', predicate: spec.success },
    reference: spec.reference,
    crossApp: new Set(spec.apps).size > 1,
    category: spec.category,
    language: 'ENG',
    maxSteps: spec.maxSteps ?? defaultMaxSteps(golden),
    ...(spec.goldenStepsNote ? { goldenStepsNote: spec.goldenStepsNote } : {}),
  };
}
