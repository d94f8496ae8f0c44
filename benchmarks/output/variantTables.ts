/**
 * summary.md's side-by-side view of the two wordings (`--variant all`):
 * success of the original and of the paraphrases per category, the
 * difference, and the paired outcomes of paraphrase runs against their
 * original's run. Nothing when only one wording ran.
 */
import type { VariantComparison } from '../metrics/variantComparison.ts';
import type { RateStat } from '../metrics/wilson.ts';

function rate(r: RateStat): string {
  return r.rate === null ? '–' : `${(100 * r.rate).toFixed(1)}% (${r.successes}/${r.n})`;
}

/** Paraphrase minus original, in percentage points. */
function delta(original: RateStat, paraphrase: RateStat): string {
  if (original.rate === null || paraphrase.rate === null) return '–';
  const pp = 100 * (paraphrase.rate - original.rate);
  return `${pp > 0 ? '+' : ''}${pp.toFixed(1)} pp`;
}

export function renderVariantTables(v: VariantComparison | null): string[] {
  if (!v) return [];
  const rows = [['all', v.overall] as const, ...Object.entries(v.byCategory)].map(
    ([name, s]) => `| ${name} | ${rate(s.original)} | ${rate(s.paraphrase)} | ${delta(s.original, s.paraphrase)} |`,
  );
  const p = v.paired;
  return [
    '## Original wording vs paraphrases',
    '',
    'Success per wording, overall and by category (paraphrase minus original in percentage points).',
    '',
    '| category | original | paraphrase | difference |',
    '|---|---|---|---:|',
    ...rows,
    '',
    `Paired: ${p.pairs} paraphrase run(s) against the original run of the same task and repetition: ` +
      `${p.both} both succeeded, ${p.originalOnly} only the original, ${p.paraphraseOnly} only the paraphrase, ${p.neither} neither.`,
    '',
  ];
}
