/**
 * The token account as an HTML table, for the run and benchmark reports:
 * one row per role, its input tokens as reported and split by part (the
 * parts estimated from the requests; agent/calls/tokenAccount.ts).
 */
import { INPUT_PARTS } from '../../agent/models/inputParts.ts';
import type { RoleTokens, TokenAccount } from '../../agent/trajectory/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import { formatInt } from './format.ts';

function row(role: string, r: RoleTokens): string {
  const parts = INPUT_PARTS.map((p) => `<td class="num">${formatInt(r.parts[p] ?? 0)}</td>`).join('');
  return `<tr data-testid="tokens-${escapeHtml(role)}"><td>${escapeHtml(role)}</td><td class="num">${r.calls}</td><td class="num">${formatInt(r.inputTokens)}</td><td class="num">${formatInt(r.inputTokens / Math.max(1, r.calls))}</td>${parts}<td class="num">${r.imageCalls}</td></tr>`;
}

export function renderTokenAccountTable(account: TokenAccount): string {
  const roles = Object.entries(account.byRole) as Array<[string, RoleTokens]>;
  if (roles.length === 0) return '<p class="muted">No model calls.</p>';
  const head = `<thead><tr><th>role</th><th class="num">calls</th><th class="num">input</th><th class="num">per call</th>${INPUT_PARTS.map((p) => `<th class="num">${p}</th>`).join('')}<th class="num">with screenshot</th></tr></thead>`;
  return `<table class="tokens" data-testid="token-account">${head}<tbody>${roles.map(([k, r]) => row(k, r)).join('')}</tbody></table>
<p class="muted">Input as the models reported it (the project's counter for models that do not count); parts estimated from the requests: text at 4 characters a token, screenshots as Anthropic counts images.</p>`;
}
