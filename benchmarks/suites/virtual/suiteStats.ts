/** Counts of a task list by app, difficulty and category, and the Markdown tables docs/benchmarks.md shows. */
import type { BenchTask } from '../../types.ts';

export interface SuiteStats {
  total: number;
  crossApp: number;
  withFaults: number;
  byDifficulty: Record<string, number>;
  byCategory: Record<string, number>;
  /** Single-app tasks per app (cross-app tasks counted under `crossApp` and in `appearances`). */
  singleAppByApp: Record<string, number>;
  /** Every task an app takes part in. */
  appearances: Record<string, number>;
}

const bump = (m: Record<string, number>, k: string): void => void (m[k] = (m[k] ?? 0) + 1);

export function suiteStats(tasks: readonly BenchTask[]): SuiteStats {
  const s: SuiteStats = {
    total: tasks.length,
    crossApp: 0,
    withFaults: 0,
    byDifficulty: {},
    byCategory: {},
    singleAppByApp: {},
    appearances: {},
  };
  for (const t of tasks) {
    if (t.crossApp) s.crossApp++;
    else bump(s.singleAppByApp, t.apps[0] ?? '?');
    if (t.faultProfile !== 'none') s.withFaults++;
    bump(s.byDifficulty, String(t.difficulty));
    bump(s.byCategory, t.category ?? 'none');
    for (const a of new Set(t.apps)) bump(s.appearances, a);
  }
  return s;
}

/** One row per task: id, apps, category, difficulty, golden steps, seed, faults. */
export function suiteMarkdownTable(tasks: readonly BenchTask[]): string {
  const lines = [
    '| id | apps | category | difficulty | golden steps | seed | faults |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const t of tasks)
    lines.push(
      `| \`${t.id}\` | ${t.apps.join(' → ')} | ${t.category ?? ''} | ${t.difficulty ?? ''} | ${t.goldenSteps ?? ''} | ${t.seed ?? ''} | ${t.faultProfile} |`,
    );
  return lines.join('\n');
}

/** Apps x difficulty counts (a task counts under each of its apps). */
export function appDifficultyTable(tasks: readonly BenchTask[]): string {
  const apps = [...new Set(tasks.flatMap((t) => t.apps))];
  const lines = ['| app | single-app | in cross-app | difficulty 1 | 2 | 3 |', '|---|---|---|---|---|---|'];
  for (const a of apps) {
    const mine = tasks.filter((t) => t.apps.includes(a));
    const d = (n: number) => mine.filter((t) => t.difficulty === n).length;
    lines.push(
      `| ${a} | ${mine.filter((t) => !t.crossApp).length} | ${mine.filter((t) => t.crossApp).length} | ${d(1)} | ${d(2)} | ${d(3)} |`,
    );
  }
  return lines.join('\n');
}
