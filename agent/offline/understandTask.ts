/**
 * Whether the offline policy can read a task as a request at all, before it
 * touches the phone: some clause must point to an app (named, or implied by
 * its words), and a clause that sends, calls or shares must say to whom,
 * never "someone". "flurb the quuxle zorp 99" names nothing; "email it to
 * someone" does not say who. Such a task ends at once with "I do not
 * understand this task" rather than a run that does something and calls it
 * done. Context sentences ("I met Lena today.") are fine beside a request.
 */
import type { Clause } from './parseClauses.ts';

const COMMUNICATES = /^(?:reply|text|email|e-mail|mail|send|message|forward|call|share|tell)\b/i;
const VAGUE = /\b(?:someone|somebody|anyone|anybody|some(?:one|body) else|a (?:person|friend))\b/i;
const VAGUE_CONTACT = /\ba contact\b/i;

function namesSomeone(c: Clause): boolean {
  const v = c.values;
  return (
    c.person !== undefined ||
    c.entity !== undefined ||
    v.names.length > 0 ||
    v.emails.length > 0 ||
    v.phones.length > 0 ||
    v.quoted.length > 0
  );
}

/** Why the task cannot be read as a request, or undefined when it can. */
export function whyNotUnderstood(clauses: readonly Clause[]): string | undefined {
  if (clauses.length === 0) return 'it asks for nothing';
  if (!clauses.some((c) => c.app)) return 'it names no app and nothing an app on this phone does';
  for (const c of clauses) {
    const vague = VAGUE.test(c.text) || (VAGUE_CONTACT.test(c.text) && !c.creates);
    if (vague && !namesSomeone(c)) return `"${c.text}" does not say who or which one`;
    if (COMMUNICATES.test(c.text.trim()) && !namesSomeone(c) && !c.shares && !/\b(?:me|him|her|them)\b/i.test(c.text))
      return `"${c.text}" does not say to whom`;
  }
  return undefined;
}
