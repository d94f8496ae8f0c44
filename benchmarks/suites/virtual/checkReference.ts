/**
 * Runs one task's reference solution the way the runner starts a task
 * (reset to the task's seed, its fault profile, home, start app) and judges
 * the device before and after: a sound task fails on the untouched device
 * and passes after its reference.
 */
import type { StateVerdict } from '../../evaluators/types.ts';
import { evaluateState } from '../../evaluators/stateEvaluator.ts';
import type { Json } from '../../predicate/types.ts';
import { prepareDevice } from '../../runner/prepareDevice.ts';
import type { DeviceSession } from '../../runner/types.ts';
import { runActionScript } from '../../script/runActionScript.ts';
import type { BenchTask } from '../../types.ts';

export interface ReferenceCheck {
  taskId: string;
  /** The predicate on the device right after the task's setup (must fail). */
  before: StateVerdict;
  /** The predicate after the reference ran, with its answer (must pass); null when the script threw. */
  after: StateVerdict | null;
  actions: number;
  answer: string | null;
  /** The script step that failed, if one did. */
  error: string | null;
  ms: number;
}

export async function checkReference(session: DeviceSession, task: BenchTask): Promise<ReferenceCheck> {
  const started = Date.now();
  if (!session.control) throw new Error(`checkReference(${task.id}): needs the virtual device's control API`);
  if (task.success.kind !== 'state')
    throw new Error(`checkReference(${task.id}): only state-predicate tasks can be checked`);
  if (!task.reference) throw new Error(`checkReference(${task.id}): the task has no reference solution`);
  const predicate = task.success.predicate;
  await prepareDevice(session, task, task.seed, task.faultProfile);
  const before = evaluateState(predicate, (await session.control.groundTruth()) as unknown as Json, null);
  let after: StateVerdict | null = null;
  let actions = 0;
  let answer: string | null = null;
  let error: string | null = null;
  try {
    const run = await runActionScript(session.device, task.reference);
    actions = run.actions;
    answer = run.answer;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  if (error === null)
    after = evaluateState(predicate, (await session.control.groundTruth()) as unknown as Json, answer);
  return { taskId: task.id, before, after, actions, answer, error, ms: Date.now() - started };
}
