/**
 * Evaluation-only views of the phone (never shown to agents): the UI state
 * that is not app data, and the digests the benchmark runner labels steps with.
 */
export { appData, stateDigest, type StateDigest } from './stateDigest.ts';
export { uiState, type UiDialog, type UiEntry, type UiState } from './uiState.ts';
export { canonicalJson, hashJson } from './hashJson.ts';
