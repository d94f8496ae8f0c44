/**
 * `maple doctor`: checks what each device path needs. The virtual path
 * (Node version, the in-repo driver loads and renders) decides the exit code;
 * the real-device items (ANDROID_HOME, adb, the uiautomator2 driver, a
 * connected device) are reported with what to do.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ensureWorkspaceLink, REPO_ROOT } from '../../drivers/appium/workspaceDriver.ts';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  /** Required for the virtual path (failing it fails the command). */
  virtual: boolean;
}

async function checkVirtualDriver(): Promise<Check> {
  try {
    ensureWorkspaceLink();
    const { APPS, Phone, pageSource } = await import('../../drivers/virtual-android/src/index.ts');
    const phone = new Phone(APPS, { seed: 1 });
    const xml = pageSource(phone.render());
    if (!xml.includes('<hierarchy')) throw new Error('page source has no <hierarchy>');
    const mod = (await import(path.join(REPO_ROOT, 'drivers/virtual-android/index.mjs'))) as {
      VirtualAndroidDriver?: unknown;
    };
    if (typeof mod.VirtualAndroidDriver !== 'function')
      throw new Error('index.mjs does not export VirtualAndroidDriver');
    return { name: 'virtual driver', ok: true, detail: `loads; ${APPS.length - 1} apps installed`, virtual: true };
  } catch (error) {
    return {
      name: 'virtual driver',
      ok: false,
      detail: `does not load: ${error instanceof Error ? error.message : String(error)}`,
      virtual: true,
    };
  }
}

function which(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

/**
 * Whether a Node.js version is in an `engines` range made of `^major.minor.patch`
 * alternatives (the form package.json uses: the majors the project is tested on).
 */
export function nodeSupported(version: string, range: string): boolean {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number) as [number, number, number];
  return range.split('||').some((alt) => {
    const m = /^\s*\^(\d+)\.(\d+)\.(\d+)\s*$/.exec(alt);
    if (!m) return false;
    const [want, wantMinor, wantPatch] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return major === want && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
  });
}

export async function runDoctor(): Promise<Check[]> {
  const checks: Check[] = [];
  const engines = (
    JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
  ).engines.node;
  checks.push({
    name: 'node',
    ok: nodeSupported(process.versions.node, engines),
    detail: `${process.versions.node} (supported: ${engines})`,
    virtual: true,
  });
  checks.push(await checkVirtualDriver());
  const home = process.env.ANDROID_HOME ?? process.env.ANDROID_SDK_ROOT;
  checks.push({
    name: 'ANDROID_HOME',
    ok: Boolean(home && fs.existsSync(home)),
    detail: home ? home : 'not set: install the Android SDK platform-tools and set ANDROID_HOME',
    virtual: false,
  });
  const adb =
    which('adb') ?? (home ? ([path.join(home, 'platform-tools', 'adb')].find((p) => fs.existsSync(p)) ?? null) : null);
  checks.push({
    name: 'adb',
    ok: Boolean(adb),
    detail: adb ?? 'not on PATH: add $ANDROID_HOME/platform-tools to PATH',
    virtual: false,
  });
  const uia2 = fs.existsSync(path.join(REPO_ROOT, 'node_modules/appium-uiautomator2-driver/package.json'));
  checks.push({
    name: 'uiautomator2 driver',
    ok: uia2,
    detail: uia2
      ? 'installed'
      : 'not installed: npx appium driver install uiautomator2 (or npm i -D appium-uiautomator2-driver)',
    virtual: false,
  });
  let devices: string[] = [];
  if (adb) {
    try {
      devices = execFileSync(adb, ['devices'], { encoding: 'utf8', timeout: 5000 })
        .split('\n')
        .slice(1)
        .filter((l) => /\tdevice$/.test(l))
        .map((l) => l.split('\t')[0]!);
    } catch {
      devices = [];
    }
  }
  checks.push({
    name: 'connected device',
    ok: devices.length > 0,
    detail: devices.length ? devices.join(', ') : 'none: connect a phone with USB debugging or start an emulator',
    virtual: false,
  });
  return checks;
}

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check what the virtual and real device paths need')
    .action(async () => {
      const checks = await runDoctor();
      const line = (c: Check): string =>
        `  ${c.ok ? 'ok ' : c.virtual ? 'FAIL' : 'no '}  ${c.name.padEnd(20)} ${c.detail}`;
      process.stdout.write('Virtual device (needed by tests, demo, benchmarks):\n');
      for (const c of checks.filter((x) => x.virtual)) process.stdout.write(`${line(c)}\n`);
      process.stdout.write('Real device or emulator (optional, UiAutomator2):\n');
      for (const c of checks.filter((x) => !x.virtual)) process.stdout.write(`${line(c)}\n`);
      const virtualOk = checks.filter((c) => c.virtual).every((c) => c.ok);
      const realOk = checks.filter((c) => !c.virtual).every((c) => c.ok);
      process.stdout.write(
        `\nVirtual path: ${virtualOk ? 'ready' : 'NOT ready'}. Real path: ${realOk ? 'ready' : 'not ready (see above)'}.\n`,
      );
      process.exitCode = virtualOk ? 0 : 1;
    });
}
