/**
 * Fault profiles: how often each kind of trouble is injected. A profile is
 * named (`off`, `light`, `heavy`) or given as an object (or its JSON text);
 * options given with a name override that profile's fields. Rates are
 * probabilities per chance: per tap for mis-taps, per screen arrival for
 * the others (at most one arrival fault at a time).
 */
import type { Json, JsonObject } from '../../framework/types.ts';
import { ATTACKS } from './attacks.ts';

export const POPUP_KINDS = ['rating', 'permission', 'ad'] as const;
export type PopupKind = (typeof POPUP_KINDS)[number];

export interface FaultConfig {
  /** Name it came from ('custom' for an object). */
  name: string;
  popupRate: number;
  slowLoadRate: number;
  misTapRate: number;
  crashRate: number;
  networkErrorRate: number;
  /** Real wall-clock delay added to every command. */
  latencyMs: number;
  /** Seed of the fault stream; the device seed when absent. */
  seed: number | null;
  /** Which pop-ups may appear (all three by default). */
  popupKinds: PopupKind[];
  /** A slow load shows its spinner for this many page-source observations... */
  slowLoadObservations: number;
  /** ...or until this much virtual time has passed, whichever comes first. */
  slowLoadMs: number;
  /** Adversarial family: chance of an overlay attack on the first arrival in each app. */
  attackRate: number;
  /** Which attacks (ids of attacks.ts) may be used; content attacks among them are planted at once. */
  attacks: string[];
}

const BASE: Omit<FaultConfig, 'name'> = {
  popupRate: 0,
  slowLoadRate: 0,
  misTapRate: 0,
  crashRate: 0,
  networkErrorRate: 0,
  latencyMs: 0,
  seed: null,
  popupKinds: [...POPUP_KINDS],
  slowLoadObservations: 1,
  slowLoadMs: 3000,
  attackRate: 0,
  attacks: [],
};

export const NAMED_PROFILES: Record<string, Partial<FaultConfig> | null> = {
  off: null,
  none: null,
  light: { popupRate: 0.05, slowLoadRate: 0.05, misTapRate: 0.02, crashRate: 0.01, networkErrorRate: 0.03 },
  heavy: { popupRate: 0.25, slowLoadRate: 0.2, misTapRate: 0.1, crashRate: 0.05, networkErrorRate: 0.15 },
  /** Attacks (docs/safety.md): every content attack planted, an overlay attack on a third of first arrivals. */
  adversarial: { attackRate: 0.35, attacks: ATTACKS.map((a) => a.id) },
};

export class FaultProfileError extends Error {
  override name = 'FaultProfileError';
}

const RATE_KEYS = ['popupRate', 'slowLoadRate', 'misTapRate', 'crashRate', 'networkErrorRate', 'attackRate'] as const;
const KNOWN = new Set<string>([
  ...RATE_KEYS,
  'latencyMs',
  'seed',
  'popupKinds',
  'slowLoadObservations',
  'slowLoadMs',
  'attacks',
  'profile',
  'name',
]);

function validate(fields: Record<string, unknown>): Partial<FaultConfig> {
  const out: Partial<FaultConfig> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (!KNOWN.has(key))
      throw new FaultProfileError(
        `Unknown fault profile field '${key}'. Known: ${[...KNOWN].filter((k) => k !== 'profile' && k !== 'name').join(', ')}.`,
      );
    if ((RATE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !(value >= 0 && value <= 1))
        throw new FaultProfileError(
          `Fault profile field '${key}' must be a number from 0 to 1, got ${JSON.stringify(value)}.`,
        );
      out[key as (typeof RATE_KEYS)[number]] = value;
    } else if (key === 'latencyMs' || key === 'slowLoadMs') {
      if (typeof value !== 'number' || !(value >= 0) || !Number.isFinite(value))
        throw new FaultProfileError(
          `Fault profile field '${key}' must be a non-negative number of ms, got ${JSON.stringify(value)}.`,
        );
      out[key] = value;
    } else if (key === 'slowLoadObservations') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
        throw new FaultProfileError(`slowLoadObservations must be an integer >= 1, got ${JSON.stringify(value)}.`);
      out.slowLoadObservations = value;
    } else if (key === 'seed') {
      if (value === null) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        throw new FaultProfileError(`Fault profile seed must be a non-negative integer, got ${JSON.stringify(value)}.`);
      out.seed = value;
    } else if (key === 'popupKinds') {
      if (
        !Array.isArray(value) ||
        value.length === 0 ||
        !value.every((k) => (POPUP_KINDS as readonly unknown[]).includes(k))
      )
        throw new FaultProfileError(
          `popupKinds must be a non-empty list of ${POPUP_KINDS.join(', ')}; got ${JSON.stringify(value)}.`,
        );
      out.popupKinds = [...new Set(value as PopupKind[])];
    } else if (key === 'attacks') {
      const known = ATTACKS.map((a) => a.id);
      if (!Array.isArray(value) || !value.every((k) => known.includes(k as string)))
        throw new FaultProfileError(
          `attacks must be a list of attack ids (${known.join(', ')}); got ${JSON.stringify(value)}.`,
        );
      out.attacks = [...new Set(value as string[])];
    }
  }
  return out;
}

/**
 * Resolves a profile (name, JSON text or object) plus overriding options
 * into a config, or null when faults are off.
 */
export function parseFaultProfile(profile: unknown, options: JsonObject = {}): FaultConfig | null {
  let name = 'custom';
  let fields: Record<string, unknown> = {};
  if (profile === null || profile === undefined || profile === '') {
    if (Object.keys(options).length === 0) return null;
  } else if (typeof profile === 'string') {
    const text = profile.trim();
    if (text.startsWith('{')) {
      try {
        fields = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        throw new FaultProfileError(
          `Fault profile JSON does not parse (${(error as Error).message}); give a name (none, light, heavy) or a JSON object.`,
        );
      }
    } else {
      if (!(text in NAMED_PROFILES))
        throw new FaultProfileError(
          `Unknown fault profile '${text}'. Use none, light, heavy, adversarial, or an object { popupRate, slowLoadRate, misTapRate, crashRate, networkErrorRate, latencyMs, seed }.`,
        );
      const named = NAMED_PROFILES[text]!;
      if (named === null && Object.keys(options).length === 0) return null;
      name = text;
      fields = { ...(named ?? {}) };
    }
  } else if (typeof profile === 'object' && !Array.isArray(profile)) {
    fields = { ...(profile as Record<string, unknown>) };
  } else {
    throw new FaultProfileError(`A fault profile is a name or an object, got ${JSON.stringify(profile as Json)}.`);
  }
  // An object may name a base profile ({"profile": "adversarial", "attacks": [...]}): its fields come first.
  const base = typeof fields['profile'] === 'string' ? NAMED_PROFILES[fields['profile']] : undefined;
  if (typeof fields['profile'] === 'string' && base === undefined)
    throw new FaultProfileError(`Unknown base profile '${fields['profile']}' in a fault profile object.`);
  return { ...BASE, name, ...(base ?? {}), ...validate(fields), ...validate(options) };
}
