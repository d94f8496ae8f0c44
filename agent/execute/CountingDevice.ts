/**
 * The agent's own count of the device actions it issues (taps, key presses,
 * app starts: DEVICE_ACTION_METHODS). Each step records how many it took, so
 * a reader of the trajectory (the benchmark's ground-truth labels) can line
 * steps up with device calls exactly instead of by time. Knows nothing the
 * phone did not show: it only counts calls.
 */
import { DEVICE_ACTION_METHODS, type Device } from '../../drivers/device/Device.ts';

export interface CountingDevice extends Device {
  /** Device actions issued so far. */
  readonly actions: number;
}

export function countingDevice(inner: Device): CountingDevice {
  let actions = 0;
  const counted = new Set<string>(DEVICE_ACTION_METHODS);
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'actions') return actions;
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (typeof prop === 'string' && counted.has(prop))
        return (...args: unknown[]) => {
          actions += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  }) as CountingDevice;
}
