/**
 * `--variant original|paraphrase|all`: which wordings of each task run.
 *
 * A paraphrase run is the same task with its instruction replaced: same
 * seed, faults, start, success check and reference, id `<id>~p<n>` (n from
 * 1), `variant: 'paraphrase'` and `baseId: <id>`. Originals keep their id and
 * get `variant: 'original'`, `baseId: <id>`. The ids differ, so run keys
 * stay unique and resume treats each wording as its own run. The
 * `paraphrases` list itself is dropped from every expanded task: the agent
 * gets one wording, never the others.
 */
import type { BenchTask } from '../types.ts';
import { BenchConfigError } from './errors.ts';

export type VariantChoice = 'original' | 'paraphrase' | 'all';

export const VARIANT_CHOICES: readonly VariantChoice[] = ['original', 'paraphrase', 'all'];

/** The separator between a task id and its paraphrase number: `x_catan_price_to_bob~p1`. */
export const PARAPHRASE_MARK = '~p';

export function paraphraseId(baseId: string, index: number): string {
  return `${baseId}${PARAPHRASE_MARK}${index + 1}`;
}

/** Reads `--variant`; undefined means the suite's own wording. */
export function parseVariantChoice(value: string | undefined): VariantChoice {
  if (value === undefined) return 'original';
  if ((VARIANT_CHOICES as readonly string[]).includes(value)) return value as VariantChoice;
  throw new BenchConfigError(`--variant must be ${VARIANT_CHOICES.join(', ')} or omitted, got "${value}"`);
}

export interface ExpandedTasks {
  tasks: BenchTask[];
  /** Ids of tasks that have no paraphrases (so run only in their own wording, or not at all with `paraphrase`). */
  withoutParaphrases: string[];
}

/** The task without its list of other wordings: a run sees exactly one. */
function oneWording(task: BenchTask): Omit<BenchTask, 'paraphrases'> {
  const { paraphrases: _others, ...rest } = task;
  return rest;
}

function originalOf(task: BenchTask): BenchTask {
  return { ...oneWording(task), variant: 'original', baseId: task.id };
}

function paraphraseOf(task: BenchTask, instruction: string, index: number): BenchTask {
  return {
    ...oneWording(task),
    id: paraphraseId(task.id, index),
    // SPA-Bench's layout folders are named after the source id: each wording needs its own.
    ...(task.sourceId !== undefined ? { sourceId: paraphraseId(task.sourceId, index) } : {}),
    instruction,
    variant: 'paraphrase',
    baseId: task.id,
  };
}

/**
 * The tasks to run for a choice, task-major (a task's original, then its
 * paraphrases), so the wordings of one task sit together in the results.
 */
export function expandVariants(tasks: readonly BenchTask[], choice: VariantChoice): ExpandedTasks {
  const out: BenchTask[] = [];
  const withoutParaphrases: string[] = [];
  for (const task of tasks) {
    const paraphrases = task.paraphrases ?? [];
    if (paraphrases.length === 0) withoutParaphrases.push(task.id);
    if (choice !== 'paraphrase') out.push(originalOf(task));
    if (choice !== 'original') paraphrases.forEach((text, i) => out.push(paraphraseOf(task, text, i)));
  }
  return { tasks: out, withoutParaphrases };
}
