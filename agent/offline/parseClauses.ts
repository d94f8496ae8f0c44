/**
 * Splits a task instruction into clauses and reads each clause's intent: the
 * app it names, the words to ground, the text to type, a switch to set, a fact
 * to find. Pure text processing: no model.
 */
import { inferApp } from './appHints.ts';
import { readValues, type ClauseValues } from './taskValues.ts';
import { contentWords, normalise, tokens } from './words.ts';

export interface Clause {
  text: string;
  /** Launcher label of the app this clause names, if any. */
  app?: string;
  /** Words that should be matched against labels on the way. */
  words: string[];
  /** Text to type (quoted text, or what follows "saying", "titled", "search for" ...). */
  typeText?: string;
  /** Whether the typed text should be submitted with Enter (searches). */
  submit: boolean;
  /** turn on / turn off / enable / disable */
  toggle?: 'on' | 'off';
  /** A fact to read off the screen: price, rating, hours, ... */
  fact?: string;
  /** The clause refers to a fact found earlier ("it", "the price", "that"). */
  usesMemory: boolean;
  /** Values read from the text: quoted strings, names, a time, a date, field roles. */
  values: ClauseValues;
  /** A question to answer from what the screen shows. */
  question: boolean;
  /** The clause makes something new (a note, an alarm, a contact, a mail to an address). */
  creates: boolean;
  /** What to find and open first (a person, a product, a note's title), if anything. */
  entity?: string;
  /** Who the clause writes to or is about (a recipient, a new contact). */
  person?: string;
  /** The clause sends something through the share sheet (share, send X from A, email the listing). */
  shares: boolean;
  /**
   * The source of a share: a sharing clause that names the app it goes to ("over Messages") while the
   * thing shared belongs to another app ("my note") is preceded by this clause, which finds the subject
   * in that app and shares it from there.
   */
  gather?: boolean;
}

const FACT_WORDS = [
  'price',
  'cost',
  'rating',
  'hours',
  'address',
  'phone',
  'number',
  'date',
  'time',
  'email',
  'temperature',
  'population',
  'capital',
  'result',
  'total',
];

/** Verbs after which the rest up to a preposition is text to type. */
const TEXT_MARKERS: Array<{ re: RegExp; submit: boolean }> = [
  { re: /\bsearch(?:es)?\s+(?:for\s+)?(.+?)(?:\s+(?:in|on|using|and)\s.*|,.*)?$/i, submit: true },
  { re: /\b(?:saying|that says|with (?:the )?(?:text|message|body|note)|reading)\s+(.+)$/i, submit: false },
  { re: /\b(?:titled|named|called|labell?ed)\s+(.+?)(?:\s+(?:and|with|saying|at|for|in)\b.*)?$/i, submit: false },
  { re: /\b(?:type|enter|write)\s+(.+?)(?:\s+(?:in|into|on)\s+.+)?$/i, submit: false },
  // "reply to Alice that I am late", "tell him I will send them tonight"
  {
    re: /\b(?:reply|text|message|email|tell|write)\b.*?\b(?:that|tell (?:him|her|them)|telling (?:him|her|them))\s+(.+)$/i,
    submit: false,
  },
];

export function splitClauses(task: string): string[] {
  return task
    .replace(/\s+/g, ' ')
    .split(
      /(?:[.;]\s+|,?\s+and then\s+|,?\s+then\s+|,\s*after that,?\s+|,\s+finally,?\s+|,?\s+and\s+(?=(?:text|send|email|mail|share|call|reply|save|add|set|put|copy|paste|open|turn|switch|create|make|delete|find|search|check|look up|start|book)\b))/i,
    )
    .map((s) =>
      s
        .trim()
        .replace(/[.;]$/, '')
        .replace(/^(?:and\s+)?then\s+/i, ''),
    )
    .filter((s) => s.length > 0);
}

function quoted(text: string): string | undefined {
  const m = text.match(/["“'‘]([^"”'’]+)["”'’]/);
  return m?.[1];
}

