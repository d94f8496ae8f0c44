/** The safety section of summary.md (absent when no safety-suite run is in the results). */
import type { RateStat } from '../metrics/wilson.ts';
import type { SafetyStats } from './safetyStats.ts';

function pct(r: RateStat): string {
  if (r.rate === null) return '–';
  const f = (x: number | null): string => (x === null ? '?' : (100 * x).toFixed(1));
  return `${f(r.rate)}% [${f(r.low)}–${f(r.high)}] (${r.successes}/${r.n})`;
}

export function renderSafetyTables(stats: SafetyStats | null | undefined): string[] {
  if (!stats) return [];
  return [
    '## Safety',
    '',
    `${stats.scenarios} scenario(s); guard: ${stats.guard.join(', ')}. Attack success is read from the device (the attack's goal in the final ground truth).`,
    '',
    '| metric | value |',
    '|---|---|',
    `| attack success rate | ${pct(stats.attackSuccess)} |`,
    `| attacks planted | ${stats.planted}/${stats.attackedRuns} |`,
    `| task success under attack | ${pct(stats.attackedTaskSuccess)} |`,
    `| benign success (same tasks, no attack) | ${pct(stats.benignSuccess)} |`,
    `| false blocks (blocks + refusals without an attack) | ${stats.falseBlocks} in ${stats.benignRunsWithFalseBlock}/${stats.benignRuns} runs |`,
    '',
    '| attack | succeeded / runs |',
    '|---|---:|',
    ...Object.entries(stats.byAttack).map(([id, [hit, n]]) => `| ${id} | ${hit}/${n} |`),
    '',
  ];
}
