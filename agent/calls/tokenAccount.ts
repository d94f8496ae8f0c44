/**
 * The token account: model calls summed by role, each role's input split by
 * part (agent/models/inputParts.ts). `inputTokens` is what the models
 * reported (or the project's counter for models that do not count); the
 * parts are always the counter's estimate from the request, so they show
 * where the input goes even when they do not add up to the reported total
 * exactly. One account per run (RunSummary.tokenAccount), summed over runs
 * by the benchmark summary.
 */
import { INPUT_PARTS } from '../models/inputParts.ts';
import type { InputPartTokens } from '../models/inputParts.ts';
import type { ModelCallRecord, RoleTokens, TokenAccount } from '../trajectory/types.ts';

export function emptyAccount(): TokenAccount {
  return { byRole: {} };
}

function emptyRole(): RoleTokens {
  return { calls: 0, inputTokens: 0, outputTokens: 0, imageCalls: 0, images: 0, parts: {} };
}

function addParts(into: InputPartTokens, from: InputPartTokens | undefined): void {
  for (const part of INPUT_PARTS) {
    const n = from?.[part];
    if (n) into[part] = (into[part] ?? 0) + n;
  }
}

function addRole(into: RoleTokens, r: RoleTokens): void {
  into.calls += r.calls;
  into.inputTokens += r.inputTokens;
  into.outputTokens += r.outputTokens;
  into.imageCalls += r.imageCalls;
  into.images += r.images;
  addParts(into.parts, r.parts);
}

/** Adds one call to the account (in place). */
export function addCall(account: TokenAccount, call: ModelCallRecord): void {
  addRole((account.byRole[call.role] ??= emptyRole()), {
    calls: 1,
    inputTokens: call.inputTokens,
    outputTokens: call.outputTokens,
    imageCalls: call.images ? 1 : 0,
    images: call.images ?? 0,
    parts: call.parts ?? {},
  });
}

export function accountOfCalls(calls: Iterable<ModelCallRecord>): TokenAccount {
  const account = emptyAccount();
  for (const c of calls) addCall(account, c);
  return account;
}

/** The sum of several accounts (runs of a benchmark group). */
export function sumAccounts(accounts: Iterable<TokenAccount>): TokenAccount {
  const out = emptyAccount();
  for (const a of accounts) {
    for (const [name, r] of Object.entries(a.byRole) as Array<[ModelCallRecord['role'], RoleTokens]>) {
      addRole((out.byRole[name] ??= emptyRole()), r);
    }
  }
  return out;
}

/** All roles together. */
export function accountTotal(account: TokenAccount): RoleTokens {
  const total = emptyRole();
  for (const r of Object.values(account.byRole)) addRole(total, r);
  return total;
}

/**
 * Input tokens per call of a role without its images: the reported input
 * minus the estimated image tokens, over the calls. Null without calls.
 */
export function inputPerCallWithoutImages(role: RoleTokens | undefined): number | null {
  if (!role || role.calls === 0) return null;
  return (role.inputTokens - (role.parts.image ?? 0)) / role.calls;
}
