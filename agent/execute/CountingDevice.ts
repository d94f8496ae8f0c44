/**
 * The agent's own count of the device actions it issues (taps, key presses,
 * app starts: DEVICE_ACTION_METHODS). Each step records how many it took, so
 * a reader of the trajectory (the benchmark's ground-truth labels) can line
 * steps up with device calls exactly instead of by time. Knows nothing the
 * phone did not show: it only counts calls.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { interceptActions } from '../../drivers/device/interceptActions.ts';

export interface CountingDevice extends Device {
  /** Device actions issued so far. */
  readonly actions: number;
}

export function countingDevice(inner: Device): CountingDevice {
  let actions = 0;
  return interceptActions<{ actions: number }>(
    inner,
    (_method, call) => {
      actions += 1;
      return call();
    },
    {},
    { actions: () => actions },
  );
}
