/**
 * The pure parts behind Chrome, Maps, Shopping and Calculator: arithmetic,
 * the calculator's key rules, and the offline search engines over the seeded world.
 */
import { describe, expect, it } from 'vitest';
import { CalcError, evaluate, formatNumber } from '../../../drivers/virtual-android/src/apps/calculator/evaluate.ts';
import {
  pressCloseParen,
  pressEquals,
  pressOperand,
  pressOperator,
} from '../../../drivers/virtual-android/src/apps/calculator/keys.ts';
import type { CalculatorState } from '../../../drivers/virtual-android/src/apps/calculator/state.ts';
import {
  openStatus,
  placeById,
  searchPlaces,
  travelMinutes,
} from '../../../drivers/virtual-android/src/world/places.ts';
import { formatPrice, productById, searchProducts } from '../../../drivers/virtual-android/src/world/products.ts';
import { PAGES, pageByUrl, searchPages } from '../../../drivers/virtual-android/src/world/pages.ts';

const calc = (f: string): string => formatNumber(evaluate(f));

describe('calculator arithmetic', () => {
  it('respects precedence, parentheses, decimals and unary minus', () => {
    expect(calc('12×(3+4)')).toBe('84');
    expect(calc('2+3×4')).toBe('14');
    expect(calc('0.1+0.2')).toBe('0.3');
    expect(calc('10÷4−1')).toBe('1.5');
    expect(calc('7×−2')).toBe('−14');
    expect(calc('2(3+1)')).toBe('8');
    expect(calc('(1+2')).toBe('3');
    expect(calc('2^3^2')).toBe('512');
    expect(calc('√16+50%')).toBe('4.5');
  });

  it('reports division by zero and malformed input as CalcError', () => {
    expect(() => evaluate('1÷0')).toThrow(CalcError);
    expect(() => evaluate('1÷0')).toThrow("Can't divide by 0");
    expect(() => evaluate('1+×2')).toThrow('Bad expression');
  });

  it('keys build the formula like Google Calculator', () => {
    const s: CalculatorState = { formula: '', result: '', evaluated: false, history: [], theme: 'Light' };
    for (const k of ['1', '2']) pressOperand(s, k);
    pressOperator(s, '+');
    pressOperator(s, '×'); // replaces the trailing operator
    expect(s.formula).toBe('12×');
    pressOperand(s, '(');
    pressOperand(s, '3');
    pressOperator(s, '+');
    pressOperand(s, '4');
    expect(s.result).toBe('84'); // live preview with the parenthesis still open
    pressCloseParen(s);
    pressCloseParen(s); // no open parenthesis left: ignored
    pressEquals(s, 0);
    expect([s.formula, s.result, s.history.length]).toEqual(['12×(3+4)', '84', 1]);
    pressOperator(s, '−'); // continues from the answer
    expect(s.formula).toBe('84−');
    pressOperand(s, '.');
    expect(s.formula).toBe('84−0.');
  });
});

describe('world search', () => {
  it('Chrome finds pages by words and by typed URL', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(25);
    expect(searchPages('lisbon population')[0]!.title).toBe('Lisbon – Wikipedia');
    expect(searchPages('jazz festival')[0]!.url).toBe('https://events.riverside.example.gov/jazz-festival');
    expect(searchPages('zzzz')).toEqual([]);
    expect(pageByUrl('cityartmuseum.example.org/visit')!.paragraphs).toContain('Thursday: 10:00–21:00');
    for (const p of PAGES) for (const l of p.links) expect(pageByUrl(l), `${p.url} links to ${l}`).toBeDefined();
  });

  it('Maps finds places and computes open status and travel times', () => {
    expect(searchPlaces('museums').map((p) => p.id)).toEqual([
      'city-art-museum',
      'natural-history-museum',
      'science-center',
    ]);
    const museum = placeById('city-art-museum')!;
    expect(openStatus(museum, Date.UTC(2025, 5, 2, 12, 0))).toBe('Closed today'); // a Monday
    expect(openStatus(museum, Date.UTC(2025, 5, 5, 20, 0))).toBe('Open · Closes 21:00'); // Thursday late opening
    expect(openStatus(museum, Date.UTC(2025, 5, 3, 9, 0))).toBe('Closed · Opens 10:00');
    expect(travelMinutes(museum, 'walking')).toBeGreaterThan(travelMinutes(museum, 'driving'));
  });

  it('Shopping finds Catan first and formats prices', () => {
    expect(searchProducts('catan').map((p) => p.id)).toEqual(['catan', 'catan-seafarers']);
    expect(formatPrice(productById('catan')!.priceCents)).toBe('$44.99');
    expect(formatPrice(19999)).toBe('$199.99');
    expect(searchProducts('board games').length).toBeGreaterThan(8);
  });
});
