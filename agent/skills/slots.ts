/**
 * Slots: the values of an instruction that a run used (a name typed, a row
 * chosen, a title), so a learned task serves the same request with other
 * values. Learning finds them (word runs of a typed text or a chosen row
 * that the instruction also contains) and turns the instruction into a
 * template; a new instruction that fits the template gives the new values.
 */
import type { SkillSlot } from '../../fsm/index.ts';
import { contentWords } from '../offline/words.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.@+:/-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function words(text: string): Array<{ from: number; to: number }> {
  return [...text.matchAll(WORD)].map((m) => ({ from: m.index!, to: m.index! + m[0].length }));
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `needle` occurs in `hay` as whole words (case and spacing aside). */
export function containsWords(hay: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(squash(needle)).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(
    hay,
  );
}

/**
 * The longest runs of whole words of `text` that `instruction` also contains
 * and that name something (not only "the", "to", verbs): the values the
 * instruction gave to this text ("Wingspan" in "Wingspan is $54.99").
 */
export function sharedRuns(text: string, instruction: string): string[] {
  const ws = words(text);
  const runs: string[] = [];
  for (let i = 0; i < ws.length;) {
    let best = -1;
    for (let j = ws.length - 1; j >= i; j--) {
      const run = text.slice(ws[i]!.from, ws[j]!.to);
      if (containsWords(instruction, run) && contentWords(run).length > 0) {
        best = j;
        break;
      }
    }
    if (best < 0) {
      i++;
      continue;
    }
    runs.push(text.slice(ws[i]!.from, ws[best]!.to));
    i = best + 1;
  }
  return runs;
}

const MAX_VALUE_WORDS = 4;

export interface Template {
  template: string;
  slots: SkillSlot[];
}

