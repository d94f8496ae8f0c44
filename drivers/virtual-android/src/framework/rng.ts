/**
 * Seeded randomness. The device keeps one 32-bit PRNG state in its JSON
 * state (so snapshots capture it); each app's initial data comes from its own
 * stream derived from the seed and its package, so adding an app never
 * changes another app's content.
 */
import type { Seeded } from './types.ts';

/** mulberry32 step: returns [value in [0,1), next state]. */
export function nextRandom(state: number): [number, number] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export function seeded(seed: number, stream: string, now: number): Seeded {
  let state = (hashString(stream) ^ Math.imul(seed >>> 0, 2654435761)) >>> 0;
  const random = (): number => {
    const [value, next] = nextRandom(state);
    state = next;
    return value;
  };
  return {
    seed,
    now,
    random,
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
      return items[Math.floor(random() * items.length)]!;
    },
  };
}
