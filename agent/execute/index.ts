/** Actions onto the device, and between per-screen actions and the FSM's abstract ones. */
export { executeAction, type ExecuteResult } from './executeAction.ts';
export { ActionTargetError } from './ActionTargetError.ts';
export { AppDirectory } from './AppDirectory.ts';
export { toAbstractAction } from './toAbstractAction.ts';
export { fromAbstractAction } from './fromAbstractAction.ts';
export { countingDevice, type CountingDevice } from './CountingDevice.ts';
