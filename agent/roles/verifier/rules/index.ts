/**
 * The deterministic verification rules, in the order they are asked (design
 * step 6). The order is the policy: what the device says first, then what the
 * screen shows against the action's target (mis-taps), the app's own
 * complaints, the FSM's prediction, the action's stated outcome, the app's
 * confirmations. With the FSM off only `readsFsm` rules are skipped.
 */
import { appComplained, appConfirmed } from './appFeedback.ts';
import { actionError, appCrashed, interruptionLeft, leftApp, noScreenEffect, unchanged } from './deviceRules.ts';
import { expectedCondition } from './expectedCondition.ts';
import { fsmPrediction } from './fsmPrediction.ts';
import { launcherNeighbour, misGrounded, neighbourTitle, switchFlip } from './misTaps.ts';
import { openedApp } from './openedApp.ts';
import { typedText } from './typedText.ts';
import type { VerifyRule } from './VerifyRule.ts';

export const VERIFY_RULES: readonly VerifyRule[] = [
  actionError,
  interruptionLeft,
  appCrashed,
  leftApp,
  noScreenEffect,
  unchanged,
  // What the action meant before what it did: typing the right text into the wrong field is still wrong.
  misGrounded,
  openedApp,
  typedText,
  launcherNeighbour,
  switchFlip,
  neighbourTitle,
  appComplained,
  fsmPrediction,
  expectedCondition,
  appConfirmed,
];

export { type RuleOutcome, type Undecided, type VerifyRule } from './VerifyRule.ts';
export { appMatches, namesApp } from './openedApp.ts';
export { fieldAgain } from './typedText.ts';
export { rowLabel } from './misTaps.ts';
