import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runReportHtml, writeSyntheticTrajectory } from '../../../reports/index.ts';
import { findBenchVerdict } from '../../../reports/run/findBenchVerdict.ts';
import { readEvaluation } from '../../../reports/run/readEvaluation.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-run-verdict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function benchWith(dir: string, lines: object[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'results.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n{"taskId": "cut');
}

describe("a run page's verdict", () => {
  it('is found in the results.jsonl of the bench folder above the trajectory, matched by its folder', () => {
    const bench = path.join(tmp, 'bench');
    const traj = writeSyntheticTrajectory(path.join(bench, 'trajectories', 'virtual', 'b', 'rep0'), {
      steps: 2,
      width: 90,
      height: 200,
    });
    benchWith(bench, [
      { taskId: 'a', success: true, trajectoryDir: 'trajectories/virtual/a/rep0', verdict: { evaluator: 'state' } },
      {
        taskId: 'b',
        success: false,
        termination: 'finished',
        trajectoryDir: 'trajectories/virtual/b/rep0',
        verdict: { evaluator: 'state', reason: 'cities does not contain "Tokyo"' },
      },
    ]);
    const verdict = findBenchVerdict(traj.dir);
    expect(verdict).toMatchObject({ taskId: 'b', success: false, evaluator: 'state', termination: 'finished' });
    expect(verdict?.reason).toContain('Tokyo');
    // the agent's own summary says success; the page follows the evaluator
    const { html } = runReportHtml(traj.dir);
    expect(html).toMatch(/data-testid="run-status">Failed</);
    expect(html).toContain('data-testid="disagreement"');
  });

  it('is absent for a run outside any bench, and then the page says the status is the agent’s own', () => {
    const traj = writeSyntheticTrajectory(path.join(tmp, 'alone'), { steps: 2, width: 90, height: 200 });
    expect(findBenchVerdict(traj.dir)).toBeUndefined();
    expect(runReportHtml(traj.dir).html).toContain('as the agent reported it');
  });

  it('says when evaluation.json cannot be read instead of failing the page', () => {
    const traj = writeSyntheticTrajectory(path.join(tmp, 'badeval'), { steps: 2, width: 90, height: 200 });
    writeFileSync(path.join(traj.dir, 'evaluation.json'), '{"format":"other"}');
    expect(readEvaluation(traj.dir)).toMatchObject({ kind: 'unreadable' });
    expect(runReportHtml(traj.dir).html).toMatch(
      /Ground-truth labels not shown: .*evaluation\.json is not a version-1/,
    );
    writeFileSync(path.join(traj.dir, 'evaluation.json'), '{');
    expect(readEvaluation(traj.dir)).toMatchObject({
      kind: 'unreadable',
      problem: expect.stringContaining('not JSON'),
    });
  });
});
