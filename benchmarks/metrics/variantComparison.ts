/**
 * The suite's own wording against its paraphrases, side by side: success of
 * each wording overall and per category, and every paraphrase run paired
 * with the original run of the same task and repetition (did the rewording
 * lose a task the original solved, or win one it lost?). Results written
 * before variants existed count as the original wording.
 */
import type { TaskResult, TaskVariant } from '../types.ts';
import { wilson, type RateStat } from './wilson.ts';

export type SuccessByVariant = Record<TaskVariant, RateStat>;

/** Paraphrase runs against their original's run; `pairs` = paraphrase runs whose original run is in the results. */
export interface PairedOutcomes {
  pairs: number;
  both: number;
  originalOnly: number;
  paraphraseOnly: number;
  neither: number;
}

export interface VariantComparison {
  /** Success of each wording over all runs. */
  overall: SuccessByVariant;
  /** Success of each wording per task category. */
  byCategory: Record<string, SuccessByVariant>;
  paired: PairedOutcomes;
}

const variantOf = (r: TaskResult): TaskVariant => r.variant ?? 'original';

function successByVariant(results: readonly TaskResult[]): SuccessByVariant {
  const rate = (v: TaskVariant): RateStat => {
    const runs = results.filter((r) => variantOf(r) === v);
    return wilson(runs.filter((r) => r.success).length, runs.length);
  };
  return { original: rate('original'), paraphrase: rate('paraphrase') };
}

function pairOutcomes(results: readonly TaskResult[]): PairedOutcomes {
  const key = (r: TaskResult): string => `${r.suite}:${r.baseId ?? r.taskId}#${r.repetition}`;
  const originals = new Map(results.filter((r) => variantOf(r) === 'original').map((r) => [key(r), r.success]));
  const out: PairedOutcomes = { pairs: 0, both: 0, originalOnly: 0, paraphraseOnly: 0, neither: 0 };
  for (const r of results) {
    const original = variantOf(r) === 'paraphrase' ? originals.get(key(r)) : undefined;
    if (original === undefined) continue;
    out.pairs++;
    if (original && r.success) out.both++;
    else if (original) out.originalOnly++;
    else if (r.success) out.paraphraseOnly++;
    else out.neither++;
  }
  return out;
}

/** The comparison, or null unless the results hold runs of both wordings. */
export function compareVariants(results: readonly TaskResult[]): VariantComparison | null {
  const overall = successByVariant(results);
  if (overall.original.n === 0 || overall.paraphrase.n === 0) return null;
  const categories = [...new Set(results.map((r) => r.category).filter((c): c is string => c !== undefined))].sort();
  return {
    overall,
    byCategory: Object.fromEntries(
      categories.map((c) => [c, successByVariant(results.filter((r) => r.category === c))]),
    ),
    paired: pairOutcomes(results),
  };
}
