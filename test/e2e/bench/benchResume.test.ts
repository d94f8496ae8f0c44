/**
 * `maple bench` end to end through the real CLI, Appium server and virtual
 * devices: a run killed with SIGKILL after its first result resumes when the
 * same command is run again; finished runs are not rerun and every run ends
 * up in results.jsonl exactly once, with its SPA-Bench folder and the
 * summaries. First with the reference agent (--agent reference) on a tiny
 * task file (--suite file:…), which needs neither a model nor the agent
 * loop; then with the MAPLE agent and the offline model on part of the
 * virtual suite, the issue's own command.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpaBenchLayout, readFinished, RESULTS_FILE } from '../../../benchmarks/index.ts';
import { loadSuite, selectTasks } from '../../../benchmarks/runner/index.ts';
import { testData } from '../../support/sharedData.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SUITE = path.join(import.meta.dirname, 'tinySuite.json');
const TASK_IDS = ['dark_theme_on', 'open_about_phone', 'alarm_6_45', 'device_name_maple'];

function benchArgs(out: string): string[] {
  return referenceArgs(out);
}

function referenceArgs(out: string): string[] {
  return [
    'cli/maple.mjs',
    'bench',
    '--suite',
    `file:${SUITE}`,
    '--agent',
    'reference',
    '--devices',
    '2',
    '--repetitions',
    '2',
    '--latency',
    '15',
    '--out',
    out,
  ];
}

/** Runs the CLI until the first result line is in results.jsonl, then SIGKILLs it. */
function runAndKillAfterFirstResult(out: string, args: string[] = benchArgs(out)): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, CI: '1' } });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', () => undefined);
    const file = path.join(out, RESULTS_FILE);
    const poll = setInterval(() => {
      if (existsSync(file) && readFileSync(file, 'utf8').includes('\n')) {
        clearInterval(poll);
        child.kill('SIGKILL');
      }
    }, 5);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      if (signal === 'SIGKILL') resolve(stdout);
      else reject(new Error(`bench exited (${code}) before it could be killed:\n${stdout}`));
    });
  });
}

describe('maple bench: kill and resume', () => {
  it('resumes after SIGKILL without rerunning finished runs', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-bench-e2e-'));
    await runAndKillAfterFirstResult(out);
    const before = await readFinished(out);
    expect(before.results.length).toBeGreaterThanOrEqual(1);
    expect(before.results.length).toBeLessThan(8);
    const firstLines = new Map(before.results.map((r) => [r.runKey, r.startedAt]));

    const second = spawnSync(process.execPath, benchArgs(out), {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
      encoding: 'utf8',
      // Generous: the whole test took 109 s with a second copy of the suite running on 2 cores.
      timeout: 480_000,
    });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `resuming: ${before.results.length} run(s) already in results.jsonl are skipped; ${8 - before.results.length} to go`,
    );
    // Plain lines only when not on a terminal: no carriage-return status line in CI.
    expect(second.stdout).not.toContain('\r');

    const after = await readFinished(out);
    const text = readFileSync(path.join(out, RESULTS_FILE), 'utf8');
    const keys = text
      .split('\n')
      .filter((l) => l.endsWith('}'))
      .map((l) => (JSON.parse(l) as { runKey: string }).runKey);
    const expected = TASK_IDS.flatMap((id) => [`custom:${id}#0`, `custom:${id}#1`]).sort();
    // Exactly once each: nothing finished before was rerun (or appended twice).
    expect([...keys].sort()).toEqual(expected);
    for (const [key, startedAt] of firstLines)
      expect(after.results.find((r) => r.runKey === key)!.startedAt).toBe(startedAt);
    // Every reference solution solves its task, judged on the device's ground truth.
    for (const r of after.results) {
      expect(r.success, `${r.runKey}: ${r.verdict.reason}`).toBe(true);
      expect(r.verdict.evaluator).toBe('state');
      expect(r.metrics.actionAccuracy).toBe(1);
      expect(r.config).toMatchObject({ model: 'reference', agent: 'reference' });
    }
    for (const id of TASK_IDS) {
      for (const root of ['spa-bench', 'spa-bench-rep1']) {
        const check = await checkSpaBenchLayout(path.join(out, root, id, 'MAPLE'));
        expect(check.problems, `${root}/${id}`).toEqual([]);
        expect(check.summary?.finish_signal).toBe(1);
      }
    }
    const summary = JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8')) as { runs: number };
    expect(summary.runs).toBe(8);
    expect(readFileSync(path.join(out, 'summary.md'), 'utf8')).toContain('| all | 8 | 4 |');
  }, 600_000);

  it('the agent with the offline model on part of the virtual suite: killed, resumed, each run once', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-bench-e2e-agent-'));
    const args = [
      'cli/maple.mjs',
      'bench',
      '--suite',
      'virtual',
      '--model',
      'offline',
      '--devices',
      '2',
      '--tasks',
      'settings_*,clock_*',
      '--latency',
      '20',
      '--out',
      out,
    ];
    await runAndKillAfterFirstResult(out, args);
    const before = await readFinished(out);
    expect(before.results.length).toBeGreaterThanOrEqual(1);
    const second = spawnSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
      encoding: 'utf8',
      // Generous: these 13 agent runs outlasted 150 s with a second copy of the suite running on 2 cores.
      timeout: 600_000,
    });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain(`resuming: ${before.results.length} run(s) already in results.jsonl are skipped`);
    const keys = readFileSync(path.join(out, RESULTS_FILE), 'utf8')
      .split('\n')
      .filter((l) => l.endsWith('}'))
      .map((l) => (JSON.parse(l) as { runKey: string }).runKey);
    const selected = selectTasks(await loadSuite('virtual'), 'settings_*,clock_*');
    expect([...keys].sort()).toEqual(selected.map((t) => `virtual:${t.id}#0`).sort());
    const after = await readFinished(out);
    expect(after.results.length).toBe(keys.length);
    expect(after.results.length).toBeGreaterThan(before.results.length);
    for (const [key, startedAt] of before.results.map((r) => [r.runKey, r.startedAt] as const))
      expect(after.results.find((r) => r.runKey === key)!.startedAt).toBe(startedAt);
    for (const r of after.results) {
      expect(r.config).toMatchObject({ model: 'offline', fsm: true, agent: 'maple' });
      expect(r.verdict.evaluator).toBe('state');
      const check = await checkSpaBenchLayout(path.join(out, 'spa-bench', r.taskId, 'MAPLE'));
      expect(check.problems, r.taskId).toEqual([]);
    }
    expect(JSON.parse(readFileSync(path.join(out, 'summary.json'), 'utf8'))).toMatchObject({ runs: keys.length });
  }, 720_000);

  const spaBench = testData('spa-bench');
  it.skipIf(spaBench.missing)(
    spaBench.title('refuses SPA-Bench tasks on the virtual device, naming the missing apps'),
    () => {
      const data = spaBench.path;
      const r2 = spawnSync(
        process.execPath,
        [
          'cli/maple.mjs',
          'bench',
          '--suite',
          'spa-bench',
          '--data',
          data,
          '--tasks',
          'airbnb_1_ENG,General_Tool_0_ENG',
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r2.status).toBe(2);
      expect(r2.stderr).toMatch(
        /2 of 2 task\(s\) need apps the virtual device does not have: (?=.*airbnb)(?=.*Google Play Store)/i,
      );
      expect(r2.stderr).toContain('--device <appium url>');
    },
    120_000,
  );
});
