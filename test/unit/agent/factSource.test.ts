/**
 * Facts read where they showed (issue #11 item 6): a value inside a longer
 * line is located as "the second price of that paragraph" and read again as
 * that value alone, not the whole line; a date or phone number written
 * another way is the same fact.
 */
import { describe, expect, it } from 'vitest';
import { locateFact, readFact } from '../../../agent/memory/factSource.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { writePageSource } from '../../../drivers/screen/writePageSource.ts';
import { stateKey } from '../../../fsm/index.ts';

function page(texts: string[], ids: string[] = []) {
  const pkg = 'com.android.chrome';
  const screen = parsePageSource(
    writePageSource([
      {
        cls: 'android.widget.FrameLayout',
        pkg,
        b: [0, 0, 1080, 2400],
        children: texts.map((text, i) => ({
          cls: 'android.widget.TextView',
          pkg,
          text,
          ...(ids[i] ? { id: `${pkg}:id/${ids[i]}` } : {}),
          b: [40, 300 + 150 * i, 1040, 420 + 150 * i] as [number, number, number, number],
        })),
      },
    ]),
  );
  return { screen, analysis: stateKey(screen) };
}

describe('facts read where they showed', () => {
  it('narrows a value inside a line, and reads that one again on a later screen', () => {
    const fees = 'Registration fee: $65 for the marathon, $45 for the half, $25 for 10 km';
    const first = page(['Riverside City Marathon', fees]);
    const source = locateFact(first.screen, first.analysis, '$45')!;
    expect(source).toMatchObject({ kind: 'money', pick: 1, of: 3 });
    const later = page(['Riverside City Marathon', fees.replace('$45', '$50')]);
    expect(readFact(source, later.screen, later.analysis)).toBe('$50');
  });

  it('finds a fact written another way than the model wrote it, and reads just the value', () => {
    const card = page(['Kenji Watanabe', '+1 415-555-0173, Mobile', 'Jul 3, 2025']);
    const phone = locateFact(card.screen, card.analysis, '(415) 555-0173')!;
    expect(readFact(phone, card.screen, card.analysis)).toBe('+1 415-555-0173');
    const date = locateFact(card.screen, card.analysis, 'July 3')!;
    expect(readFact(date, card.screen, card.analysis)).toBe('Jul 3, 2025');
    expect(locateFact(card.screen, card.analysis, 'July 4')).toBeUndefined();
  });
});

describe("an answer's value, located where it showed", () => {
  it('is the value the instruction did not give, and a sum of money is found shown as a plain number', async () => {
    const { locateAnswer } = await import('../../../agent/run/locateAnswer.ts');
    const first = page(['64.5×18÷100', '11.61'], ['formula', 'result']);
    const answer = '18% of $64.50 is $11.61.';
    const task = 'What is 18% of a $64.50 bill? Use the calculator.';
    const located = locateAnswer(answer, first.screen, first.analysis, task)!;
    expect(located.template).toBe('18% of $64.50 is ${value}.');
    const later = page(['82.4×15÷100', '12.36'], ['formula', 'result']);
    expect(readFact(located.source, later.screen, later.analysis)).toBe('12.36');
    // Without the instruction, the restated "18" (shown in the expression) would pass for the answer.
    expect(locateAnswer(answer, first.screen, first.analysis)?.template).toBe('{value}% of $64.50 is $11.61.');
  });
});

describe('an answer whose value was not found', () => {
  it('is not pinned on a name the instruction gave, nor around values of its own left as they were', async () => {
    const { locateAnswer } = await import('../../../agent/run/locateAnswer.ts');
    const place = page(['City Art Museum', 'Thursday: 10:00–21:00', 'Friday: 10:00–18:00']);
    const task = 'How late is the City Art Museum open on Thursdays?';
    const answer = 'On Thursdays the City Art Museum is open until 21:00 (10:00–21:00).';
    expect(locateAnswer(answer, place.screen, place.analysis, task)).toBeUndefined();
    // A name the answer found, not given, with no values of its own: located as before.
    const card = page(['Kenji Watanabe', 'Maple Labs']);
    expect(
      locateAnswer('Kenji works at Maple Labs.', card.screen, card.analysis, 'Where does Kenji Watanabe work?'),
    ).toMatchObject({ template: 'Kenji works at {value}.' });
  });
});
