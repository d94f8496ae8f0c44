/**
 * Is a task sound? The checks every task of the virtual suite passes, and
 * that `maple bench check` runs on your own task files:
 *
 *   1. fails fresh: the predicate does not already hold on the device as the
 *      runner prepares it (seed, fault profile, Home, the start app);
 *   2. reference passes: the reference solution, run through the Device
 *      interface, makes the predicate hold (with its answer);
 *   3. golden steps: it took as many actions as the task's golden steps;
 *   4. Home only fails: a run that only presses Home, and answers nothing,
 *      leaves the predicate failing (no task passes by accident).
 *
 * One function for the e2e test and the command, so both mean the same.
 */
import type { DeviceSession } from '../../runner/types.ts';
import type { BenchTask } from '../../types.ts';
import { checkReference, type ReferenceCheck } from './checkReference.ts';

export type SoundnessCheckName = 'checkable' | 'fails fresh' | 'reference passes' | 'golden steps' | 'Home only fails';

export interface SoundnessCheck {
  name: SoundnessCheckName;
  pass: boolean;
  /** What was found, in a few words (the predicate's reason when it decided). */
  detail: string;
}

export interface TaskSoundness {
  taskId: string;
  /** True when every check passed. */
  sound: boolean;
  checks: SoundnessCheck[];
  ms: number;
}

/** Why a task cannot be checked at all (no reference, not a state predicate, no ground truth); null when it can. */
function uncheckable(session: DeviceSession, task: BenchTask): string | null {
  if (!session.control) return 'the device has no ground truth (soundness needs the virtual device)';
  if (task.success.kind !== 'state')
    return `success kind "${task.success.kind}": only state predicates can be checked on the device`;
  if (!task.reference || task.reference.length === 0) return 'the task has no reference solution to run';
  return null;
}

function referenceChecks(task: BenchTask, r: ReferenceCheck): SoundnessCheck[] {
  const checks: SoundnessCheck[] = [
    {
      name: 'fails fresh',
      pass: !r.before.success,
      detail: r.before.success ? `the predicate already holds (${r.before.reason})` : 'fails on the fresh device',
    },
  ];
  if (r.error !== null) {
    checks.push({ name: 'reference passes', pass: false, detail: `the reference broke: ${r.error}` });
    return checks;
  }
  const passed = r.after?.success === true;
  checks.push({
    name: 'reference passes',
    pass: passed,
    detail: passed ? 'the reference passes' : `the reference ran but the predicate fails: ${r.after?.reason}`,
  });
  checks.push({
    name: 'golden steps',
    pass: r.actions === task.goldenSteps,
    detail: `${r.actions} action(s), golden steps ${task.goldenSteps ?? 'not given'}`,
  });
  return checks;
}

/** Runs the soundness checks of one task on a session of the virtual device. */
export async function checkTaskSoundness(session: DeviceSession, task: BenchTask): Promise<TaskSoundness> {
  const started = Date.now();
  const cannot = uncheckable(session, task);
  const checks: SoundnessCheck[] = cannot
    ? [{ name: 'checkable', pass: false, detail: cannot }]
    : referenceChecks(task, await checkReference(session, task));
  if (!cannot) {
    const home = await checkReference(session, { ...task, reference: [{ do: 'home' }] });
    const passes = home.after?.success === true;
    checks.push({
      name: 'Home only fails',
      pass: home.error === null && !passes,
      detail:
        home.error !== null
          ? `pressing Home broke: ${home.error}`
          : passes
            ? `a run that only presses Home passes (${home.after?.reason})`
            : 'a Home-only run fails',
    });
  }
  return { taskId: task.id, sound: checks.every((c) => c.pass), checks, ms: Date.now() - started };
}

/** The failed checks of a task as sentences ("golden steps: 5 action(s), golden steps 4"); empty when sound. */
export function soundnessProblems(result: TaskSoundness): string[] {
  return result.checks.filter((c) => !c.pass).map((c) => `${c.name}: ${c.detail}`);
}
