/**
 * A name the instruction gives beside an address that a step typed ("David"
 * of "to David (david.kim@example.com)"): no step types the name itself, but
 * it belongs to the same value, so it is a slot too; otherwise the template
 * keeps it literal and the same request for someone else no longer fits.
 */
import { escape } from './slots.ts';

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

export function namesInAddress(values: readonly string[], instruction: string): string[] {
  const parts = values
    .filter((v) => EMAIL.test(v.trim()))
    .flatMap((v) =>
      v
        .trim()
        .split('@')[0]!
        .split(/[._+-]+/),
    )
    .filter((p) => p.length >= 2 && /^\p{L}+$/u.test(p));
  return [
    ...new Set(
      parts.flatMap((p) => {
        const m = new RegExp(`(?<![\\p{L}\\p{N}@.])${escape(p)}(?![\\p{L}\\p{N}@])`, 'iu').exec(instruction);
        // A name (capitalised in the instruction), not a word of the address itself.
        return m && /^\p{Lu}/u.test(m[0]) ? [m[0]] : [];
      }),
    ),
  ];
}
