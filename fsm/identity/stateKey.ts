/**
 * Screen identity: a deterministic key from the structural features of a
 * Screen (see analyzeScreen for the rules). The key is a short hash; the
 * features that produced it travel with it for debugging and docs.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { shortHash } from '../hash.ts';
import { analyzeScreen, type IdentityOptions, type ScreenAnalysis } from './analyzeScreen.ts';
import { stateName } from './stateName.ts';

/** 16 hex digits. Also a valid XState state key (no dots, no '#'). */
export type StateKey = string;

export interface StateKeyResult extends ScreenAnalysis {
  key: StateKey;
}

export function keyOfFeatures(features: readonly string[]): StateKey {
  return shortHash(features.join('\n'));
}

export function stateKey(screen: Screen, options?: IdentityOptions): StateKeyResult {
  const analysis = analyzeScreen(screen, options);
  return { ...analysis, key: keyOfFeatures(analysis.features) };
}

/** A readable default name for a state when no model has written one (stateName.ts says how). */
export function defaultStateName(result: Parameters<typeof stateName>[0]): string {
  return stateName(result);
}
