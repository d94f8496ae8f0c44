/** A ReidMeasurement as Markdown tables (totals, per app, per element kind, per change), for the CLI and docs. */
import type { ReidCounts, ReidMeasurement } from './measureReidentification.ts';

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(2)}%`);

function table(title: string, rows: [string, ReidCounts][]): string {
  const lines = [
    `| ${title} | pairs | correct | wrong | missed | found | "not on screen" right |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      ([name, c]) =>
        `| ${name} | ${c.pairs} | ${c.correct} (${pct(c.correct, c.pairs)}) | ${c.wrong} (${pct(c.wrong, c.pairs)}) | ${c.missed} | ${c.found} | ${c.absent} |`,
    ),
  ];
  return lines.join('\n');
}

export function formatReidentification(m: ReidMeasurement): string {
  const byName = (r: Record<string, ReidCounts>): [string, ReidCounts][] =>
    Object.entries(r).sort((a, b) => b[1].pairs - a[1].pairs);
  return [
    table('all', [['total', m.total]]),
    `${m.observationPairs} observation pairs; ${m.excluded.indistinct} references left out as indistinct when stored.`,
    table('app', byName(m.byApp)),
    table('element kind', byName(m.byKind)),
    table('change between the observations', byName(m.byChange)),
  ].join('\n\n');
}
