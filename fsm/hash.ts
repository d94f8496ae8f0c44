/**
 * Short, stable hashes for state keys and element shapes. SHA-1 is used for its
 * spread, not for security; 16 hex digits (64 bits) keep collisions negligible
 * for the tens of thousands of screens one store holds.
 */
import { createHash } from 'node:crypto';

export function shortHash(text: string, hexDigits = 16): string {
  return createHash('sha1').update(text).digest('hex').slice(0, hexDigits);
}

/** FNV-1a, 32 bit, as 8 hex digits: a cheap hash for per-element shapes computed many times per screen. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
