/** The FSM memory: screen identity, the app graph, the live machine, rollback, the store, import and export. */
export * from './identity/index.ts';
export * from './graph/index.ts';
export * from './AbstractAction.ts';
export * from './errors.ts';
export { FsmTracker, type FsmTrackerOptions, type ObserveResult, type WhatIf } from './FsmTracker.ts';
export {
  machineConfigFromGraph,
  createFsmMachine,
  machineIdOf,
  LiveMachine,
  type FsmMachineConfig,
  type FsmStateConfig,
} from './liveMachine.ts';
export { planRollback, type RecoveryPlan, type RecoveryStrategy, type RollbackInput } from './rollback.ts';
export * from './store/index.ts';
export * from './import/index.ts';
export * from './export/index.ts';
export * from './skills/index.ts';
