/**
 * A damaged store file is refused with its path and the remedy, never
 * silently replaced; `repairStore` (maple fsm repair) keeps it aside and
 * salvages what SQLite can still read.
 */
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeStore, repairStore, STORE_FILE_NAME, StoreCorruptError, syntheticGraph } from '../../../fsm/index.ts';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'maple-store-damage-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A store holding a 40-state graph of com.example.app and one tip, closed (WAL checkpointed into the file). */
function filledStore(): { dir: string; file: string } {
  const dir = tempDir();
  const store = KnowledgeStore.open({ dir });
  store.saveGraph(syntheticGraph({ states: 40, seed: 5, app: 'com.example.app' }));
  store.addTip('com.example.app', 'the save button is in the overflow menu');
  store.close();
  return { dir, file: path.join(dir, STORE_FILE_NAME) };
}

/** Overwrites `length` bytes at `offset` with a pattern SQLite cannot read as a page. */
function scribble(file: string, offset: number, length: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(length, 0xa5), 0, length, offset);
  closeSync(fd);
}

describe('a damaged store file', () => {
  it('that is empty (0 bytes) is refused with its path and the remedy, and left as it is', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE_NAME);
    writeFileSync(file, '');
    expect(() => KnowledgeStore.open({ dir })).toThrow(StoreCorruptError);
    expect(() => KnowledgeStore.open({ dir })).toThrow(
      new RegExp(
        `${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged \\(the file is empty.*maple fsm repair --store`,
      ),
    );
    expect(statSync(file).size).toBe(0);
  });

  it('that is not SQLite at all is refused, not overwritten', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE_NAME);
    writeFileSync(file, 'this is a shopping list, not a database\n'.repeat(200));
    const before = readFileSync(file);
    expect(() => KnowledgeStore.open({ dir })).toThrow(StoreCorruptError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('with damaged pages is caught by the integrity check on open', () => {
    const { dir, file } = filledStore();
    const size = statSync(file).size;
    scribble(file, Math.floor(size / 2), 4096);
    expect(() => KnowledgeStore.open({ dir })).toThrow(StoreCorruptError);
    expect(() => KnowledgeStore.open({ dir, readonly: true })).toThrow(StoreCorruptError);
  });

  it('is never the result of two processes creating a store at once: a new store file is written whole', () => {
    const dir = tempDir();
    // Many opens of a fresh folder: each either creates the file whole or finds the other's.
    const stores = Array.from({ length: 8 }, () => KnowledgeStore.open({ dir }));
    for (const s of stores) expect(s.integrityCheck()).toBe('ok');
    stores.forEach((s) => s.close());
    expect(statSync(path.join(dir, STORE_FILE_NAME)).size).toBeGreaterThan(0);
    expect(readFileSync(path.join(dir, STORE_FILE_NAME)).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

describe('repairStore (maple fsm repair)', () => {
  it('leaves a healthy store alone', () => {
    const { dir, file } = filledStore();
    const before = readFileSync(file);
    expect(repairStore(dir)).toMatchObject({ healthy: true, file });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps a damaged file aside, starts a new store and copies in every row it can read', () => {
    const { dir, file } = filledStore();
    const original = readFileSync(file);
    // Damage one page near the end: the first pages (and the rows on them) stay readable.
    scribble(file, statSync(file).size - 4096, 4096);
    const r = repairStore(dir, new Date('2026-01-02T03:04:05Z'));
    expect(r.healthy).toBe(false);
    expect(r.problem).toBeTruthy();
    expect(r.keptAs).toBe(`${file}.damaged-2026-01-02T03-04-05-000Z`);
    expect(readFileSync(r.keptAs!).length).toBe(original.length);
    const store = KnowledgeStore.open({ dir });
    expect(store.integrityCheck()).toBe('ok');
    const total = Object.values(r.salvaged).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    const graph = store.loadGraph('com.example.app');
    expect(Object.keys(graph?.states ?? {}).length).toBe(r.salvaged['states']);
    store.close();
  });

  it('starts a new store from an empty file, salvaging nothing and keeping the empty file', () => {
    const dir = tempDir();
    const file = path.join(dir, STORE_FILE_NAME);
    writeFileSync(file, '');
    const r = repairStore(dir);
    expect(r.keptAs && existsSync(r.keptAs)).toBe(true);
    expect(Object.values(r.salvaged).every((n) => n === 0)).toBe(true);
    const store = KnowledgeStore.open({ dir });
    expect(store.apps()).toEqual([]);
    store.close();
  });
});
