import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendResult } from '../../../benchmarks/output/index.ts';
import { makeResult, makeTask } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const maple = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'cli/maple.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });

let dirA: string;
let dirB: string;

beforeAll(async () => {
  dirA = mkdtempSync(path.join(os.tmpdir(), 'cmp-a-'));
  dirB = mkdtempSync(path.join(os.tmpdir(), 'cmp-b-'));
  const tasks = Array.from({ length: 8 }, (_, i) => makeTask(`t${i}`));
  for (const [i, t] of tasks.entries()) {
    for (const rep of [0, 1]) {
      await appendResult(dirA, makeResult(t, i < 3, { repetition: rep, fsm: false, facts: { steps: 9 } }));
      await appendResult(dirB, makeResult(t, i < 8, { repetition: rep, facts: { steps: 5 } }));
    }
  }
});

describe('maple bench compare', () => {
  it('prints per-metric differences with intervals', () => {
    const r = maple('bench', 'compare', dirA, dirB, '--resamples', '500');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('fsm=off');
    expect(r.stdout).toContain('Shared tasks: 8');
    expect(r.stdout).toMatch(
      /\| success rate \| 37\.5% \| 100\.0% \| \+62\.5 pp \| \[\d+\.\d, \d+\.\d\] pp \| paired-bootstrap \| B better \|/,
    );
    expect(r.stdout).toMatch(/\| steps per run \| 9\.00 \| 5\.00 \| -4\.00 \|.*\| B better \|/);
    expect(r.stdout).toContain('newcombe');
  });

  it('prints JSON on request', () => {
    const r = maple('bench', 'compare', dirA, dirB, '--json', '--resamples', '200', '--seed', '5');
    const j = JSON.parse(r.stdout) as {
      sharedTasks: number;
      seed: number;
      metrics: Array<{ metric: string; significant: boolean }>;
    };
    expect(j.sharedTasks).toBe(8);
    expect(j.seed).toBe(5);
    expect(j.metrics.find((m) => m.metric === 'success rate')?.significant).toBe(true);
  });

  it('exits 2 with a clear message for a folder without results', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'cmp-empty-'));
    const r = maple('bench', 'compare', dirA, empty);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`no results in ${empty}/results.jsonl`);
  });
});
