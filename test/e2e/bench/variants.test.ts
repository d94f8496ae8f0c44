/**
 * `maple bench --variant all` through the real CLI, Appium server and
 * virtual device: one task in its own wording and its two paraphrases
 * (replayed by the reference agent, which needs no model), judged on the
 * device's ground truth, with the wordings side by side in summary.md; the
 * same command again resumes with nothing left to do. A task file without
 * paraphrases is refused with `--variant paraphrase`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFinished } from '../../../benchmarks/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function bench(args: string[]) {
  return spawnSync(process.execPath, ['cli/maple.mjs', 'bench', ...args], {
    cwd: ROOT,
    env: { ...process.env, CI: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('maple bench --variant', () => {
  it('runs a task in every wording, reports them side by side and resumes', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-bench-variants-'));
    const args = [
      '--suite',
      'virtual',
      '--agent',
      'reference',
      '--tasks',
      'x_catan_price_to_bob',
      '--variant',
      'all',
      '--no-screenshots',
      '--no-report',
      '--out',
      out,
    ];
    const first = bench(args);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('3 task(s) (1 original, 2 paraphrased)');
    expect(first.stdout).toContain('by wording: original 1/1 (100.0%), paraphrase 2/2 (100.0%)');

    const { results } = await readFinished(out);
    expect(results.map((r) => [r.runKey, r.variant, r.baseId, r.success]).sort()).toEqual([
      ['virtual:x_catan_price_to_bob#0', 'original', 'x_catan_price_to_bob', true],
      ['virtual:x_catan_price_to_bob~p1#0', 'paraphrase', 'x_catan_price_to_bob', true],
      ['virtual:x_catan_price_to_bob~p2#0', 'paraphrase', 'x_catan_price_to_bob', true],
    ]);
    for (const r of results) expect(r.verdict.evaluator).toBe('state');
    const md = readFileSync(path.join(out, 'summary.md'), 'utf8');
    expect(md).toContain('| all | 100.0% (1/1) | 100.0% (2/2) | 0.0 pp |');

    const second = bench(args);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('resuming: 3 run(s) already in results.jsonl are skipped');
  }, 180_000);

  it('refuses --variant paraphrase on tasks that have none', () => {
    const r = bench(['--suite', `file:${path.join(import.meta.dirname, 'tinySuite.json')}`, '--variant', 'paraphrase']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--variant paraphrase: no task of file:.*tinySuite\.json has paraphrases/);
  });
});
