/** The regex of a `matches` check (path or answer), its errors naming where it is. */
import { PredicateError } from './PredicateError.ts';

export function compileRegex(at: string, source: unknown, flags: unknown): RegExp {
  if (typeof source !== 'string') throw new PredicateError(at, '"matches" must be a regular expression string');
  if (flags !== undefined && (typeof flags !== 'string' || !/^[imsu]*$/.test(flags))) {
    throw new PredicateError(
      at,
      `"flags" must be a string of regex flags from i, m, s, u; got ${JSON.stringify(flags)}`,
    );
  }
  try {
    return new RegExp(source, (flags as string | undefined) ?? '');
  } catch (e) {
    throw new PredicateError(at, `invalid regular expression ${JSON.stringify(source)}: ${(e as Error).message}`);
  }
}
