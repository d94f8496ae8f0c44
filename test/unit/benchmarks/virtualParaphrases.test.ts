/**
 * The virtual suite's paraphrases (benchmarks/suites/virtual/paraphrases.ts):
 * every task has exactly two, each a non-empty other wording, and the
 * checks a reader of the rules can make mechanically hold: quoted titles
 * and email addresses kept verbatim, another opening word than the
 * original, and no single-app task naming its app.
 */
import { describe, expect, it } from 'vitest';
import { loadVirtualSuite, PARAPHRASES } from '../../../benchmarks/suites/virtual/index.ts';
import { normaliseWording } from '../../../benchmarks/suites/paraphraseProblems.ts';

const tasks = loadVirtualSuite();
const firstWord = (s: string): string => (s.toLowerCase().match(/[a-z0-9%$+'-]+/) ?? [''])[0];

describe('virtual suite paraphrases', () => {
  it('cover every task and nothing else', () => {
    expect(tasks).toHaveLength(76);
    expect(Object.keys(PARAPHRASES).sort()).toEqual(tasks.map((t) => t.id).sort());
  });

  it.each(tasks.map((t) => [t.id, t] as const))('%s: exactly two, non-empty, each its own wording', (_id, t) => {
    const p = t.paraphrases ?? [];
    expect(p).toHaveLength(2);
    for (const text of p) expect(text.trim().length).toBeGreaterThan(0);
    const wordings = [t.instruction, ...p].map(normaliseWording);
    expect(new Set(wordings).size).toBe(3);
  });

  it.each(tasks.map((t) => [t.id, t] as const))('%s: quoted values and addresses kept verbatim', (_id, t) => {
    const quoted = [...t.instruction.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    const emails = t.instruction.match(/[\w.+-]+@[\w.-]+\.\w+/g) ?? [];
    for (const text of t.paraphrases ?? []) {
      for (const q of quoted) expect(text, `"${q}"`).toContain(`"${q}"`);
      for (const e of emails) expect(text).toContain(e);
    }
  });

  it.each(tasks.map((t) => [t.id, t] as const))('%s: opens with another word than the original', (_id, t) => {
    for (const text of t.paraphrases ?? []) expect(firstWord(text)).not.toBe(firstWord(t.instruction));
  });

  // A capitalised label names the app ("in Settings", "the Maps app"); lower-case "calculator" or "my contacts" are how people say it.
  it('single-app tasks leave out the launcher label of their app', () => {
    const named = tasks
      .filter((t) => !t.crossApp)
      .flatMap((t) =>
        (t.paraphrases ?? [])
          .filter((text) => new RegExp(`\\b${t.apps[0]}\\b`).test(text))
          .map((text) => `${t.id}: ${text}`),
      );
    expect(named).toEqual([]);
  });
});
