/**
 * SPA-Bench stores list-valued columns as Python list literals written by
 * pandas: `['a','b']`, `['a', 'b']`, sometimes with double-quoted items.
 * This reads exactly that subset (a flat list of string literals with
 * backslash escapes) and nothing else, so a malformed cell fails loudly
 * instead of turning into a one-element list.
 */

export class PyListSyntaxError extends Error {
  override readonly name = 'PyListSyntaxError';
  constructor(
    message: string,
    readonly input: string,
    readonly position: number,
  ) {
    super(
      `${message} at position ${position} in ${JSON.stringify(input)} (expected a Python list of strings like ['a', 'b'])`,
    );
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

export function parsePyStringList(input: string): string[] {
  const s = input.trim();
  let i = 0;
  const ws = (): void => {
    while (i < s.length && /\s/.test(s[i] ?? '')) i++;
  };
  if (s[i] !== '[') throw new PyListSyntaxError("missing '['", input, i);
  i++;
  const out: string[] = [];
  let pending = '';
  ws();
  if (s[i] === ']') {
    i++;
  } else {
    for (;;) {
      ws();
      const q = s[i];
      if (q !== "'" && q !== '"') throw new PyListSyntaxError('expected a quoted string', input, i);
      i++;
      let item = '';
      for (;;) {
        if (i >= s.length) throw new PyListSyntaxError('unterminated string', input, i);
        const c = s[i] as string;
        if (c === '\\') {
          const e = s[i + 1] ?? '';
          item += ESCAPES[e] ?? `\\${e}`;
          i += 2;
          continue;
        }
        if (c === q) {
          i++;
          break;
        }
        item += c;
        i++;
      }
      // Python joins adjacent literals ('a' 'b' == 'ab'); SPA-Bench reads cells with
      // ast.literal_eval, so a missing comma in the data means concatenation there too.
      ws();
      const nq = s[i];
      if (nq === "'" || nq === '"') {
        pending += item;
        continue;
      }
      out.push(pending + item);
      pending = '';
      ws();
      if (s[i] === ',') {
        i++;
        ws();
        if (s[i] === ']') {
          i++;
          break;
        }
        continue;
      }
      if (s[i] === ']') {
        i++;
        break;
      }
      throw new PyListSyntaxError("expected ',' or ']'", input, i);
    }
  }
  ws();
  if (i !== s.length) throw new PyListSyntaxError('unexpected text after the list', input, i);
  return out;
}
