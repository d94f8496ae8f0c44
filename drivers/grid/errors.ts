/** Typed errors of the Selenium Grid tooling: each names what is missing or broken and what to do. */

/** Something the Grid needs is not installed (Java, the Selenium server jar). */
export class GridSetupError extends Error {
  override readonly name = 'GridSetupError';
}

/** A Grid process (hub, relay node, Appium server) did not come up, or died while starting. */
export class GridStartError extends Error {
  override readonly name = 'GridStartError';
}
