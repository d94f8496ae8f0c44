/**
 * The FSM ablation is fair: both arms get every part that does not read the
 * FSM, through the real runner, with the noisy oracle (error rate 0.3) and
 * light device faults.
 *
 * What it guards (docs/benchmarks.md, "Ablation"): the FSM-off arm still
 * judges each step by the rules that do not read the FSM (a mis-grounding is
 * caught and undone by one Back there too), so the difference between the arms
 * is the FSM's own share (its predictions, its rollback paths, its store) and
 * nothing else; at error rate 0 the oracle solves the subset in both arms (a
 * gap would be the framework's), and a run is deterministic for its seed.
 * It asserts no winner: measured on the whole suite the arms are within the
 * confidence interval of each other (docs/benchmarks.md gives the numbers).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBenchCommand } from '../../../benchmarks/runner/runBenchCommand.ts';

const TASKS =
  'settings_wifi_off,settings_dark_theme,contacts_favorite_grace,clock_add_alarm,mail_star_lease,notes_pin_groceries,shop_add_catan,x_catan_price_to_bob';
const root = mkdtempSync(path.join(tmpdir(), 'maple-ablation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Row {
  taskId: string;
  repetition: number;
  success: boolean;
  facts: { steps: number; modelCalls: number };
}
interface Step {
  kind: string;
  verdict: string;
  verdictRule?: string;
  predicted?: boolean;
}
interface Arm {
  rows: Row[];
  steps: Step[];
}

async function bench(name: string, model: string, fsm: boolean, faults: string, repetitions = 1): Promise<Arm> {
  const out = path.join(root, name);
  const code = await runBenchCommand(
    {
      suite: 'virtual',
      model,
      agent: 'maple',
      devices: '2',
      repetitions: String(repetitions),
      faults,
      fsm,
      tasks: TASKS,
      out,
      screenshots: false,
    },
    { stdout: () => {}, stderr: (t) => process.stderr.write(t), live: false },
  );
  expect(code).toBe(0);
  const rows = readFileSync(path.join(out, 'results.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
  const steps: Step[] = [];
  const trajectories = path.join(out, 'trajectories', 'virtual');
  for (const task of readdirSync(trajectories))
    for (const rep of readdirSync(path.join(trajectories, task)))
      for (const line of readFileSync(path.join(trajectories, task, rep, 'steps.jsonl'), 'utf8')
        .trim()
        .split('\n'))
        if (line) steps.push(JSON.parse(line) as Step);
  return { rows, steps };
}

const key = (arm: Arm): string =>
  JSON.stringify(arm.rows.map((r) => [r.taskId, r.repetition, r.success, r.facts.steps, r.facts.modelCalls]).sort());
const actions = (arm: Arm): Step[] => arm.steps.filter((s) => s.kind === 'action');

describe('ablation: the noisy oracle, FSM on vs off', () => {
  it('at error rate 0 the oracle solves every task of the subset, FSM on and off', async () => {
    for (const fsm of [true, false]) {
      const { rows } = await bench(`zero-${fsm}`, 'noisy-oracle:0', fsm, 'off');
      expect(rows).toHaveLength(8);
      expect(rows.filter((r) => !r.success).map((r) => r.taskId)).toEqual([]);
    }
  }, 600_000); // generous: past 120 s with two copies of the suite on 2 cores

  it('with noise and faults on, both arms judge steps by the rules that do not read the FSM; only FSM on predicts', async () => {
    const on = await bench('noisy-on', 'noisy-oracle:0.3', true, 'light', 2);
    const off = await bench('noisy-off', 'noisy-oracle:0.3', false, 'light', 2);
    expect(on.rows).toHaveLength(16);
    expect(off.rows).toHaveLength(16);
    // The oracle's deliberate mis-groundings are caught in both arms by the same rule, and answered by recovery steps.
    for (const arm of [on, off]) {
      expect(
        actions(arm).filter((s) => s.verdict === 'fail' && s.verdictRule === 'mis-grounded').length,
      ).toBeGreaterThan(0);
      expect(arm.steps.filter((s) => s.kind === 'recovery').length).toBeGreaterThan(0);
    }
    // What reads the FSM appears only in the FSM arm.
    expect(off.steps.filter((s) => s.predicted !== undefined || s.verdictRule === 'fsm-prediction')).toEqual([]);
    expect(actions(on).filter((s) => s.predicted !== undefined).length).toBeGreaterThan(0);
    // Same seeds, same results.
    expect(key(await bench('noisy-off-again', 'noisy-oracle:0.3', false, 'light', 2))).toBe(key(off));
  }, 600_000); // generous: past 180 s with two copies of the suite on 2 cores
});
