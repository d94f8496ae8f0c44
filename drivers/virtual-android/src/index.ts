/**
 * Public face of the virtual Android device: the phone model, the app
 * framework (types, widgets, layout) and the app registry.
 */
export {
  Phone,
  SCREEN_W,
  SCREEN_H,
  LAUNCHER_PACKAGE,
  keyCodeChar,
  type Rendered,
  type ScreenIdentity,
} from './phone/Phone.ts';
export { PhoneError, type PhoneErrorCode } from './phone/PhoneError.ts';
export { pageSource } from './phone/pageSource.ts';
export { crawlScreens, type CrawledScreen } from './phone/crawlScreens.ts';
export { nodeKeys, type NodeKeys } from './phone/nodeKeys.ts';
export { screenshotPng, screenshotSvg } from './phone/screenshot.ts';
export { INPUT_MS, typingMs, swipeMs } from './phone/inputTiming.ts';
// Evaluation only (never for agents): the digests and UI state behind mobile: mapleStateDigest / mapleUiState.
export { appData, stateDigest, uiState, type StateDigest, type UiState } from './phone/groundTruth/index.ts';
export type { DeviceState } from './phone/DeviceState.ts';
export type { UiNode } from './phone/UiNode.ts';
export * from './framework/types.ts';
export * as widgets from './framework/widgets.ts';
export { layout, intrinsicHeight, type Box, type LaidOut } from './framework/layout.ts';
export * from './framework/time.ts';
export { APPS } from './apps/registry.ts';
