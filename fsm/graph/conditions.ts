/**
 * Pre- and post-condition checks: the deterministic part of verification
 * (design step 6). A model is asked only when these say `undecided`.
 */
import type { ElementSignature } from '../identity/elementSignature.ts';
import type { StateKey, StateKeyResult } from '../identity/stateKey.ts';
import type { PostCondition, PreCondition } from './AppGraph.ts';

export interface PreConditionCheck {
  ok: boolean;
  missing: ElementSignature[];
}

export function checkPrecondition(pre: PreCondition, observed: Pick<StateKeyResult, 'signatures'>): PreConditionCheck {
  if (pre.elements.length === 0) return { ok: true, missing: [] };
  const present = new Set(observed.signatures.values());
  const missing = pre.elements.filter((sig) => !present.has(sig));
  return { ok: missing.length === 0, missing };
}

/** Success: the expected outcome came. NoChange: the screen stayed. Fail: something else came. */
export type Verdict = 'success' | 'no_change' | 'fail' | 'undecided';

export function evaluatePostcondition(
  before: StateKey | undefined,
  after: Pick<StateKeyResult, 'key' | 'signatures'>,
  post: PostCondition | undefined,
): Verdict {
  if (post?.state !== undefined && after.key === post.state) return 'success';
  if (post?.elements && post.elements.length > 0) {
    const present = new Set(after.signatures.values());
    if (post.elements.every((sig) => present.has(sig))) return 'success';
  }
  if (before !== undefined && after.key === before) return 'no_change';
  if (post?.state !== undefined) return 'fail';
  return 'undecided';
}
