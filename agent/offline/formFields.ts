/**
 * What a text field is for, read from its hint, label and resource id (the
 * words Android apps put there: "First name", "Subject", "Add title", "To"),
 * and which of a clause's values belongs in it.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import type { ClauseValues } from './taskValues.ts';
import { tokens } from './words.ts';

export type FieldRole =
  | 'first'
  | 'last'
  | 'name'
  | 'phone'
  | 'email'
  | 'recipient'
  | 'subject'
  | 'body'
  | 'title'
  | 'company'
  | 'location'
  | 'label'
  | 'search'
  | 'hour'
  | 'minute'
  | 'unknown';

const RULES: Array<[RegExp, FieldRole]> = [
  [/\bhour\b/, 'hour'],
  [/\bminute\b/, 'minute'],
  [/\bsearch\b|\bfind\b|\bweb address\b|\bomnibox\b|\burl\b/, 'search'],
  [/\bfirst name\b|\bgiven name\b|\bfirst\b/, 'first'],
  [/\blast name\b|\bsurname\b|\bfamily name\b|\blast\b/, 'last'],
  [/\bto\b|\brecipient\b|\btype a name\b/, 'recipient'],
  [/\bphone\b|\bmobile\b|\bnumber\b/, 'phone'],
  [/\bcompany\b|\borgani[sz]ation\b|\bwork\b/, 'company'],
  [/\bsubject\b/, 'subject'],
  [/\bemail\b|\be mail\b/, 'email'],
  [/\btitle\b/, 'title'],
  [/\blocation\b|\baddress\b|\bwhere\b/, 'location'],
  [/\blabel\b/, 'label'],
  [/\bcompose\b|\bmessage\b|\bbody\b|\bnote\b|\bwrite\b|\btext\b|\bcomment\b/, 'body'],
  [/\bname\b|\bedittext\b|\brename\b/, 'name'],
];

export function fieldText(input: UiElement): string {
  const id = (input.resourceId.split('/').pop() ?? '').replace(/_/g, ' ');
  return tokens(`${input.hint} ${isEmptyField(input) ? input.text : ''} ${input.contentDesc} ${id}`).join(' ');
}

export function fieldRole(input: UiElement): FieldRole {
  const text = fieldText(input);
  // "Compose email" is the body, not an address.
  if (/\bcompose\b/.test(text)) return 'body';
  for (const [re, role] of RULES) if (re.test(text)) return role;
  return 'unknown';
}

/** A field shows its hint (or nothing) until something is typed. */
export function isEmptyField(input: UiElement): boolean {
  return input.text.trim() === '' || (input.hint !== '' && input.text === input.hint);
}

export function currentValue(input: UiElement): string {
  return isEmptyField(input) ? '' : input.text;
}

export function textInputs(screen: Screen): UiElement[] {
  const kinds = new Map(screen.windows.map((w) => [w.id, w.kind]));
  return screen.elements.filter((e) => e.role === 'input' && e.flags.enabled && kinds.get(e.window) !== 'keyboard');
}

export interface FieldValueContext {
  values: ClauseValues;
  /** Who the clause is about (a recipient, a new contact). */
  person?: string;
  /** A fact carried from an earlier clause, for a body. */
  carried?: string;
  /** The text to search for. */
  query?: string;
}

/** The value the clause gives this kind of field, if any. */
export function valueFor(role: FieldRole, ctx: FieldValueContext): string | undefined {
  const v = ctx.values;
  const person = ctx.person;
  const [first, ...rest] = (person ?? '').split(/\s+/);
  switch (role) {
    case 'first':
      return person ? first : undefined;
    case 'last':
      return person && rest.length > 0 ? rest.join(' ') : undefined;
    case 'name':
      return v.newName ?? person;
    case 'phone':
      return v.phones[0];
    case 'email':
      return v.emails[0];
    case 'recipient':
      return v.emails[0] ?? v.phones[0] ?? person;
    case 'subject':
      return v.subject;
    case 'body':
      return v.body ?? ctx.carried;
    case 'title':
      return v.title ?? v.quoted[0];
    case 'company':
      return v.company;
    case 'label':
      return v.label ?? v.title;
    case 'search':
      return ctx.query;
    case 'hour':
      return v.time ? String(v.time.hour).padStart(2, '0') : undefined;
    case 'minute':
      return v.time ? String(v.time.minute).padStart(2, '0') : undefined;
    default:
      return undefined;
  }
}
