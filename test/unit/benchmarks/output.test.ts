import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregateResults } from '../../../benchmarks/metrics/index.ts';
import {
  appendResult,
  checkSpaBenchLayout,
  readFinished,
  renderSummaryMarkdown,
  RESULTS_FILE,
  spaBenchTaskDir,
  writeSpaBenchLayout,
  writeSummaryJson,
  writeSummaryMarkdown,
} from '../../../benchmarks/output/index.ts';
import { makeResult, makeTask } from './fixtures.ts';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'bench-out-'));
// A real 1x1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('results.jsonl', () => {
  it('appends one line per run and reads them back', async () => {
    const dir = tmp();
    expect((await readFinished(dir)).results).toEqual([]);
    const r1 = makeResult(makeTask('a'), true);
    const r2 = makeResult(makeTask('b'), false);
    await appendResult(dir, r1);
    await appendResult(dir, r2);
    const text = readFileSync(path.join(dir, RESULTS_FILE), 'utf8');
    expect(text.split('\n')).toHaveLength(3);
    const f = await readFinished(dir);
    expect(f.results).toEqual([r1, r2]);
    expect([...f.keys]).toEqual(['virtual:a#0', 'virtual:b#0']);
    expect(f.truncatedTail).toBe(false);
  });

  it('tolerates a truncated last line and keeps appending on a fresh line', async () => {
    const dir = tmp();
    await appendResult(dir, makeResult(makeTask('a'), true));
    const partial = JSON.stringify(makeResult(makeTask('b'), true)).slice(0, 40);
    appendFileSync(path.join(dir, RESULTS_FILE), partial);
    const f = await readFinished(dir);
    expect(f.truncatedTail).toBe(true);
    expect(f.corrupt).toEqual([]);
    expect([...f.keys]).toEqual(['virtual:a#0']);

    // Resume: task b runs again and its line lands on its own line.
    await appendResult(dir, makeResult(makeTask('b'), true));
    const g = await readFinished(dir);
    expect([...g.keys]).toEqual(['virtual:a#0', 'virtual:b#0']);
    expect(g.truncatedTail).toBe(false);
    expect(g.corrupt).toEqual([{ line: 2, reason: expect.stringMatching(/invalid JSON/) }]);
  });

  it('keeps the last line for a rerun key and survives concurrent appends', async () => {
    const dir = tmp();
    const task = makeTask('a');
    await appendResult(dir, makeResult(task, false));
    await appendResult(dir, makeResult(task, true));
    expect((await readFinished(dir)).results.map((r) => r.success)).toEqual([true]);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => appendResult(dir, makeResult(makeTask(`c${i}`), i % 2 === 0))),
    );
    const f = await readFinished(dir);
    expect(f.results).toHaveLength(41);
    expect(f.corrupt).toEqual([]);
  });

  it('reports lines that are JSON but not results', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, RESULTS_FILE), '{"hello":1}\n');
    expect((await readFinished(dir)).corrupt).toEqual([{ line: 1, reason: 'missing runKey' }]);
  });
});

describe('summary files', () => {
  it('writes summary.json and a Markdown table', async () => {
    const dir = tmp();
    const s = aggregateResults([
      makeResult(makeTask('a'), true),
      makeResult(makeTask('b', { apps: ['Notes'], difficulty: 2 }), false, { facts: { termination: 'timeout' } }),
    ]);
    const jsonFile = await writeSummaryJson(dir, s);
    expect(JSON.parse(readFileSync(jsonFile, 'utf8'))).toEqual(s);
    const md = renderSummaryMarkdown(s);
    expect(md).toContain('| all | 2 | 2 | 50.0% [');
    expect(md).toContain('## By app');
    expect(md).toContain('| Notes | 1 | 1 | 0.0% [0.0–');
    expect(md).toContain('| timeout | 1 |');
    const mdFile = await writeSummaryMarkdown(dir, s);
    expect(readFileSync(mdFile, 'utf8')).toBe(md);
  });
});

describe('SPA-Bench agent layout', () => {
  const run = {
    screenshots: [PNG, PNG, PNG],
    steps: [
      { step: 1, response: 'tap search', prompt_tokens: 100, completion_tokens: 10, action: "tap 'Search'" },
      {
        step: 2,
        response: 'type',
        prompt_tokens: 120,
        completion_tokens: 12,
        action: { name: 'type', text: 'sunglasses' },
      },
    ],
    finished: true,
    elapsedInitialSec: 1.5,
    elapsedExecSec: 12.25,
  };

  it('writes 0.png.. and log.json with the summary last, and passes the checker', async () => {
    const root = tmp();
    const dir = spaBenchTaskDir(root, 'amazon_0');
    expect(dir).toBe(path.join(root, 'amazon_0', 'MAPLE'));
    await writeSpaBenchLayout(dir, run);
    const log = JSON.parse(readFileSync(path.join(dir, 'log.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(log).toHaveLength(3);
    expect(log[2]).toEqual({
      total_steps: 2,
      finish_signal: 1,
      elapsed_time_initial: 1.5,
      elapsed_time_exec: 12.25,
      total_prompt_tokens: 220,
      total_completion_tokens: 22,
    });
    const check = await checkSpaBenchLayout(dir);
    expect(check).toMatchObject({ ok: true, problems: [], screenshots: 3 });
  });

  it('writes error.json for a failed run and replaces an old folder', async () => {
    const dir = path.join(tmp(), 't', 'MAPLE');
    await writeSpaBenchLayout(dir, { ...run, screenshots: [PNG, PNG, PNG, PNG, PNG] });
    await writeSpaBenchLayout(dir, { ...run, finished: false, error: 'device lost' });
    expect(JSON.parse(readFileSync(path.join(dir, 'error.json'), 'utf8'))).toEqual([{ error_message: 'device lost' }]);
    const check = await checkSpaBenchLayout(dir);
    expect(check.ok).toBe(true);
    expect(check.screenshots).toBe(3);
    expect(check.summary?.finish_signal).toBe(0);
  });

  it('the checker finds gaps, non-PNGs and bad summaries', async () => {
    const dir = path.join(tmp(), 't', 'MAPLE');
    await writeSpaBenchLayout(dir, run);
    rmSync(path.join(dir, '1.png'));
    writeFileSync(path.join(dir, '2.png'), 'not a png');
    writeFileSync(
      path.join(dir, 'log.json'),
      JSON.stringify([
        {
          total_steps: 2,
          finish_signal: true,
          elapsed_time_initial: 0,
          total_prompt_tokens: 1,
          total_completion_tokens: 0,
        },
      ]),
    );
    const check = await checkSpaBenchLayout(dir);
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/numbered 0\.\.1 without gaps; found 2/),
        '2.png is not a PNG file',
        'log.json summary: elapsed_time_exec must be a number of seconds >= 0',
        'log.json summary: finish_signal must be 0 or 1',
      ]),
    );
    expect((await checkSpaBenchLayout(path.join(dir, 'nope'))).problems[0]).toMatch(/folder not found/);
  });
});
