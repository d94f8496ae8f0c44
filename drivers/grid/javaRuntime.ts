/**
 * Java for Selenium Grid. The Selenium 4 server jar runs on Java 11 or newer;
 * the project takes Java from Debian's `default-jre-headless` package (its
 * default JRE: 17 on Debian 12, 21 on Debian 13), because CI machines start
 * bare and no other download source is reachable there.
 *
 * `requireJava()` is the check every Grid start makes; `ensureJava()` is what
 * `scripts/ensure-java.mjs` (run before the tests) does: install the package
 * when Java is missing and the machine allows it, or say what to install.
 */
import { spawnSync } from 'node:child_process';
import { GridSetupError } from './errors.ts';

/** The oldest Java the Selenium 4 jar runs on (its classes are Java 11 bytecode). */
export const MIN_JAVA = 11;
export const JAVA_PACKAGE = 'default-jre-headless';
export const INSTALL_JAVA = `apt-get update && apt-get install -y --no-install-recommends ${JAVA_PACKAGE}`;

/** The java binary: $MAPLE_JAVA, else `java` on the PATH. */
export function javaBinary(): string {
  return process.env['MAPLE_JAVA'] || 'java';
}

/** Java's major version (17 for "17.0.15", 8 for "1.8.0_392"), or null when the binary does not run. */
export function javaMajorVersion(bin = javaBinary()): number | null {
  const r = spawnSync(bin, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return parseJavaVersion(`${r.stderr}\n${r.stdout}`);
}

/** Reads the major version from `java -version` output. */
export function parseJavaVersion(text: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

/** The java binary to run the Selenium jar with; throws a GridSetupError saying what to install. */
export function requireJava(): string {
  const bin = javaBinary();
  const major = javaMajorVersion(bin);
  if (major === null)
    throw new GridSetupError(
      `Selenium Grid needs Java ${MIN_JAVA}+, and \`${bin} -version\` does not run. ` +
        `Install Debian's ${JAVA_PACKAGE}: \`node scripts/ensure-java.mjs\` (as root) or \`sudo sh -c '${INSTALL_JAVA}'\`; ` +
        'or set MAPLE_JAVA to a java binary.',
    );
  if (major < MIN_JAVA)
    throw new GridSetupError(
      `Selenium Grid needs Java ${MIN_JAVA}+, but ${bin} is Java ${major}. Install Debian's ${JAVA_PACKAGE} or set MAPLE_JAVA to a newer java.`,
    );
  return bin;
}

/** Installs Debian's JRE when Java is missing and this is root on a machine with apt-get; else throws what to do. */
export function ensureJava(log: (line: string) => void): string {
  try {
    const bin = requireJava();
    log(`found Java ${javaMajorVersion(bin)} (${bin})`);
    return bin;
  } catch (error) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
    if (process.env['MAPLE_JAVA'] || !isRoot || !hasApt) throw error;
  }
  log(`Java missing; installing Debian package "${JAVA_PACKAGE}" (a minute or two)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', JAVA_PACKAGE]]) {
    log(`apt-get ${args.join(' ')}`);
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0)
      throw new GridSetupError(
        `"apt-get ${args.join(' ')}" failed (exit ${r.status}). Run it by hand: ${INSTALL_JAVA}`,
      );
  }
  const bin = requireJava();
  log(`installed Java ${javaMajorVersion(bin)}`);
  return bin;
}
