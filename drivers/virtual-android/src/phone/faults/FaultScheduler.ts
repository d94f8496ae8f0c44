/**
 * The decisions: which fault, if any, a screen arrival or a tap gets. Pure
 * functions over the FaultState's own random stream, so the same seed and
 * the same sequence of inputs give the same faults, whatever else the
 * device draws from its own stream.
 */
import type { Box } from '../../framework/layout.ts';
import { hashString, nextRandom } from '../../framework/rng.ts';
import type { FaultConfig, PopupKind } from './FaultProfile.ts';
import type { FaultState } from './FaultState.ts';

export function faultStreamSeed(seed: number): number {
  return (hashString('maple-faults') ^ Math.imul(seed >>> 0, 2654435761)) >>> 0;
}

export function faultRandom(fs: FaultState): number {
  const [value, next] = nextRandom(fs.rng);
  fs.rng = next;
  return value;
}

export type ArrivalFault =
  { type: 'crash' } | { type: 'networkError' } | { type: 'slowLoad' } | { type: 'popup'; kind: PopupKind };

/**
 * One draw per fault type, always in the same order (crash, network error,
 * slow load, pop-up), so a rate change for one type does not shift the
 * others' draws; the first hit wins.
 */
export function rollArrival(fs: FaultState, config: FaultConfig): ArrivalFault | null {
  const crash = faultRandom(fs) < config.crashRate;
  const network = faultRandom(fs) < config.networkErrorRate;
  const slow = faultRandom(fs) < config.slowLoadRate;
  const popup = faultRandom(fs) < config.popupRate;
  const kindDraw = faultRandom(fs);
  if (crash) return { type: 'crash' };
  if (network) return { type: 'networkError' };
  if (slow) return { type: 'slowLoad' };
  if (popup) return { type: 'popup', kind: config.popupKinds[Math.floor(kindDraw * config.popupKinds.length)]! };
  return null;
}

export function rollMisTap(fs: FaultState, config: FaultConfig): boolean {
  return faultRandom(fs) < config.misTapRate;
}

function centre(b: Box): [number, number] {
  return [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
}

function contains(outer: Box, inner: Box): boolean {
  return (
    inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom
  );
}

/**
 * The clickable element a slipped finger lands on: the candidate whose
 * centre is nearest the intended element's centre, skipping the intended
 * element itself and anything nested in it or around it. Ties go to the
 * earlier candidate (document order), so the choice is deterministic.
 */
export function nearestNeighbour<T extends { bounds: Box }>(intended: Box, candidates: T[]): T | null {
  const [ix, iy] = centre(intended);
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (contains(intended, c.bounds) || contains(c.bounds, intended)) continue;
    const [cx, cy] = centre(c.bounds);
    const d = Math.hypot(cx - ix, cy - iy);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
