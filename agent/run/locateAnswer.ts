/**
 * Where a task's answer was read, so a learned task answers again from the
 * screen instead of repeating an old value: the value inside the answer
 * (a price, a time, a name an element shows) is located on the final
 * screen, and the answer's other words become its template ("It costs
 * {value}"). Values the instruction gave and the answer restates ("18% of
 * $64.50 is $11.61") are not what was found: only the one value left is
 * located, and a sum of money is also found shown as a plain number (a
 * calculator's display shows "11.61").
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { ScreenAnalysis, SkillFactSource } from '../../fsm/index.ts';
import { factSpans, normaliseFact, type FactKind } from '../memory/factValue.ts';
import { locateFact } from '../memory/factSource.ts';
import { containsWords } from '../skills/slots.ts';

const KINDS: FactKind[] = ['email', 'money', 'phone', 'date', 'time', 'number'];

function template(answer: string, value: string): string {
  return answer.replace(value, '{value}');
}

/** Whether the instruction gives this value itself (a number in any writing: "$64.50" and "64.5" alike). */
function given(value: string, kind: FactKind, instruction: string): boolean {
  const numeric = kind === 'money' || kind === 'number';
  const want = normaliseFact(value, kind);
  return numeric
    ? (instruction.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).some((n) => normaliseFact(n, 'number') === want)
    : factSpans(instruction, kind).some((s) => normaliseFact(s.value, kind) === want);
}

export function locateAnswer(
  answer: string,
  screen: Screen,
  analysis: ScreenAnalysis,
  instruction = '',
): { template: string; source: SkillFactSource } | undefined {
  for (const kind of KINDS) {
    const spans = factSpans(answer, kind).filter((s) => !given(s.value, kind, instruction));
    if (spans.length !== 1) continue;
    const value = spans[0]!.value;
    const source = locateFact(screen, analysis, value);
    if (source) return { template: template(answer, value), source };
    const digits = kind === 'money' ? /\d[\d,]*(?:\.\d+)?/.exec(value)?.[0] : undefined;
    const plain = digits ? locateFact(screen, analysis, digits) : undefined;
    if (plain) return { template: template(answer, digits!), source: plain };
  }
  const whole = locateFact(screen, analysis, answer);
  if (whole) return { template: '{value}', source: whole };
  // A name the answer repeats from one element ("Kenji works at Maple Labs"): not one the instruction gave (the
  // museum asked about), and not when the answer states values of its own that were not located (a template
  // around the name would repeat "open until 21:00" for another museum).
  const stated = KINDS.some((kind) => factSpans(answer, kind).some((s) => !given(s.value, kind, instruction)));
  if (stated) return undefined;
  const shown = screen.elements
    .map((e) => e.text.trim())
    .filter((t) => t.length >= 3 && /\p{L}/u.test(t) && answer.toLowerCase().includes(t.toLowerCase()))
    .filter((t) => !containsWords(instruction, t))
    .sort((a, b) => b.length - a.length);
  for (const text of shown) {
    const source = locateFact(screen, analysis, text);
    if (source)
      return {
        template: answer.replace(new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), '{value}'),
        source,
      };
  }
  return undefined;
}
