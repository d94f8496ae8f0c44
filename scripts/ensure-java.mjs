#!/usr/bin/env node
// Makes sure Java (11+) is there for the Selenium Grid tests and `maple grid
// start`: installs Debian's default-jre-headless when it is missing and we are
// root with apt-get (CI machines start bare), or says what to install.
// The logic lives in drivers/grid/javaRuntime.ts; tsx loads it.
import { register } from 'tsx/esm/api';

register();
const { ensureJava } = await import('../drivers/grid/javaRuntime.ts');
try {
  ensureJava((line) => console.log(`[ensure-java] ${line}`));
} catch (error) {
  console.error(`[ensure-java] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
