/**
 * Where a task's answer was read, so a learned task answers again from the
 * screen instead of repeating an old value: the value inside the answer
 * (a price, a time, a name an element shows) is located on the final
 * screen, and the answer's other words become its template ("It costs
 * {value}").
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { ScreenAnalysis, SkillFactSource } from '../../fsm/index.ts';
import { factSpans, type FactKind } from '../memory/factValue.ts';
import { locateFact } from '../memory/factSource.ts';

const KINDS: FactKind[] = ['email', 'money', 'phone', 'date', 'time', 'number'];

function template(answer: string, value: string): string {
  return answer.replace(value, '{value}');
}

export function locateAnswer(
  answer: string,
  screen: Screen,
  analysis: ScreenAnalysis,
): { template: string; source: SkillFactSource } | undefined {
  for (const kind of KINDS) {
    const spans = factSpans(answer, kind);
    if (spans.length !== 1) continue;
    const source = locateFact(screen, analysis, spans[0]!.value);
    if (source) return { template: template(answer, spans[0]!.value), source };
  }
  const whole = locateFact(screen, analysis, answer);
  if (whole) return { template: '{value}', source: whole };
  // A name the answer repeats from one element ("Kenji works at Maple Labs").
  const shown = screen.elements
    .map((e) => e.text.trim())
    .filter((t) => t.length >= 3 && /\p{L}/u.test(t) && answer.toLowerCase().includes(t.toLowerCase()))
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
