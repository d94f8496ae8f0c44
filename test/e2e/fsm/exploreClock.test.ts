/**
 * `maple explore` on the virtual device: the explorer sees page sources only;
 * the device's true screen ids (evaluation only) measure how much of Clock
 * it reached, against every Clock screen the in-process crawler finds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDevice } from '../../../drivers/device/index.ts';
import { APPS, crawlScreens, Phone } from '../../../drivers/virtual-android/src/index.ts';
import { explore } from '../../../fsm/explore/index.ts';
import { KnowledgeStore, parseFsmBundle } from '../../../fsm/index.ts';

const CLOCK = 'com.android.deskclock';
const root = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(path.join(tmpdir(), 'maple-explore-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every Clock screen (with dialogs) reachable from the launcher, from the device model itself. */
function clockScreens(seed: number): Set<string> {
  const crawl = crawlScreens(new Phone(APPS, { seed }), { packages: [CLOCK] });
  return new Set([...crawl.keys()].filter((id) => id.startsWith('clock/')));
}

describe('maple explore on the virtual device', () => {
  it('reaches >= 90% of Clock screens in 300 steps and the export lists them', async () => {
    const truth = clockScreens(1);
    expect(truth.size).toBeGreaterThanOrEqual(6);
    const dir = tempDir();
    const store = KnowledgeStore.open({ dir });
    const opened = await openDevice({ device: 'virtual', seed: 1 });
    const keyOfScreen = new Map<string, Set<string>>();
    try {
      const result = await explore({
        device: opened.device,
        app: 'Clock',
        steps: 300,
        store,
        onStep: async ({ result: r }) => {
          const id = (await opened.groundTruth!.screenId()).id;
          if (!keyOfScreen.has(id)) keyOfScreen.set(id, new Set());
          keyOfScreen.get(id)!.add(r.key);
        },
      });
      expect(result.app).toBe(CLOCK);
      expect(result.steps).toBeLessThanOrEqual(300);
    } finally {
      store.close();
      await opened.close();
    }
    const reached = [...truth].filter((id) => keyOfScreen.has(id));
    const coverage = reached.length / truth.size;
    expect(coverage, `reached ${reached.join(', ')} of ${[...truth].join(', ')}`).toBeGreaterThanOrEqual(0.9);

    const exported = execFileSync(
      process.execPath,
      [path.join(root, 'cli/maple.mjs'), 'fsm', 'export', '--app', CLOCK, '--format', 'json', '--store', dir],
      { encoding: 'utf8' },
    );
    const graph = parseFsmBundle(exported).graphs.find((g) => g.app === CLOCK)!;
    for (const id of reached)
      for (const key of keyOfScreen.get(id)!) expect(graph.states[key], `state of ${id}`).toBeDefined();
  }, 120_000);

  it('runs from the command line, prints the states and writes --out', () => {
    const dir = tempDir();
    const out = path.join(dir, 'clock.dot');
    const stdout = execFileSync(
      process.execPath,
      [
        path.join(root, 'cli/maple.mjs'),
        'explore',
        '--app',
        'Clock',
        '--steps',
        '40',
        '--store',
        dir,
        '--out',
        out,
        '--progress-every',
        '20',
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const summary = /com\.android\.deskclock: (\d+) states, (\d+) transitions in (\d+) steps/.exec(stdout);
    expect(summary, stdout).not.toBeNull();
    expect(Number(summary![3])).toBeLessThanOrEqual(40);
    expect(Number(summary![1])).toBeGreaterThanOrEqual(4);
    expect(readFileSync(out, 'utf8')).toMatch(/^digraph/);
    const list = execFileSync(
      process.execPath,
      [path.join(root, 'cli/maple.mjs'), 'fsm', 'list', '--store', dir, '--json'],
      { encoding: 'utf8' },
    );
    expect(list).toContain(CLOCK);
  }, 60_000);

  it('refuses an app the launcher does not show, with exit code 2', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [path.join(root, 'cli/maple.mjs'), 'explore', '--app', 'NoSuchApp', '--steps', '5', '--store', tempDir()],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/no launcher icon labelled "NoSuchApp".*Clock/);
  }, 60_000);
});