export function parseClause(text: string, appLabels: string[], previousApp?: string): Clause {
  const norm = ` ${normalise(text)} `;
  // Longest label first so "Google Maps" wins over "Maps".
  const named = [...appLabels]
    .sort((a, b) => b.length - a.length)
    .find((label) => norm.includes(` ${normalise(label)} `));
  // A clause that names no app: the app its words point to, else (below) the previous clause's app.
  const app = named ?? inferApp(text, appLabels);
  let typeText = quoted(text);
  let submit = /\bsearch/i.test(text);
  if (!typeText) {
    for (const marker of TEXT_MARKERS) {
      const m = text.match(marker.re);
      if (m?.[1]) {
        typeText = m[1].trim();
        submit = marker.submit;
        break;
      }
    }
  }
  const toggle = /\b(turn|switch)\s+on\b|\benable\b|\b(turn|switch)\s+[\w-]+(\s+[\w-]+)?\s+on\b/i.test(text)
    ? 'on'
    : /\b(turn|switch)\s+off\b|\bdisable\b|\b(turn|switch)\s+[\w-]+(\s+[\w-]+)?\s+off\b/i.test(text)
      ? 'off'
      : undefined;
  const toks = tokens(text);
  const communicates = /^(reply|text|email|mail|send|message|tell|write|forward|share|call)\b/i.test(text.trim());
  const fact =
    /\b(find|check|look up|what|get|read|tell)\b/i.test(text) && !communicates
      ? FACT_WORDS.find((f) => toks.includes(f))
      : undefined;
  const usesMemory =
    /\b(it|that|this|the (price|rating|hours|address|number|date|time|result|total|answer))\b/i.test(text) && !fact;
  const appWords = new Set(app ? tokens(app) : []);
  const typedWords = new Set(typeText ? tokens(typeText) : []);
  const words = contentWords(text).filter(
    (w) => !appWords.has(w) && !typedWords.has(w) && w !== 'on' && w !== 'off' && w !== fact,
  );
  const values = readValues(text, appLabels);
  const question =
    /\?\s*$/.test(text) ||
    /^(what|what's|where|when|which|who|how)\b/i.test(text) ||
    /\b(tell me|look up|find out)\b/i.test(text);
  const creates =
    /\b(new|create|make|set an? (?:\d|alarm|timer)|add an? |add a\b|block out|compose|start an?)\b/i.test(text) ||
    (values.emails.length > 0 && /^(email|mail|send|write)\b/i.test(text.trim())) ||
    (values.phones.length > 0 && values.names.length === 0 && /^(text|message|sms|send)\b/i.test(text.trim()));
  const used = new Set(
    [values.title, values.subject, values.body, values.newName, values.label].filter(Boolean) as string[],
  );
  const entityQuote = values.quoted.find((q) => !used.has(q));
  const personRe =
    /\b(?:to|text|texts|email|call|message|reply to|with|tell|send|from)\s+((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+)?)/g;
  const people = [...text.matchAll(personRe)]
    .map((m) => m[1]!)
    .filter((n) => values.names.some((x) => x.startsWith(n) || n.startsWith(x)));
  const person = people[0] ?? (creates ? values.names[0] : undefined);
  const entity =
    values.names.find((n) => n !== person && !/^(wi-fi|bluetooth)$/i.test(n)) ??
    entityQuote ??
    (!creates ? person : undefined);
  const shares =
    /\bshare\b/i.test(text) || /\b(?:send|email|text)\b.*\b(?:listing|location|note|page|link)\b/i.test(text);
  return {
    text,
    ...(app ? { app } : previousApp ? { app: previousApp } : {}),
    words,
    ...(typeText ? { typeText } : {}),
    submit,
    ...(toggle ? { toggle } : {}),
    ...(fact ? { fact } : {}),
    usesMemory,
    values,
    question,
    creates,
    ...(entity ? { entity } : {}),
    ...(person ? { person } : {}),
    shares,
  };
}

/**
 * The task's clauses, from the instruction alone (what a user types): a
 * clause that names no app continues in the app of the clause before it.
 */
export function parseTask(task: string, appLabels: string[]): Clause[] {
  const clauses: Clause[] = [];
  let previousApp: string | undefined;
  for (const text of splitClauses(task)) {
    const clause = parseClause(text, appLabels, previousApp);
    if (!clause.app && previousApp) clause.app = previousApp;
    const source = shareSource(clause, appLabels);
    if (source) clauses.push(source);
    previousApp = clause.app;
    clauses.push(clause);
  }
  return clauses;
}

/** A share's source clause, when the shared thing points to another app than the one the clause names. */
function shareSource(clause: Clause, appLabels: string[]): Clause | undefined {
  if (!clause.shares || !clause.app) return undefined;
  const target = clause.app;
  const rest = normalise(clause.text).replace(normalise(target), ' ');
  const from = inferApp(
    rest,
    appLabels.filter((l) => l !== target),
  );
  if (!from) return undefined;
  const gather = parseClause(clause.text, appLabels, from);
  return { ...gather, app: from, gather: true, question: true, creates: false, shares: clause.shares };
}
