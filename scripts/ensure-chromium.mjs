#!/usr/bin/env node
// Makes sure a Chromium binary exists for the browser tests and the report
// benchmark. The project uses Debian's `chromium` package (driven by
// playwright-core through its executable path) because CI machines start bare
// and Playwright's own browser download needs network access we do not have.
import { existsSync, accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';
const target = process.env.MAPLE_CHROMIUM || DEFAULT_PATH;
const INSTALL_CMD = 'apt-get update && apt-get install -y --no-install-recommends chromium';

function isExecutable(p) {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

if (isExecutable(target)) {
  console.log(`[ensure-chromium] found ${target}`);
  process.exit(0);
}

if (process.env.MAPLE_CHROMIUM) {
  console.error(
    `[ensure-chromium] MAPLE_CHROMIUM=${target} is not an executable file. ` +
      "Point it at a Chromium binary, or unset it to use Debian's package at /usr/bin/chromium.",
  );
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !hasCommand('apt-get')) {
  console.error(
    `[ensure-chromium] Chromium is missing at ${target}. Install Debian's "chromium" package: ` +
      `sudo sh -c '${INSTALL_CMD}' (or set MAPLE_CHROMIUM to a Chromium binary).`,
  );
  process.exit(1);
}

console.log(
  `[ensure-chromium] Chromium missing at ${target}; installing Debian package "chromium" (this takes a few minutes)...`,
);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  console.log(`[ensure-chromium] apt-get ${args.join(' ')}`);
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(
      `[ensure-chromium] "apt-get ${args.join(' ')}" failed (exit ${r.status}). Run manually: ${INSTALL_CMD}`,
    );
    process.exit(1);
  }
}
if (!existsSync(target)) {
  console.error(
    `[ensure-chromium] installed "chromium" but ${target} still does not exist; set MAPLE_CHROMIUM to its path.`,
  );
  process.exit(1);
}
console.log(`[ensure-chromium] installed ${target}`);
