/**
 * Perception benchmark (issue 2): page source -> Screen -> compact text.
 * Measures, over the 10 real dumps in ../shared/data/ui-dumps and over a
 * generated 5,000-node hierarchy in both formats:
 *   parse      text -> raw tree (the tolerant scanner),
 *   extract    raw tree -> Screen (windows, elements, labels, locators, signatures),
 *   parse+extract, which the targets are about,
 *   render     Screen -> compact text,
 * and the compact text's size against the raw XML, over the real dumps and
 * over every screen of the virtual phone reachable by taps.
 * Targets: parse+extract p50 <= 3 ms over the real dumps, <= 40 ms at 5,000 nodes;
 * compact text <= 15% of the raw XML on average.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildScreen,
  parsePageSource,
  renderCompact,
  scanHierarchy,
  syntheticPageSource,
} from '../drivers/screen/index.ts';
import { APPS, Phone, crawlScreens, pageSource } from '../drivers/virtual-android/src/index.ts';
import { msResult, round, summarize, timeSamples } from './stats.ts';
import type { BenchResult } from './types.ts';
import { sharedData } from '../benchmarks/data/sharedData.ts';

export interface PerceptionBenchOptions {
  /** Timed passes over each real dump (default 40). */
  rounds?: number;
  /** Timed runs on the 5,000-node hierarchy (default 30). */
  largeRuns?: number;
  dumpsDir?: string;
}

function loadDumps(dir: string): Array<{ name: string; xml: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((name) => ({ name, xml: readFileSync(path.join(dir, name), 'utf8') }));
}

const verdict = (ok: boolean): string => (ok ? 'pass' : 'FAIL');

export async function runPerceptionBench(options: PerceptionBenchOptions = {}): Promise<BenchResult[]> {
  const rounds = options.rounds ?? 40;
  const largeRuns = options.largeRuns ?? 30;
  const dumps = loadDumps(options.dumpsDir ?? sharedData('ui-dumps'));
  const results: BenchResult[] = [];

  // Real dumps: interleave files round by round so no single file gets a warm streak.
  const parse: number[] = [];
  const extract: number[] = [];
  const total: number[] = [];
  const render: number[] = [];
  const worstByFile = new Map<string, number[]>();
  for (const d of dumps) for (let w = 0; w < 5; w++) renderCompact(parsePageSource(d.xml));
  for (let r = 0; r < rounds; r++) {
    for (const d of dumps) {
      const t0 = performance.now();
      const raw = scanHierarchy(d.xml).hierarchy;
      const t1 = performance.now();
      const screen = buildScreen(raw);
      const t2 = performance.now();
      renderCompact(screen);
      const t3 = performance.now();
      parse.push(t1 - t0);
      extract.push(t2 - t1);
      total.push(t2 - t0);
      render.push(t3 - t2);
      const list = worstByFile.get(d.name) ?? [];
      list.push(t2 - t0);
      worstByFile.set(d.name, list);
    }
  }
  const slowest = [...worstByFile]
    .map(([name, s]) => ({ name, p50: summarize(s).p50 }))
    .sort((a, b) => b.p50 - a.p50)[0];
  const totalP50 = summarize(total).p50;
  results.push(msResult('perception: parse, real dumps', parse));
  results.push(msResult('perception: extract, real dumps', extract));
  results.push(
    msResult('perception: parse+extract, real dumps', total, 'p50 <= 3 ms', {
      dumps: dumps.length,
      slowestFile: slowest ? `${slowest.name} (p50 ${round(slowest.p50)} ms)` : '',
      verdict: verdict(totalP50 <= 3),
    }),
  );
  results.push(msResult('perception: render compact, real dumps', render));

  // Generated 5,000-node hierarchies, both formats.
  for (const format of ['appium', 'uiautomator'] as const) {
    const xml = syntheticPageSource({ nodes: 5000, format });
    const nodes = scanHierarchy(xml).hierarchy.nodeCount;
    const raw = scanHierarchy(xml).hierarchy;
    const screen = buildScreen(raw);
    const parseS = timeSamples(() => scanHierarchy(xml), largeRuns);
    const extractS = timeSamples(() => buildScreen(raw), largeRuns);
    const totalS = timeSamples(() => buildScreen(scanHierarchy(xml).hierarchy), largeRuns);
    const renderS = timeSamples(() => renderCompact(screen), largeRuns);
    const label = `5,000 nodes (${format})`;
    const p50 = summarize(totalS).p50;
    results.push(msResult(`perception: parse, ${label}`, parseS, undefined, { nodes, xmlChars: xml.length }));
    results.push(msResult(`perception: extract, ${label}`, extractS, undefined, { elements: screen.elements.length }));
    results.push(
      msResult(`perception: parse+extract, ${label}`, totalS, 'p50 <= 40 ms', { nodes, verdict: verdict(p50 <= 40) }),
    );
    results.push(msResult(`perception: render compact, ${label}`, renderS));
  }

  // Compact text size against the raw XML (default budget, as the models get it).
  results.push(sizeResult('real dumps', dumps));
  const phone = new Phone(APPS, { seed: 5 });
  const virtual = [...crawlScreens(phone)].map(([name, s]) => {
    phone.restore(s.state);
    return { name, xml: pageSource(phone.render()) };
  });
  results.push(sizeResult('virtual phone screens', virtual));
  return results;
}

function sizeResult(what: string, pages: Array<{ name: string; xml: string }>): BenchResult {
  const ratios = pages.map((d) => (renderCompact(parsePageSource(d.xml)).length / d.xml.length) * 100);
  const r = summarize(ratios);
  return {
    name: `perception: compact size / raw XML, ${what}`,
    unit: '%',
    p50: round(r.p50),
    p95: round(r.p95),
    n: r.n,
    target: 'mean <= 15%',
    extra: { mean: round(r.mean), min: round(r.min), max: round(r.max), verdict: verdict(r.mean <= 15) },
  };
}
