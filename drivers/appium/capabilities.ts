/** Capability presets from appium.config.ts, with per-call overrides. */
import config from '../../appium.config.ts';

export interface VirtualCapabilityOptions {
  seed?: number;
  faults?: string | Record<string, unknown>;
  latencyMs?: number;
}

export function virtualCapabilities(options: VirtualCapabilityOptions = {}): Record<string, unknown> {
  const caps: Record<string, unknown> = { ...config.presets.virtual };
  if (options.seed !== undefined) caps['maple:seed'] = options.seed;
  if (options.faults !== undefined) caps['maple:faults'] = options.faults;
  if (options.latencyMs !== undefined) caps['maple:latencyMs'] = options.latencyMs;
  return caps;
}

export function uiautomator2Capabilities(udid?: string): Record<string, unknown> {
  const caps: Record<string, unknown> = { ...config.presets.uiautomator2 };
  if (udid) caps['appium:udid'] = udid;
  return caps;
}
