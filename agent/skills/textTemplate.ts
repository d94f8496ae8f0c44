/**
 * A text shown on screen that is made of several values of the instruction
 * ("Wednesday, June 11" for "on Wednesday June 11", "07:15" for "a 7:15
 * alarm"), as a template that gives the text for other values ("Thursday,
 * June 19", "09:40"). Each slot's value is replaced where it stands as whole
 * words; a number shown zero-padded ("07" for "7") keeps its width.
 */
import type { SkillSlot } from '../../fsm/index.ts';
import { escape } from './slots.ts';

/** Private-use marks stand for the slots while the rest is searched, so no slot's digits are matched again. */
const mark = (i: number) => String.fromCharCode(0xe100 + i);

export interface TextTemplate {
  template: string;
  /** How many values it holds. */
  slots: number;
}

export function textTemplate(text: string, slots: readonly SkillSlot[]): TextTemplate {
  const placeholders: string[] = [];
  let out = text;
  const put = (placeholder: string) => {
    placeholders.push(placeholder);
    return mark(placeholders.length - 1);
  };
  for (const s of [...slots].sort((a, b) => b.example.length - a.example.length)) {
    const whole = new RegExp(
      `(?<![\\p{L}\\p{N}])${escape(s.example.trim()).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    out = out.replace(whole, () => put(`{slot:${s.name}}`));
  }
  for (const s of slots.filter((sl) => /^\d+$/.test(sl.example.trim())))
    out = out.replace(/(?<![\p{L}\p{N}])0\d+(?![\p{L}\p{N}])/gu, (n) =>
      Number(n) === Number(s.example) ? put(`{slot:${s.name}:${n.length}}`) : n,
    );
  const template = out.replace(/[\ue100-\ue1ff]/g, (m) => placeholders[m.charCodeAt(0) - 0xe100]!);
  return { template, slots: placeholders.length };
}
