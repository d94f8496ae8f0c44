import type { Clause } from './parseClauses.ts';

/** What to type into a search field for this clause. */
export function searchQuery(clause: Clause): string | undefined {
  if (clause.submit && clause.typeText) return clause.typeText;
  if (clause.entity) return clause.entity;
  const words = clause.words.filter((w) => !/^(email|mail|message|note|app|my|event|calendar|contact)s?$/.test(w));
  return words.length > 0 ? words.slice(0, 2).join(' ') : undefined;
}
