/**
 * A few readable lines saying what changed between two JSON values
 * ("display.darkMode: false → true", "alarms: 3 → 4 items (+ {time: 390, …})"),
 * for labels and reports. Bounded: a short list, short values.
 */

const MAX_VALUE = 60;

function show(v: unknown): string {
  const text = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? 'undefined');
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function shortDiff(a: unknown, b: unknown, prefix = '', limit = 6): string[] {
  const out: string[] = [];
  walk(a, b, prefix, out, limit);
  return out;
}

function walk(a: unknown, b: unknown, at: string, out: string[], limit: number): void {
  if (out.length >= limit) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  const name = at || '(root)';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      const seen = new Set(a.map((x) => JSON.stringify(x)));
      const added = b.filter((x) => !seen.has(JSON.stringify(x)));
      const kept = new Set(b.map((x) => JSON.stringify(x)));
      const removed = a.filter((x) => !kept.has(JSON.stringify(x)));
      const parts = [
        ...added.slice(0, 2).map((x) => `+ ${show(x)}`),
        ...removed.slice(0, 2).map((x) => `- ${show(x)}`),
      ];
      out.push(`${name}: ${a.length} → ${b.length} items${parts.length ? ` (${parts.join('; ')})` : ''}`);
      return;
    }
    a.forEach((x, i) => walk(x, b[i], `${at}[${i}]`, out, limit));
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      walk(a[key], b[key], at ? `${at}.${key}` : key, out, limit);
    return;
  }
  out.push(`${name}: ${show(a)} → ${show(b)}`);
}
