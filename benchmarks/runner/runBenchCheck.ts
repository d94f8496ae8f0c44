/**
 * What `maple bench check --suite <virtual|retention|retention-variants|file:tasks.json> [--tasks …]` does:
 * the soundness checks of every selected task (checkTaskSoundness: fails on
 * the fresh device, the reference passes with as many actions as golden
 * steps, a Home-only run fails) on one virtual device started here, one line
 * per task and a summary. Returns the exit code: 0 when every task is sound,
 * 1 when one is not, 2 for usage errors (no or unknown suite, a bad task
 * file, --tasks matching nothing).
 */
import { checkTaskSoundness, soundnessProblems, type TaskSoundness } from '../suites/virtual/index.ts';
import type { BenchTask } from '../types.ts';
import { loadSuite, VIRTUAL_SUITES } from './agentRunner.ts';
import { virtualDevices } from './deviceSources.ts';
import { BenchConfigError, NotBuiltError } from './errors.ts';
import { missingApps, virtualDeviceApps } from './missingApps.ts';
import type { BenchIo } from './runBenchCommand.ts';
import { selectTasks } from './selectTasks.ts';
import type { DeviceSession } from './types.ts';

export interface BenchCheckFlags {
  suite?: string;
  tasks?: string;
}

export async function runBenchCheck(flags: BenchCheckFlags, io: Pick<BenchIo, 'stdout' | 'stderr'>): Promise<number> {
  try {
    return await check(flags, io);
  } catch (error) {
    if (error instanceof BenchConfigError || error instanceof NotBuiltError) {
      io.stderr(`maple bench check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

async function loadCheckable(flags: BenchCheckFlags): Promise<BenchTask[]> {
  const suite = flags.suite;
  if (!suite) throw new BenchConfigError('--suite is required: --suite virtual or --suite file:<tasks.json>');
  if (!VIRTUAL_SUITES.includes(suite) && !suite.startsWith('file:'))
    throw new BenchConfigError(
      `--suite must be ${VIRTUAL_SUITES.join(', ')} or file:<tasks.json>, got "${suite}": the checks run tasks' references against state predicates on the virtual device`,
    );
  return selectTasks(await loadSuite(suite), flags.tasks);
}

/** A task naming apps the virtual phone lacks cannot run there: reported as its problem, without running it. */
function missingAppsResult(task: BenchTask, missing: string[]): TaskSoundness {
  const detail = `the virtual device has no ${missing.join(', ')}`;
  return { taskId: task.id, sound: false, checks: [{ name: 'checkable', pass: false, detail }], ms: 0 };
}

/** A task whose setup throws (a launch package the device cannot start, say) is that task's problem, not the command's. */
async function checkOrReport(session: DeviceSession, task: BenchTask): Promise<TaskSoundness> {
  const started = Date.now();
  try {
    return await checkTaskSoundness(session, task);
  } catch (error) {
    const detail = `could not be run: ${error instanceof Error ? error.message : String(error)}`;
    return {
      taskId: task.id,
      sound: false,
      checks: [{ name: 'checkable', pass: false, detail }],
      ms: Date.now() - started,
    };
  }
}

function line(r: TaskSoundness): string {
  const secs = `${(r.ms / 1000).toFixed(1)} s`;
  if (r.sound) {
    const golden = r.checks.find((c) => c.name === 'golden steps')?.detail ?? '';
    return `✓ ${r.taskId}  fails fresh, reference passes (${golden}), Home only fails  (${secs})`;
  }
  return `✗ ${r.taskId}  ${soundnessProblems(r).join('; ')}  (${secs})`;
}

async function check(flags: BenchCheckFlags, io: Pick<BenchIo, 'stdout' | 'stderr'>): Promise<number> {
  const tasks = await loadCheckable(flags);
  const installed = await virtualDeviceApps();
  const source = await virtualDevices(1);
  let session: DeviceSession | undefined;
  try {
    session = await source.factory(0);
    io.stdout(`maple bench check: ${tasks.length} task(s) of ${flags.suite} on ${source.describe}\n`);
    const results: TaskSoundness[] = [];
    for (const task of tasks) {
      const missing = missingApps(task, installed);
      const r = missing.length ? missingAppsResult(task, missing) : await checkOrReport(session, task);
      results.push(r);
      io.stdout(`${line(r)}\n`);
    }
    const unsound = results.filter((r) => !r.sound).map((r) => r.taskId);
    io.stdout(
      `${results.length} task(s): ${results.length - unsound.length} sound, ${unsound.length} with problems` +
        `${unsound.length ? `: ${unsound.join(', ')}` : ''}\n`,
    );
    return unsound.length === 0 ? 0 : 1;
  } finally {
    await session?.close();
    await source.close();
  }
}
