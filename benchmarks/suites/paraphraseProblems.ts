/**
 * What is wrong with a task's `paraphrases` list, for the suite validator and
 * the task-file loader alike: each must be a non-empty string that differs
 * from the original instruction and from the other paraphrases (compared
 * without case, spacing or end punctuation, so "Call Bob" and "call bob."
 * count as one wording). An empty list means sound.
 */

/** A wording reduced to what makes it another request: lower case, single spaces, no trailing punctuation. */
export function normaliseWording(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?]+$/, '')
    .trim();
}

export function paraphraseProblems(instruction: string, paraphrases: unknown): string[] {
  if (!Array.isArray(paraphrases)) return ['"paraphrases" must be a list of strings'];
  const problems: string[] = [];
  const seen = new Map<string, number>([[normaliseWording(instruction), 0]]);
  paraphrases.forEach((p: unknown, i) => {
    const label = `paraphrase ${i + 1}`;
    if (typeof p !== 'string' || !p.trim()) {
      problems.push(`${label} must be a non-empty string`);
      return;
    }
    const key = normaliseWording(p);
    const same = seen.get(key);
    if (same === 0) problems.push(`${label} is the instruction itself; write another wording`);
    else if (same !== undefined) problems.push(`${label} repeats paraphrase ${same}`);
    else seen.set(key, i + 1);
  });
  return problems;
}