/** The instruction with each value as `{sN}` (numbered in the order they appear); values it lacks are left out. */
export function makeTemplate(instruction: string, values: readonly string[]): Template {
  // A value names something (a person, a title, a time): a longer run quotes the instruction's own sentence
  // ("Dinner came to $186.40 split"), and as a slot it would carry numbers other steps use as they were.
  const found = [
    ...new Set(
      values
        .map((v) => v.trim())
        .filter((v) => v && v.split(/\s+/).length <= MAX_VALUE_WORDS && containsWords(instruction, v)),
    ),
  ];
  // Longest first, so "Bob Martinez" is one value rather than "Bob" and "Martinez": a shorter value counts only
  // where the instruction shows it outside the longer ones ("David" beside "david.kim@example.com").
  const whole = (v: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(v).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  let rest = instruction;
  const kept: Array<{ v: string; at: number; mark: string }> = [];
  for (const v of found.sort((a, b) => b.length - a.length)) {
    const at = rest.search(whole(v));
    if (at < 0) continue;
    // A private-use mark of the same length stands for the value, so shorter values are not found inside it.
    const mark = String.fromCharCode(0xe000 + kept.length);
    kept.push({ v, at, mark });
    rest = rest.replace(whole(v), (m) => mark.repeat(m.length));
  }
  const slots: SkillSlot[] = kept.sort((a, b) => a.at - b.at).map(({ v }, i) => ({ name: `s${i + 1}`, example: v }));
  let template = rest;
  kept.forEach(({ mark }, i) => {
    template = template.replace(new RegExp(`${mark}+`, 'gu'), `{s${i + 1}}`);
  });
  return { template, slots };
}

/**
 * The slot values of `instruction` when it fits `template` (same words, other
 * values); undefined otherwise. Two slots side by side ("the {s1} {s2}
 * listing") are split, when the learnt `slots` are given, first as their
 * examples were (as many words each: "Studio Monitor" and "headphones" as
 * "SoundWave ANC" and "Headphones"), else the first takes as few as it can.
 */
export function matchTemplate(
  template: string,
  instruction: string,
  slots: readonly SkillSlot[] = [],
): Record<string, string> | undefined {
  const parts = template
    .trim()
    .replace(/[.!?]+$/, '')
    .split(/(\{s\d+\})/);
  const slotAt = (i: number) => /^\{(s\d+)\}$/.exec(parts[i] ?? '')?.[1];
  // A slot next to another with only spaces between them.
  const besideSlot = (i: number) =>
    (/^\s*$/.test(parts[i - 1] ?? 'x') && slotAt(i - 2) !== undefined) ||
    (/^\s*$/.test(parts[i + 1] ?? 'x') && slotAt(i + 2) !== undefined);
  const words = (name: string) =>
    slots
      .find((s) => s.name === name)
      ?.example.trim()
      .split(/\s+/).length;
  const attempt = (asLearnt: boolean) => {
    const seen = new Set<string>();
    const pattern = parts
      .map((part, i) => {
        const name = slotAt(i);
        // Spaces between two slots are kept: "{s1} {s2}" is two values, not one that starts with a space.
        if (!name) return escape(part.replace(/\s+/g, ' ').toLowerCase()).replace(/ /g, '\\s+');
        if (seen.has(name)) return `\\k<${name}>`;
        seen.add(name);
        const n = asLearnt && besideSlot(i) ? words(name) : undefined;
        return n ? `(?<${name}>\\S+(?:\\s\\S+){${n - 1}})` : `(?<${name}>\\S.*?)`;
      })
      .join('');
    const m = new RegExp(`^\\s*${pattern}\\s*[.!?]*\\s*$`, 'iu').exec(instruction.replace(/\s+/g, ' '));
    if (!m) return undefined;
    const values = Object.fromEntries(Object.entries(m.groups ?? {}).map(([k, v]) => [k, v.trim()]));
    return Object.values(values).every((v) => v.length > 0) ? values : undefined;
  };
  return (slots.length > 0 ? attempt(true) : undefined) ?? attempt(false);
}

/**
 * Replaces `{sN}` and `{slot:sN}` placeholders with their values; `{slot:sN:W}`
 * zero-pads a number to W digits (an hour field typed "05" for "5 in the
 * morning"); `{slot:sN:wI-J/N}` takes words I..J of the value, as a typed
 * "Priya" took the first of the two words of "Priya Patel" (wordRange).
 */
export function fillSlots(text: string, values: Record<string, string>): string {
  return text.replace(
    /\{(?:slot:)?(s\d+)(?::(\d)|:w(\d+)-(\d+)\/(\d+))?\}/g,
    (whole, name: string, width?: string, from?: string, to?: string, of?: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      if (from !== undefined) return wordRange(value, Number(from), Number(to), Number(of));
      return width && /^\d+$/.test(value) ? value.padStart(Number(width), '0') : value;
    },
  );
}

/**
 * Words `from`..`to` of a value that had `of` words, taken from another value:
 * a range at the start stays at the start ("Trattoria" of "Trattoria Luca" is
 * "Taco" of "Taco Loco"), one at the end stays at the end (a last name), and
 * a value of one word gives itself.
 */
export function wordRange(value: string, from: number, to: number, of: number): string {
  const ws = value.trim().split(/\s+/);
  if (ws.length === 1) return ws[0]!;
  const length = to - from + 1;
  if (from === 0) return ws.slice(0, Math.min(length, ws.length - 1)).join(' ');
  if (to === of - 1) return ws.slice(Math.max(1, ws.length - length)).join(' ');
  return ws.slice(from, Math.min(ws.length, to + 1)).join(' ') || ws[0]!;
}

/** Numbers of the instruction that equal a typed number written another way ("05" typed for "5"). */
export function numberValues(typed: string, instruction: string): string[] {
  if (!/^\d+$/.test(typed.trim())) return [];
  return [...instruction.matchAll(/(?<![\d.:])\d+(?![\d.])|(?<=:)\d+/g)]
    .map((m) => m[0])
    .filter((n) => Number(n) === Number(typed) && n !== typed.trim());
}

/** The reverse of fillSlots for a typed text: every slot's example in it becomes `{slot:sN}`. */
export function abstractSlots(text: string, slots: readonly SkillSlot[]): string {
  const padded = slots.find(
    (s) =>
      /^\d+$/.test(text.trim()) &&
      /^\d+$/.test(s.example) &&
      Number(s.example) === Number(text) &&
      s.example !== text.trim(),
  );
  if (padded) return `{slot:${padded.name}:${text.trim().length}}`;
  let out = text;
  for (const s of [...slots].sort((a, b) => b.example.length - a.example.length))
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(s.example).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
      `{slot:${s.name}}`,
    );
  return out === text ? (partOfSlot(text, slots) ?? text) : out;
}

/** A typed text that is some of the words of a slot's value (a first name of a full name): `{slot:sN:wI-J/N}`. */
function partOfSlot(text: string, slots: readonly SkillSlot[]): string | undefined {
  const typed = squash(text).split(' ');
  if (contentWords(text).length === 0) return undefined;
  for (const s of slots) {
    const ws = squash(s.example).split(' ');
    for (let i = 0; i + typed.length <= ws.length; i++)
      if (typed.length < ws.length && typed.every((w, k) => w === ws[i + k]))
        return `{slot:${s.name}:w${i}-${i + typed.length - 1}/${ws.length}}`;
  }
  return undefined;
}
