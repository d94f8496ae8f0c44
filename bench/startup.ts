/**
 * How soon the `maple` command answers, as a user starts it: `maple --help`
 * until it exits, and `maple run` on the virtual phone until its first step
 * line (`#0 Launcher  tap "Settings" -> success`). Each sample is a new Node
 * process spawned from cli/maple.mjs, so Node's own start, the choice between
 * the compiled build and the sources, every import, Appium's start and the
 * session are all inside the number. Whether dist/ was fresh (compiled) is in
 * the result: the targets are for an installed tree, where `prepare` built it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../repoRoot.ts';
import { msResult } from './stats.ts';
import type { BenchResult } from './types.ts';

const MAPLE = path.join(REPO_ROOT, 'cli/maple.mjs');
const FIRST_STEP = /^#\d+ /m;
const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');

interface Timed {
  /** ms from spawn to the first output line matching the pattern (or to exit when none is given). */
  ms: number;
  code: number | null;
  output: string;
}

/** Spawns `maple args`, times it to the first line matching `until` (or to its exit), then waits for the exit. */
function timeMaple(args: string[], env: NodeJS.ProcessEnv, until?: RegExp): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [MAPLE, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let output = '';
    let seenAt: number | undefined;
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (until && seenAt === undefined && until.test(output)) seenAt = performance.now() - started;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = until ? seenAt : performance.now() - started;
      if (ms === undefined)
        reject(new Error(`maple ${args.join(' ')} exited ${code} before a line matching ${until}:\n${output}`));
      else resolve({ ms, code, output });
    });
  });
}

/** 'compiled' when cli/maple.mjs will run dist/, else why it runs the sources through tsx. */
async function codePath(): Promise<string> {
  // Plain JavaScript without type declarations, found from the repository root (this file may run from dist/).
  const buildOutput = pathToFileURL(path.join(REPO_ROOT, 'scripts/buildOutput.mjs')).href;
  const { staleReason } = (await import(buildOutput)) as { staleReason(): string | undefined };
  if (process.env['MAPLE_FROM_SOURCE'] === '1') return 'sources (MAPLE_FROM_SOURCE=1)';
  const stale = staleReason();
  return stale ? `sources (dist: ${stale}; npm run build)` : 'compiled';
}

export async function runStartupBench(helpRuns = 15, runRuns = 5): Promise<BenchResult[]> {
  const code = await codePath();
  const help: number[] = [];
  await timeMaple(['--help'], {}); // warms the file cache, as any second start would be
  for (let i = 0; i < helpRuns; i++) {
    const r = await timeMaple(['--help'], {});
    if (r.code !== 0) throw new Error(`maple --help exited ${r.code}:\n${r.output}`);
    help.push(r.ms);
  }
  const firstStep: number[] = [];
  const tmp = mkdtempSync(path.join(tmpdir(), 'maple-startup-bench-'));
  try {
    for (let i = 0; i < runRuns; i++) {
      // A new store each time: every sample is a first run, with nothing learnt to replay.
      const dir = path.join(tmp, String(i));
      const args = ['run', 'Turn on Dark theme in Settings', '--store', path.join(dir, 'store')];
      const r = await timeMaple(
        [...args, '--out', path.join(dir, 'run'), '--no-report'],
        { MAPLE_HOME: dir },
        FIRST_STEP,
      );
      if (r.code !== 0) throw new Error(`maple run exited ${r.code}:\n${r.output}`);
      firstStep.push(r.ms);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const helpResult = msResult('startup: maple --help, spawn to exit', help, 'p50 <= 300 ms', { code });
  const runResult = msResult(
    'startup: maple run, spawn to first step line (virtual phone)',
    firstStep,
    'p50 <= 1500 ms',
    {
      code,
    },
  );
  helpResult.extra = { ...helpResult.extra, verdict: verdict(helpResult.p50 <= 300) };
  runResult.extra = { ...runResult.extra, verdict: verdict(runResult.p50 <= 1500) };
  return [helpResult, runResult];
}
