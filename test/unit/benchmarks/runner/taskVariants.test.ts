/**
 * `--variant`: which wordings of each task run, how they are named, how
 * `--tasks` selects them, and a suite run of all wordings through the real
 * runner (fake devices and agent): results carry variant and base id, run
 * keys stay unique, a rerun resumes, the summaries put the wordings side by side.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpaBenchLayout, readFinished } from '../../../../benchmarks/index.ts';
import type { BenchSummary } from '../../../../benchmarks/metrics/index.ts';
import {
  BenchConfigError,
  createEvaluator,
  expandVariants,
  parseTaskList,
  parseVariantChoice,
  planRuns,
  runSuite,
  selectTasks,
  type RunTaskFn,
} from '../../../../benchmarks/runner/index.ts';
import type { BenchTask } from '../../../../benchmarks/types.ts';
import { fakePool, fakeRunTask, task } from './fakes.ts';

const alarm = task('alarm', {
  instruction: 'Set an alarm for 7.',
  paraphrases: ['Wake me at seven.', 'Could you add a 7 am alarm?'],
  category: 'create',
});
const wifi = task('wifi', { instruction: 'Switch Wi-Fi off.', sourceId: 'wifi_src', category: 'settings' });
const bt = task('bt', {
  instruction: 'Turn Bluetooth on.',
  paraphrases: ['Enable bluetooth.', 'I need Bluetooth on.'],
  sourceId: 'bt_src',
  category: 'settings',
});
const suite = [alarm, wifi, bt];

describe('expandVariants', () => {
  it('original: the suite as it is, each task marked as its own base, the paraphrase list dropped', () => {
    const { tasks, withoutParaphrases } = expandVariants(suite, 'original');
    expect(tasks.map((t) => [t.id, t.instruction, t.variant, t.baseId])).toEqual([
      ['alarm', 'Set an alarm for 7.', 'original', 'alarm'],
      ['wifi', 'Switch Wi-Fi off.', 'original', 'wifi'],
      ['bt', 'Turn Bluetooth on.', 'original', 'bt'],
    ]);
    expect(tasks.every((t) => !('paraphrases' in t))).toBe(true);
    expect(withoutParaphrases).toEqual(['wifi']);
  });

  it('paraphrase: <id>~p1, <id>~p2 with the instruction replaced and everything else kept', () => {
    const { tasks } = expandVariants(suite, 'paraphrase');
    expect(tasks.map((t) => [t.id, t.instruction, t.variant, t.baseId])).toEqual([
      ['alarm~p1', 'Wake me at seven.', 'paraphrase', 'alarm'],
      ['alarm~p2', 'Could you add a 7 am alarm?', 'paraphrase', 'alarm'],
      ['bt~p1', 'Enable bluetooth.', 'paraphrase', 'bt'],
      ['bt~p2', 'I need Bluetooth on.', 'paraphrase', 'bt'],
    ]);
    const p1 = tasks[0]!;
    const { id: _a, instruction: _b, variant: _c, baseId: _d, ...same } = p1;
    const { id: _e, instruction: _f, paraphrases: _g, ...original } = alarm;
    expect(same).toEqual(original);
    expect('paraphrases' in p1).toBe(false);
    // SPA-Bench folders are named after the source id: each wording gets its own.
    expect(tasks[2]!.sourceId).toBe('bt_src~p1');
  });

  it('all: each original followed by its paraphrases, ids unique so run keys are', () => {
    const { tasks } = expandVariants(suite, 'all');
    expect(tasks.map((t) => t.id)).toEqual(['alarm', 'alarm~p1', 'alarm~p2', 'wifi', 'bt', 'bt~p1', 'bt~p2']);
    const keys = planRuns(tasks, 2).map((r) => r.runKey);
    expect(new Set(keys).size).toBe(14);
    expect(keys).toContain('custom:alarm~p2#1');
  });

  it('parses --variant and names the choices on a bad value', () => {
    expect(parseVariantChoice(undefined)).toBe('original');
    expect(parseVariantChoice('all')).toBe('all');
    expect(() => parseVariantChoice('paraphrases')).toThrow(/--variant must be original, paraphrase, all/);
  });
});

describe('--tasks over wordings', () => {
  const all = expandVariants(suite, 'all').tasks;

  it('a base id selects the task in every wording that runs', () => {
    expect(selectTasks(all, 'alarm').map((t) => t.id)).toEqual(['alarm', 'alarm~p1', 'alarm~p2']);
    const paraphrased = expandVariants(suite, 'paraphrase').tasks;
    expect(selectTasks(paraphrased, 'bt').map((t) => t.id)).toEqual(['bt~p1', 'bt~p2']);
    expect(selectTasks(all, 'a*').map((t) => t.id)).toEqual(['alarm', 'alarm~p1', 'alarm~p2']);
    expect(selectTasks(all, 'bt~p2').map((t) => t.id)).toEqual(['bt~p2']);
  });

  it('a paraphrase id without paraphrases selected says which --variant runs it', () => {
    const originals = expandVariants(suite, 'original').tasks;
    expect(() => selectTasks(originals, 'alarm~p1')).toThrow(/--variant paraphrase or all/);
  });
});

describe('paraphrases in task files', () => {
  const base = { id: 'x', instruction: 'Call Bob.', success: { kind: 'state', predicate: { path: 'a', equals: 1 } } };

  it('are read and checked: non-empty, other than the instruction and each other', () => {
    const [t] = parseTaskList([{ ...base, paraphrases: ['Ring Bob.', 'Could you phone Bob?'] }], 'f.json');
    expect(expandVariants([t!], 'paraphrase').tasks.map((v) => v.instruction)).toEqual([
      'Ring Bob.',
      'Could you phone Bob?',
    ]);
    expect(() => parseTaskList([{ ...base, paraphrases: ['call bob'] }], 'f.json')).toThrow(
      /task 1 \(x\): paraphrase 1 is the instruction itself/,
    );
    expect(() => parseTaskList([{ ...base, paraphrases: ['Ring Bob.', 'ring  bob'] }], 'f.json')).toThrow(
      /paraphrase 2 repeats paraphrase 1/,
    );
    expect(() => parseTaskList([{ ...base, paraphrases: ['Ring Bob.', ' '] }], 'f.json')).toThrow(
      /paraphrase 2 must be a non-empty string/,
    );
    expect(() => parseTaskList([{ ...base, paraphrases: 'Ring Bob.' }], 'f.json')).toThrow(BenchConfigError);
  });
});

describe('a suite run of every wording', () => {
  it('records variant and base id, resumes, and reports each wording and the pairs', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'maple-variants-'));
    const pool = fakePool();
    const acting = fakeRunTask({ steps: 2 });
    const idle = fakeRunTask({ steps: 0 });
    const seen: BenchTask[] = [];
    // The second paraphrase of every task loses it (no action: the predicate fails on the home screen).
    const runTask: RunTaskFn = (t, device, ctx) => {
      seen.push(t);
      return (t.id.endsWith('~p2') ? idle : acting).fn(t, device, ctx);
    };
    const tasks = expandVariants(suite, 'all').tasks;
    const run = () =>
      runSuite({
        tasks,
        outDir: out,
        runTask,
        evaluate: createEvaluator(),
        devices: { factory: pool.factory, size: 2 },
        config: { model: 'fake', fsm: true, faults: 'task' },
      });
    const report = await run();
    expect(report.results).toHaveLength(7);
    expect(seen.find((t) => t.id === 'bt~p1')?.instruction).toBe('Enable bluetooth.');
    expect(seen.every((t) => !('paraphrases' in t))).toBe(true);

    const finished = await readFinished(out);
    const p2 = finished.results.find((r) => r.runKey === 'custom:alarm~p2#0')!;
    expect(p2).toMatchObject({ taskId: 'alarm~p2', variant: 'paraphrase', baseId: 'alarm', success: false });
    expect(finished.results.find((r) => r.taskId === 'wifi')).toMatchObject({ variant: 'original', baseId: 'wifi' });
    expect((await checkSpaBenchLayout(path.join(out, 'spa-bench', 'bt_src~p1', 'MAPLE'))).ok).toBe(true);

    const summary = JSON.parse(await readFile(report.summaryJson, 'utf8')) as BenchSummary;
    expect(summary.byVariant['original']?.success).toMatchObject({ successes: 3, n: 3 });
    expect(summary.byVariant['paraphrase']?.success).toMatchObject({ successes: 2, n: 4 });
    expect(summary.variants?.byCategory['settings']?.paraphrase).toMatchObject({ successes: 1, n: 2 });
    expect(summary.variants?.paired).toEqual({ pairs: 4, both: 2, originalOnly: 2, paraphraseOnly: 0, neither: 0 });
    const md = await readFile(report.summaryMarkdown, 'utf8');
    expect(md).toContain('## By variant');
    expect(md).toContain('| all | 100.0% (3/3) | 50.0% (2/4) | -50.0 pp |');

    // The same command again: every wording already ran, nothing reruns.
    const again = await run();
    expect(again.results).toHaveLength(0);
    expect(again.resumed).toBe(7);
  });
});
