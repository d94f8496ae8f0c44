/** The knowledge store: FSMs per app, learned tasks (skills) and tips in SQLite. */
export { type SkillBody } from './skillRows.ts';
export { KnowledgeStore, type StoreOptions, type MergeMode, type AppSummary, type Tip } from './KnowledgeStore.ts';
export { StoreSchemaError, StoreDataError, StoreCorruptError } from './errors.ts';
export { defaultStoreDir, STORE_FILE_NAME } from './defaultStoreDir.ts';
export { normaliseSubgoal } from './normaliseSubgoal.ts';
export { STORE_SCHEMA_VERSION } from './schema.ts';
export { copyKnowledge, type CopiedKnowledge } from './copyKnowledge.ts';
export { repairStore, type RepairResult } from './repairStore.ts';
