/**
 * `maple fsm measure-reid`: element re-identification measured on the virtual device against its true
 * node identity (docs/fsm.md, "Element re-identification"). Starts an Appium server and a virtual phone,
 * crawls every app for each seed, and prints the judged pairs per app, element kind and change. Exit 1
 * when a target is missed (correct < 99.5% or wrong > 0.1%), 2 on bad input.
 */
import type { Command } from 'commander';
import { REID_CRAWL } from '../../benchmarks/reidentification/reidCrawl.ts';

interface Options {
  seeds: string;
  steps: string;
  app?: string[];
  json?: boolean;
  examples: string;
}

function positiveInts(text: string, what: string): number[] {
  const values = text.split(',').map((s) => Number(s.trim()));
  if (values.length === 0 || values.some((v) => !Number.isInteger(v) || v < 0))
    throw new Error(`${what} must be non-negative integers separated by commas (e.g. 1,2,3), got "${text}"`);
  return values;
}

export function registerFsmMeasureReid(fsm: Command): void {
  fsm
    .command('measure-reid')
    .description(
      'measure element re-identification on the virtual device against its true node identity (crawls every app)',
    )
    .option('--seeds <list>', 'device seeds, comma-separated', REID_CRAWL.seeds.join(','))
    .option('--steps <n>', 'inputs per app and seed', String(REID_CRAWL.steps))
    .option('--app <package...>', 'only these apps (packages)')
    .option('--examples <n>', 'wrong and missed pairs to list', '10')
    .option('--json', 'print the measurement as JSON')
    .action(async (opts: Options) => {
      let seeds: number[];
      let steps: number;
      let examples: number;
      try {
        seeds = positiveInts(opts.seeds, '--seeds');
        [steps] = positiveInts(opts.steps, '--steps') as [number];
        [examples] = positiveInts(opts.examples, '--examples') as [number];
      } catch (error) {
        process.stderr.write(`maple fsm measure-reid: ${(error as Error).message}\n`);
        process.exitCode = 2;
        return;
      }
      // Loaded here, not at start-up: every `maple` command would otherwise pay for the apps and Appium.
      const { APPS } = await import('../../drivers/virtual-android/src/index.ts');
      const { openDevice } = await import('../../drivers/device/index.ts');
      const { crawlKeyed, formatReidentification, measureReidentification } =
        await import('../../benchmarks/reidentification/index.ts');
      const known = APPS.filter((a) => !a.hidden).map((a) => a.package);
      const apps = opts.app ?? known;
      const unknown = apps.filter((a) => !known.includes(a));
      if (unknown.length > 0) {
        process.stderr.write(
          `maple fsm measure-reid: unknown app ${unknown.join(', ')}; the virtual apps are ${known.join(', ')}\n`,
        );
        process.exitCode = 2;
        return;
      }
      const opened = await openDevice({ device: 'virtual', seed: seeds[0] });
      try {
        const started = Date.now();
        const observations = await crawlKeyed({
          device: opened.device,
          control: opened.groundTruth!,
          apps,
          seeds,
          steps,
        });
        const m = measureReidentification(observations, { maxExamples: examples });
        if (opts.json) process.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
        else {
          process.stdout.write(
            `${observations.length} observations (seeds ${seeds.join(',')}, ${steps} inputs per app) in ${((Date.now() - started) / 1000).toFixed(1)} s\n\n`,
          );
          process.stdout.write(`${formatReidentification(m)}\n`);
          for (const e of m.examples)
            process.stdout.write(`\n[${e.verdict}] ${e.page} ${e.kind} "${e.label}": ${e.answer}; truth: ${e.truth}`);
          process.stdout.write('\n');
        }
        const correct = m.total.correct / m.total.pairs;
        const wrong = m.total.wrong / m.total.pairs;
        if (!(correct >= 0.995 && wrong <= 0.001)) process.exitCode = 1;
      } finally {
        await opened.close();
      }
    });
}
