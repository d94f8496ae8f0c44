/**
 * `--tasks`: a comma-separated list of task ids or globs (`*` any run of
 * characters, `?` one), matched against a task's id, its source id and the
 * id of the task it is a wording of (`baseId`), so a base id selects its
 * paraphrases too. An exact id that matches nothing is an error (a typo
 * would otherwise run nothing silently); so is a selection that matches no
 * task at all.
 */
import type { BenchTask } from '../types.ts';
import { BenchConfigError } from './errors.ts';
import { PARAPHRASE_MARK } from './taskVariants.ts';

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

export function selectTasks(tasks: readonly BenchTask[], spec: string | undefined): BenchTask[] {
  if (!spec || !spec.trim()) return [...tasks];
  const patterns = spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const selected = new Set<BenchTask>();
  for (const p of patterns) {
    const re = globToRegExp(p);
    const hits = tasks.filter((t) => [t.id, t.sourceId, t.baseId].some((id) => id !== undefined && re.test(id)));
    if (hits.length === 0 && !/[*?]/.test(p))
      throw new BenchConfigError(
        `--tasks: no task has the id "${p}" (ids look like ${tasks
          .slice(0, 3)
          .map((t) => t.id)
          .join(', ')})${p.includes(PARAPHRASE_MARK) ? '; paraphrase ids run with --variant paraphrase or all' : ''}`,
      );
    for (const h of hits) selected.add(h);
  }
  if (selected.size === 0) throw new BenchConfigError(`--tasks "${spec}" matches no task`);
  // Keep suite order, not pattern order.
  return tasks.filter((t) => selected.has(t));
}
