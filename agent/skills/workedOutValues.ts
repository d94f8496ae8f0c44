/**
 * Values in a typed text that a learned task cannot replay as they were: the
 * numbers the run worked out or read on the way (a cart subtotal, a phone
 * number copied from Maps, a computed share) that are neither in the
 * instruction nor slots nor remembered facts, and the addresses it looked
 * up (an email address found in Contacts). Typed again as learnt they
 * would be the old task's values, so such a step is handed to the model.
 */
const NUMBER = /\d(?:[\d.,:/-]*\d)?/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function workedOutValues(typed: string, instruction: string): string[] {
  // Slot and memory placeholders are filled on replay: their digits are not values.
  const plain = typed.replace(/\{(?:slot:|memory:)[^}]*\}/g, ' ');
  const addresses = new Set((instruction.match(EMAIL) ?? []).map((a) => a.toLowerCase()));
  const found = (plain.match(EMAIL) ?? []).filter((a) => !addresses.has(a.toLowerCase()));
  const given = new Set(instruction.match(NUMBER) ?? []);
  const numbers = (plain.replace(EMAIL, ' ').match(NUMBER) ?? []).filter((n) => !given.has(n));
  return [...new Set([...found, ...numbers])];
}
