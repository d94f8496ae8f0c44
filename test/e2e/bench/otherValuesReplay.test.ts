/**
 * Learned tasks serve other values through the real runner (issue #11 item
 * 5): a task learnt on the virtual phone with the scripted oracle (noise 0)
 * replays its other-values variant with no model call where the values are
 * not typed texts: a day picked from a month grid ("Wednesday, June 11" →
 * "Thursday, June 19"), an alarm row showing the time padded ("07:15" →
 * "09:40"), amounts keyed in on the calculator ("$64.50" → "$82.40"). Success
 * is each variant's predicate on the device's ground truth.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchCommand } from '../../../benchmarks/runner/runBenchCommand.ts';

const TASKS = ['calendar_create_haircut', 'clock_weekday_medication_alarm', 'calc_tip'];
const root = mkdtempSync(path.join(tmpdir(), 'maple-other-values-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  taskId: string;
  success: boolean;
  facts: { modelCalls: number };
}

async function bench(suite: string, tasks: string[], name: string): Promise<Row[]> {
  const out = path.join(root, name);
  const code = await runBenchCommand(
    {
      suite,
      model: 'noisy-oracle:0',
      agent: 'maple',
      devices: '1',
      repetitions: '1',
      fsm: true,
      tasks: tasks.join(','),
      store: path.join(root, 'store'),
      out,
      screenshots: false,
    },
    { stdout: () => {}, stderr: (t) => process.stderr.write(t), live: false },
  );
  expect(code).toBe(0);
  return readFileSync(path.join(out, 'results.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

describe('other values through the runner', () => {
  it('a grid day, a padded time and keyed-in amounts replay for new values with no model call', async () => {
    const learnt = await bench('retention', TASKS, 'learn');
    for (const r of learnt) expect(r.success, r.taskId).toBe(true);
    const variants = await bench(
      'retention-variants',
      TASKS.map((t) => `${t}__other`),
      'variants',
    );
    expect(variants.map((r) => r.taskId).sort()).toEqual(TASKS.map((t) => `${t}__other`).sort());
    for (const r of variants) {
      expect(r.success, r.taskId).toBe(true);
      expect(r.facts.modelCalls, r.taskId).toBe(0);
    }
  });
});
