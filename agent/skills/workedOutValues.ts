/**
 * Values in a typed text that a learned task cannot replay as they were: the
 * numbers the run worked out or read on the way (a cart subtotal, a phone
 * number copied from Maps, a computed share) that are neither in the
 * instruction nor slots nor remembered facts. Typed again as learnt they
 * would be the old task's values, so such a step is handed to the model.
 */
const NUMBER = /\d(?:[\d.,:/-]*\d)?/g;

export function workedOutValues(typed: string, instruction: string): string[] {
  // Slot and memory placeholders are filled on replay: their digits are not values.
  const plain = typed.replace(/\{(?:slot:|memory:)[^}]*\}/g, ' ');
  const given = new Set(instruction.match(NUMBER) ?? []);
  return [...new Set((plain.match(NUMBER) ?? []).filter((n) => !given.has(n)))];
}
