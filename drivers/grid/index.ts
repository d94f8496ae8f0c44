/** Selenium Grid 4: start a hub and relay nodes of virtual phones, read a hub's status, find Java and the jar. */
export { startGrid, virtualStereotype, type GridHandle, type GridNodeHandle, type GridOptions } from './startGrid.ts';
export { startGridHub, type GridHubHandle, type GridHubOptions } from './startGridHub.ts';
export { startRelayNode, type RelayNodeHandle, type RelayNodeOptions } from './startRelayNode.ts';
export { relayNodeToml, type RelayNodeConfig } from './relayNodeToml.ts';
export {
  readGridStatus,
  parseGridStatus,
  statusUrl,
  upSlots,
  type GridNode,
  type GridSlot,
  type GridStatus,
} from './gridStatus.ts';
export { requireJava, ensureJava, javaMajorVersion, parseJavaVersion, MIN_JAVA, INSTALL_JAVA } from './javaRuntime.ts';
export { seleniumServerJar, type SeleniumServerJar } from './seleniumServerJar.ts';
export { GridSetupError, GridStartError } from './errors.ts';
