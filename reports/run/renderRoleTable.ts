/** The run page's "model calls by role" table: calls, tokens, cache reads, cost, time and errors per role and model. */
import type { StepRecord } from '../../agent/trajectory/index.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { formatInt, formatMs, formatUsd } from '../html/format.ts';

interface RoleRow {
  calls: number;
  input: number;
  output: number;
  cache: number;
  cost: number;
  ms: number;
  errors: number;
}

export function renderRoleTable(steps: StepRecord[]): string {
  const byRole = new Map<string, RoleRow>();
  for (const call of steps.flatMap((s) => s.modelCalls)) {
    const key = `${call.role}\u0000${call.model}`;
    const row = byRole.get(key) ?? { calls: 0, input: 0, output: 0, cache: 0, cost: 0, ms: 0, errors: 0 };
    row.calls += 1;
    row.input += call.inputTokens;
    row.output += call.outputTokens;
    row.cache += call.cacheReadTokens ?? 0;
    row.cost += call.costUsd;
    row.ms += call.durationMs;
    row.errors += call.error ? 1 : 0;
    byRole.set(key, row);
  }
  if (byRole.size === 0) return '<p class="muted">No model calls in this run.</p>';
  const rows = [...byRole.entries()]
    .map(([key, r]) => {
      const [role, model] = key.split('\u0000');
      return `<tr><td>${escapeHtml(role)}</td><td>${escapeHtml(model)}</td><td class="num">${r.calls}</td><td class="num">${formatInt(r.input)}</td><td class="num">${formatInt(r.output)}</td><td class="num">${formatInt(r.cache)}</td><td class="num">${formatUsd(r.cost)}</td><td class="num">${formatMs(r.ms)}</td><td class="num">${r.errors || ''}</td></tr>`;
    })
    .join('');
  return `<table class="roles"><thead><tr><th>role</th><th>model</th><th class="num">calls</th><th class="num">tokens in</th><th class="num">tokens out</th><th class="num">cache read</th><th class="num">cost</th><th class="num">time</th><th class="num">errors</th></tr></thead><tbody>${rows}</tbody></table>`;
}
