/**
 * Pressing an expression on a calculator keypad: each character maps to the
 * key whose label or description is that symbol or its spoken name.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';

const NAMES: Record<string, string[]> = {
  '*': ['×', '*', 'x', 'multiply', 'times'],
  '/': ['÷', '/', 'divide', 'divided by'],
  '+': ['+', 'plus', 'add'],
  '-': ['−', '-', 'minus', 'subtract'],
  '.': ['.', ',', 'point', 'decimal'],
  '=': ['=', 'equals'],
  '%': ['%', 'percent'],
};

export function keyFor(screen: Screen, ch: string): UiElement | undefined {
  const names = NAMES[ch] ?? [ch];
  return screen.elements.find(
    (e) =>
      e.actionable &&
      (names.includes(e.label.trim().toLowerCase()) || names.includes(e.contentDesc.trim().toLowerCase())),
  );
}

/** A keypad: every digit has a key. */
export function hasKeypad(screen: Screen): boolean {
  return [...'0123456789'].every((d) => keyFor(screen, d) !== undefined) && keyFor(screen, '=') !== undefined;
}

/** The number the display shows after "=": the largest-font number, else the last number on screen above the keys. */
export function displayedResult(screen: Screen): string | undefined {
  const byId = screen.elements.find((e) => /result/i.test(e.resourceId) && /\d/.test(e.text));
  if (byId) return byId.text.replace(/[^\d.,−-]/g, '').replace('−', '-');
  const numbers = screen.elements.filter((e) => !e.actionable && /^[−-]?[\d,]+(\.\d+)?$/.test(e.text.trim()));
  return numbers[numbers.length - 1]?.text.trim();
}
