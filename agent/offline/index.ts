export { OfflinePolicy, type OfflinePolicyOptions } from './OfflinePolicy.ts';
export { type PolicyAction, type PolicyDecision } from './PolicyDecision.ts';
export { parseTask, parseClause, splitClauses, type Clause } from './parseClauses.ts';
export { groundWords, findInput, type Grounding } from './groundElement.ts';
export { extractFact } from './extractFact.ts';
