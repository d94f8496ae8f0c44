/** Safety (docs/safety.md): the guard before each action, the confirmation policy, the untrusted-screen fence. */
export { ActionGuard, type GuardInput, type GuardRule, type GuardVerdict } from './ActionGuard.ts';
export {
  CONFIRM_MODES,
  ConfirmModeError,
  ConfirmPolicy,
  parseConfirmMode,
  type AskUser,
  type ConfirmMode,
  type ConfirmRequest,
} from './ConfirmPolicy.ts';
export { dataTokens, unsourcedTokens, type DataToken } from './dataTokens.ts';
export type { GuardEvent, GuardRecord } from './GuardRecord.ts';
export { SENSITIVE_KINDS, sensitiveKindOf, taskAsksFor, type SensitiveKind } from './sensitiveActions.ts';
export { UNTRUSTED_RULE, UNTRUSTED_SCREEN_NOTE } from './untrustedScreen.ts';
