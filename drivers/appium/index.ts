/** Appium server launcher, WebdriverIO sessions and capability presets. */
export {
  startAppiumServer,
  freePort,
  AppiumStartError,
  type AppiumServerHandle,
  type AppiumServerOptions,
} from './startAppiumServer.ts';
export { startAppiumInWorker } from './startAppiumInWorker.ts';
export { openSession, SessionError } from './openSession.ts';
export { virtualCapabilities, uiautomator2Capabilities, type VirtualCapabilityOptions } from './capabilities.ts';
export { ensureWorkspaceLink, refreshAppiumCache, virtualDriverPackageName, REPO_ROOT } from './workspaceDriver.ts';
