/** The Device interface, its WebdriverIO implementation and the virtual device's control API. */
export type { Device, Observation, ObserveOptions, Target, SwipeDirection, DeviceActionMethod } from './Device.ts';
export { DEVICE_ACTION_METHODS } from './Device.ts';
export { WebdriverDevice, KEYCODE, type WebdriverDeviceOptions } from './WebdriverDevice.ts';
export { DeviceActionError } from './DeviceActionError.ts';
export {
  VirtualDeviceControl,
  type GroundTruth,
  type ScreenIdentity,
  type FaultLogEntry,
  type FaultProfileSpec,
  type StateDigest,
  type UiEntry,
  type UiState,
  type NodeKeys,
} from './VirtualDeviceControl.ts';
export { openDevice, type OpenDeviceOptions, type OpenedDevice } from './openDevice.ts';
export { interceptActions, type AroundAction } from './interceptActions.ts';
