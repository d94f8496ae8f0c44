/**
 * A Device that runs every action (DEVICE_ACTION_METHODS) through `around`
 * and passes everything else straight to `inner`: the one way wrappers that
 * watch a device's actions (the agent's own action count, the benchmark's
 * ground-truth recorder) are built, so they can never disagree on what an
 * action is.
 */
import { DEVICE_ACTION_METHODS, type Device, type DeviceActionMethod } from './Device.ts';

export type AroundAction = (method: DeviceActionMethod, call: () => Promise<void>) => Promise<void>;

/**
 * `overrides` replace members of `inner` (e.g. a `close` that must not end a
 * shared session); `extras` are read-only properties computed on access.
 */
export function interceptActions<X extends object = object>(
  inner: Device,
  around: AroundAction,
  overrides: Partial<Device> = {},
  extras: { [K in keyof X]: () => X[K] } = {} as { [K in keyof X]: () => X[K] },
): Device & X {
  const actions = new Set<string>(DEVICE_ACTION_METHODS);
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in extras) return (extras as Record<string, () => unknown>)[prop]!();
      if (typeof prop === 'string' && prop in overrides) return overrides[prop as keyof Device];
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const fn = value as (...args: unknown[]) => Promise<void>;
      if (typeof prop === 'string' && actions.has(prop))
        return (...args: unknown[]) => around(prop as DeviceActionMethod, () => fn.apply(target, args));
      return fn.bind(target);
    },
  }) as Device & X;
}
