/**
 * The token account in summary.md: input tokens by role and by part over
 * all runs, and the per-request, per-run and per-step figures. Absent when
 * no run made a model call (the offline policy).
 */
import { INPUT_PARTS } from '../../agent/models/inputParts.ts';
import type { RoleTokens } from '../../agent/trajectory/types.ts';
import type { BenchSummary } from '../metrics/aggregate.ts';
import type { TokenStats } from '../metrics/tokenStats.ts';

const int = (x: number | null | undefined): string =>
  x === null || x === undefined ? '–' : Math.round(x).toLocaleString('en-US');

function roleRow(name: string, r: RoleTokens): string {
  const parts = INPUT_PARTS.map((p) => int(r.parts[p] ?? 0));
  return `| ${name} | ${r.calls} | ${int(r.inputTokens)} | ${int(r.inputTokens / Math.max(1, r.calls))} | ${parts.join(' | ')} | ${r.imageCalls} |`;
}

/** The headline lines: what issue 12 is judged on. */
export function tokenHeadline(t: TokenStats): string[] {
  return [
    `- per executor request: ${int(t.executor.inputPerCallWithoutImages)} input tokens without the screenshot, ${int(t.executor.inputPerCall)} with it (${t.executor.imageCalls} of ${t.executor.calls} requests carried one)`,
    `- per run: ${int(t.inputPerRun)} input tokens (${t.runs} runs); per cross-app run: ${int(t.crossApp.inputPerRun)} (${t.crossApp.runs} runs)`,
    `- model calls per step: ${t.callsPerStep === null ? '–' : t.callsPerStep.toFixed(2)}`,
  ];
}

export function renderTokenTables(summary: BenchSummary): string[] {
  const t = summary.overall.tokens;
  if (!t) return [];
  const roles = Object.entries(t.account.byRole) as Array<[string, RoleTokens]>;
  return [
    '## Token account',
    '',
    'Input tokens by role: `input` as the models reported it (the project counter for models that do not count), the parts estimated from the requests (text at 4 characters a token, screenshots as Anthropic counts images).',
    '',
    `| role | calls | input | per call | ${INPUT_PARTS.join(' | ')} | calls with a screenshot |`,
    `|---|---:|---:|---:|${INPUT_PARTS.map(() => '---:').join('|')}|---:|`,
    ...roles.map(([name, r]) => roleRow(name, r)),
    '',
    ...tokenHeadline(t),
    '',
  ];
}
