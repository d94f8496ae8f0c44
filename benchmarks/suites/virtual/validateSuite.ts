/**
 * Static checks on a list of virtual-device tasks (the built-in suite or a
 * user's task file), without a device: ids unique, predicates parse, apps
 * installed on the virtual phone, fault profiles known, golden steps equal
 * to the reference's length (or the difference explained), answer tasks
 * answering, paraphrases (when given) non-empty and other wordings. Returns every problem found; an empty list means sound.
 */
import { APPS } from '../../../drivers/virtual-android/src/apps/registry.ts';
import { parseFaultProfile } from '../../../drivers/virtual-android/src/phone/faults/FaultProfile.ts';
import { parsePredicate } from '../../predicate/parsePredicate.ts';
import type { Predicate } from '../../predicate/types.ts';
import type { BenchTask } from '../../types.ts';
import { countActions } from './defineTask.ts';
import { paraphraseProblems } from '../paraphraseProblems.ts';

export interface SuiteProblem {
  taskId: string;
  problem: string;
}

/** A task list that failed validation: every problem, one per line. */
export class VirtualSuiteError extends Error {
  override readonly name = 'VirtualSuiteError';
  constructor(readonly problems: SuiteProblem[]) {
    super(
      `${problems.length} problem(s) in the virtual suite:\n${problems.map((p) => `  ${p.taskId}: ${p.problem}`).join('\n')}\nFix the task definitions (benchmarks/suites/virtual/tasks/) or the task file.`,
    );
  }
}

function usesAnswer(p: Predicate): boolean {
  if ('answer' in p) return true;
  if ('all' in p) return p.all.some(usesAnswer);
  if ('any' in p) return p.any.some(usesAnswer);
  if ('not' in p) return usesAnswer(p.not);
  return [p.some, p.every, p.none].some((q) => q !== undefined && usesAnswer(q));
}

export function validateVirtualSuite(tasks: readonly BenchTask[]): SuiteProblem[] {
  const problems: SuiteProblem[] = [];
  const add = (taskId: string, problem: string): void => void problems.push({ taskId, problem });
  const labels = new Set(APPS.filter((a) => !a.hidden).map((a) => a.label));
  const packages = new Set(APPS.map((a) => a.package));
  const seen = new Set<string>();
  for (const t of tasks) {
    if (seen.has(t.id)) add(t.id, 'duplicate id');
    seen.add(t.id);
    if (!t.instruction.trim()) add(t.id, 'empty instruction');
    if (t.paraphrases !== undefined) for (const p of paraphraseProblems(t.instruction, t.paraphrases)) add(t.id, p);
    if (t.apps.length === 0) add(t.id, 'no apps listed');
    for (const a of t.apps)
      if (!labels.has(a))
        add(t.id, `app "${a}" is not on the virtual phone (launcher labels: ${[...labels].join(', ')})`);
    if (t.crossApp !== new Set(t.apps).size > 1)
      add(t.id, `crossApp is ${t.crossApp} but the task lists ${new Set(t.apps).size} app(s)`);
    if (t.launch.mode === 'app' && !packages.has(t.launch.package))
      add(t.id, `launch package ${t.launch.package} is not installed`);
    if (t.difficulty === null || ![1, 2, 3].includes(t.difficulty))
      add(t.id, `difficulty must be 1, 2 or 3, got ${String(t.difficulty)}`);
    if (t.seed === null || !Number.isInteger(t.seed) || t.seed < 0)
      add(t.id, `seed must be a non-negative integer, got ${String(t.seed)}`);
    try {
      parseFaultProfile(t.faultProfile === 'none' ? null : t.faultProfile);
    } catch (e) {
      add(t.id, `fault profile: ${(e as Error).message}`);
    }
    if (t.success.kind !== 'state') {
      add(t.id, `success must be a state predicate, got "${t.success.kind}"`);
      continue;
    }
    try {
      parsePredicate(t.success.predicate);
    } catch (e) {
      add(t.id, `predicate: ${(e as Error).message}`);
    }
    const ref = t.reference;
    if (!ref || ref.length === 0) {
      add(t.id, 'no reference solution');
      continue;
    }
    for (const s of ref)
      if (s.do === 'openApp' && !packages.has(s.package))
        add(t.id, `reference opens ${s.package}, which is not installed`);
    const actions = countActions(ref);
    const note = (t as { goldenStepsNote?: string }).goldenStepsNote;
    if (t.goldenSteps !== actions && !note)
      add(
        t.id,
        `goldenSteps ${String(t.goldenSteps)} differs from the reference's ${actions} actions and no goldenStepsNote says why`,
      );
    const answers = ref.some((s) => s.do === 'answer');
    if (usesAnswer(t.success.predicate) && !answers)
      add(t.id, 'the predicate checks the answer but the reference gives none');
    if (!usesAnswer(t.success.predicate) && answers)
      add(t.id, 'the reference answers but the predicate never checks the answer');
  }
  return problems;
}

/** Throws a VirtualSuiteError listing every problem, or returns the tasks. */
export function assertValidSuite<T extends BenchTask>(tasks: T[]): T[] {
  const problems = validateVirtualSuite(tasks);
  if (problems.length) throw new VirtualSuiteError(problems);
  return tasks;
}
