/**
 * drivers/screen: page source -> Screen, and what others need to read it.
 * This file is the folder's public face; import from here.
 */
export type {
  Bounds,
  ElementFlags,
  ElementRole,
  Locator,
  Point,
  Screen,
  ScreenWindow,
  UiElement,
  WindowKind,
} from './types.ts';
export { parsePageSource, type ParsePageSourceOptions } from './parsePageSource.ts';
export { PageSourceError, type PageSourceErrorReason, type PageSourceWarning } from './PageSourceError.ts';
export { LABEL_LIMIT, renderCompact, type RenderCompactOptions } from './renderCompact.ts';
export {
  actionableElements,
  elementById,
  elementByLabel,
  fieldValue,
  findElement,
  findElements,
  keyboardShown,
  windowOf,
} from './queries.ts';
export { staticLabel, elementSignature } from './signature.ts';
export { isKeyboardPackage, isLauncherPackage } from './classifyWindows.ts';
export { labelText } from './labelText.ts';
export { insideBounds } from './insideBounds.ts';
export { syntheticPageSource, type SyntheticPageSourceOptions } from './syntheticPageSource.ts';
export { writePageSource, type NodeSpec, type WritePageSourceOptions } from './writePageSource.ts';
// The two stages of parsePageSource, exposed for benchmarks and tools that measure or reuse them apart.
export { scanHierarchy, parseBounds } from './scanHierarchy.ts';
export { decodePageSource } from './decodePageSource.ts';
export { buildScreen, type BuildScreenOptions } from './buildScreen.ts';
export type { RawHierarchy, RawNode } from './RawNode.ts';
