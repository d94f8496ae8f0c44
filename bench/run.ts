/**
 * Runs every registered benchmark and prints one table.
 */
import { benches } from './index.ts';
import type { BenchResult } from './types.ts';

export interface RunAllOptions {
  /** Only the benches with these names. */
  only?: string[];
  /** Where the table goes (default stdout); pass null to print nothing. */
  write?: ((text: string) => void) | null;
}

export function formatBenchTable(results: BenchResult[]): string {
  const header = ['benchmark', 'p50', 'p95', 'unit', 'n', 'target', 'extra'];
  const rows = results.map((r) => [
    r.name,
    String(r.p50),
    String(r.p95),
    r.unit,
    String(r.n),
    r.target ?? '',
    Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export async function runAllBenches(options: RunAllOptions = {}): Promise<BenchResult[]> {
  const write = options.write === undefined ? (t: string) => process.stdout.write(t) : options.write;
  const selected =
    options.only && options.only.length > 0 ? benches.filter((b) => options.only?.includes(b.name)) : benches;
  if (options.only && selected.length === 0) {
    throw new Error(`No benchmark named ${options.only.join(', ')}. Known: ${benches.map((b) => b.name).join(', ')}.`);
  }
  const all: BenchResult[] = [];
  for (const bench of selected) {
    write?.(`running ${bench.name}: ${bench.description}\n`);
    const results = await bench.run();
    all.push(...results);
  }
  write?.(`${formatBenchTable(all)}\n`);
  return all;
}
