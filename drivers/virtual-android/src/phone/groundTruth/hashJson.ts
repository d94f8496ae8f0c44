/**
 * A short, stable fingerprint of a JSON value: SHA-1 of its canonical text
 * (object keys sorted, so two equal states hash alike whatever order their
 * fields were written in), first 16 hex digits. 64 bits put a collision
 * between the few thousand states of a run out of reach; this tells states
 * apart and protects nothing, so the faster hash serves.
 */
import { createHash } from 'node:crypto';
import type { Json } from '../../framework/types.ts';

/** JSON text with sorted object keys; as JSON.stringify, undefined fields are left out and undefined items are null. */
export function canonicalJson(value: Json | undefined): string {
  if (value === undefined || value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Plain loops and string concatenation: this runs after every agent step, over every app's data.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const v = value[key];
    if (v === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(v)}`;
    first = false;
  }
  return `${out}}`;
}

export function hashJson(value: Json | undefined): string {
  return createHash('sha1').update(canonicalJson(value)).digest('hex').slice(0, 16);
}
