import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildReport,
  detectReportKind,
  filterByApp,
  loadGraphsFromFile,
  readBenchDir,
  ReportInputError,
  runReportHtml,
  syntheticAppGraph,
  toFsmViewModel,
  writeSyntheticTrajectory,
} from '../../../reports/index.ts';
import { jsonForScript } from '../../../reports/html/escapeHtml.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'maple-report-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('report inputs', () => {
  it('tells runs from benchmarks and refuses other folders with a typed error', () => {
    const run = writeSyntheticTrajectory(path.join(tmp, 'run'), { steps: 3, width: 270, height: 600 });
    expect(detectReportKind(run.dir)).toBe('run');
    const bench = path.join(tmp, 'bench');
    mkdirSync(bench);
    writeFileSync(path.join(bench, 'results.jsonl'), '');
    expect(detectReportKind(bench)).toBe('bench');
    expect(() => detectReportKind(tmp)).toThrow(ReportInputError);
    expect(() => buildReport(path.join(tmp, 'nope'))).toThrow(/not a folder/);
  });

  it('reports an interrupted run (no summary.json) as unfinished, deduplicating identical screenshots', () => {
    const run = writeSyntheticTrajectory(path.join(tmp, 'cut'), {
      steps: 8,
      omitSummary: true,
      width: 270,
      height: 600,
    });
    const { html, images } = runReportHtml(run.dir);
    expect(html).toContain('unfinished');
    // step 6 is "no change": its screen is byte-identical to step 7's, so 8 steps + final screen = 8 distinct images
    expect(images).toBe(8);
    expect(html.match(/data-testid="step"/g)).toHaveLength(8);
  });

  it('escapes what a page shows: task text cannot inject markup', () => {
    const run = writeSyntheticTrajectory(path.join(tmp, 'xss'), {
      steps: 2,
      task: '<script>alert(1)</script>',
      width: 270,
      height: 600,
    });
    const { html } = runReportHtml(run.dir);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(jsonForScript({ a: '</script><b>' })).not.toContain('</script>');
  });

  it('names the bad line of a results file', () => {
    const dir = path.join(tmp, 'badbench');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'results.jsonl'), '{"taskId":"a","suite":"virtual","success":true}\n{"nope":1}\n');
    expect(() => readBenchDir(dir)).toThrow(/line 2 is not a task result/);
  });

  it('reads app graph files and filters by app', () => {
    const file = path.join(tmp, 'g.json');
    writeFileSync(file, JSON.stringify({ graphs: [syntheticAppGraph(), syntheticAppGraph('com.maple.notes')] }));
    const graphs = loadGraphsFromFile(file);
    expect(graphs.map((g) => g.app)).toEqual(['com.maple.clock', 'com.maple.notes']);
    expect(filterByApp(graphs, 'notes').map((g) => g.app)).toEqual(['com.maple.notes']);
    expect(() => filterByApp(graphs, 'maps')).toThrow(/known apps: com.maple.clock, com.maple.notes/);
    writeFileSync(file, '{"format":"other"}');
    expect(() => loadGraphsFromFile(file)).toThrow(/not a MAPLE app graph/);
  });

  it('resolves pre/post-condition signatures to labels in the view model', () => {
    const model = toFsmViewModel([syntheticAppGraph()]);
    const add = model.transitions.find((t) => t.source === 'k_alarm' && t.target === 'k_add_alarm');
    expect(add).toMatchObject({
      label: 'tap "Add alarm"',
      pre: ['Add alarm'],
      post: { state: 'Set alarm time', elements: ['OK'] },
      failures: 1,
    });
    expect(model.states.find((s) => s.id === 'k_msg_compose')).toMatchObject({
      external: true,
      app: 'com.maple.messages',
    });
  });
});
