/** Observation -> Screen, with a content fingerprint for NoChange checks. */
export type { Perception } from './Perception.ts';
export { perceive } from './perceive.ts';
export { screenFingerprint } from './screenFingerprint.ts';
export { screenIdentity } from './screenIdentity.ts';
