/**
 * JSONL cassettes: one line per model call, { v, hash, role, request, result }.
 * The request is stored normalised (images as hashes) for reading diffs when
 * a replay misses; no headers, no key. Every line passes redactSecrets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CassetteError } from './errors.ts';
import { redactSecrets } from './redactSecrets.ts';
import type { NormalisedRequest } from './requestHash.ts';
import type { ModelResult } from './types.ts';

export interface CassetteEntry {
  v: 1;
  hash: string;
  role: string;
  request: NormalisedRequest;
  result: ModelResult;
}

export function readCassette(file: string): CassetteEntry[] {
  if (!fs.existsSync(file)) {
    throw new CassetteError(file, 'file not found; record one with --model record:<file>:<inner spec>');
  }
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const entries: CassetteEntry[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    let entry: unknown;
    try {
      entry = JSON.parse(line);
    } catch {
      throw new CassetteError(file, `line ${i + 1} is not JSON`);
    }
    const e = entry as Partial<CassetteEntry>;
    if (e.v !== 1 || typeof e.hash !== 'string' || typeof e.result !== 'object' || e.result === null) {
      throw new CassetteError(file, `line ${i + 1} is not a v1 cassette entry (needs v:1, hash, result)`);
    }
    entries.push(e as CassetteEntry);
  });
  return entries;
}

/** Appends one entry, creating folders; synchronous so a crash loses at most the call in flight. */
export function appendCassetteEntry(file: string, entry: CassetteEntry): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.appendFileSync(file, redactSecrets(JSON.stringify(entry)) + '\n');
}
