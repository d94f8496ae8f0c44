/** Facts as values: kinds, several values in one text, normal forms (issue #11 item 6). */
import { describe, expect, it } from 'vitest';
import { factKindOf, factSpans, normaliseFact, sameFact } from '../../../agent/memory/factValue.ts';

describe('fact values', () => {
  it('tells the kind of a value a model wrote down', () => {
    expect(factKindOf('$44.99')).toBe('money');
    expect(factKindOf('July 3')).toBe('date');
    expect(factKindOf('Jul 3')).toBe('date');
    expect(factKindOf('+1 415-555-0173')).toBe('phone');
    expect(factKindOf('9:30 AM')).toBe('time');
    expect(factKindOf('carol.singh@example.com')).toBe('email');
    expect(factKindOf('717,710')).toBe('number');
    expect(factKindOf('Maple Labs')).toBe('text');
  });

  it('finds each value of a kind inside a longer text, and narrows a labelled one', () => {
    const fees = 'Registration fee: $65 for the marathon, $45 for the half, $25 for 10 km';
    expect(factSpans(fees, 'money').map((s) => s.value)).toEqual(['$65', '$45', '$25']);
    expect(factSpans('+1 415-555-0173, Mobile', 'phone').map((s) => s.value)).toEqual(['+1 415-555-0173']);
    // A phone number is not also read as numbers.
    expect(factSpans('+1 415-555-0173, Mobile', 'number')).toEqual([]);
  });

  it('compares values in their normal form', () => {
    expect(sameFact('Jul 3', 'July 3')).toBe(true);
    expect(sameFact('3 July 2025', 'July 3')).toBe(true);
    expect(sameFact('+1 415-555-0173', '(415) 555-0173')).toBe(true);
    expect(sameFact('9:30 PM', '21:30')).toBe(true);
    expect(sameFact('$1,250.00', '$1250')).toBe(true);
    expect(sameFact('July 3', 'July 4')).toBe(false);
    expect(normaliseFact('12:15 am', 'time')).toBe('00:15');
  });
});
