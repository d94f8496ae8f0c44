/**
 * `maple explore --app <label or package> [--steps N] [--device ...] [--seed N] [--faults P] [--store <dir>] [--out <file>]`:
 * walks an app systematically on a device with no model and saves the FSM
 * it builds to the knowledge store (see fsm/explore). Prints a progress line
 * every --progress-every steps and, at the end, the states found.
 * Exit code 2 on bad input (unknown app, bad numbers), 1 on device failures.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import type { ExportFormat } from '../../fsm/export/exportFormats.ts';
import { defaultStoreDir } from '../../fsm/store/defaultStoreDir.ts';
import { CliError } from '../CliError.ts';
import { deviceOpenError, routeDeviceLogs } from '../deviceLog.ts';
import { checkFaults, checkStore, checkWritableFolder } from '../preflight.ts';
import { printNotices } from './fsm.ts';

// Appium, WebdriverIO, the store and the explorer load when exploring starts, not when `maple` starts.

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new InvalidArgumentError(`${name} must be a non-negative integer, got "${value}"`);
    return n;
  };
}

function formatOfFile(file: string): ExportFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.dot' || ext === '.gv') return 'dot';
  if (ext === '.mmd' || ext === '.mermaid') return 'mermaid';
  if (ext === '.js' || ext === '.mjs') return 'xstate';
  return 'json';
}

interface ExploreOpts {
  app: string;
  steps: number;
  device: string;
  seed: number;
  faults?: string;
  store?: string;
  out?: string;
  progressEvery: number;
}

export function registerExplore(program: Command): void {
  program
    .command('explore')
    .description('explore an app systematically on a device (no model) and store the FSM it builds')
    .requiredOption('--app <app>', 'launcher label (e.g. Clock) or package name')
    .option('--steps <n>', 'device actions to spend', positiveInt('--steps'), 200)
    .option('--device <device>', "'virtual', a device udid or an Appium server URL", 'virtual')
    .option('--seed <n>', 'virtual device seed', positiveInt('--seed'), 1)
    .option('--faults <profile>', 'virtual device fault profile: none (default), light, heavy, or a JSON object')
    .option('--store <dir>', `knowledge store directory (default ${defaultStoreDir()})`)
    .option('--out <file>', 'also write the FSM here (.json, .dot, .mmd, .js/.mjs for xstate)')
    .option('--progress-every <n>', 'progress line every n steps', positiveInt('--progress-every'), 25)
    .action(async (opts: ExploreOpts) => {
      await checkFaults(opts.faults);
      const dir = await checkStore(opts.store ?? defaultStoreDir());
      const out = opts.out ? path.resolve(opts.out) : undefined;
      if (out) checkWritableFolder(path.dirname(out), '--out');
      const log = routeDeviceLogs(
        path.join(dir, 'logs', `explore-${new Date().toISOString().replace(/[:.]/g, '-')}.log`),
      );
      const { openDevice } = await import('../../drivers/device/index.ts');
      const { explore, ExploreError } = await import('../../fsm/explore/index.ts');
      const { exportGraphs } = await import('../../fsm/export/index.ts');
      const { KnowledgeStore } = await import('../../fsm/store/index.ts');
      const store = printNotices(KnowledgeStore.open({ dir }));
      let opened: Awaited<ReturnType<typeof openDevice>> | undefined;
      try {
        opened = await openDevice({
          device: opts.device,
          seed: opts.seed,
          ...(opts.faults ? { faults: opts.faults } : {}),
        }).catch((error: unknown) => {
          throw deviceOpenError(error, opts.device, log);
        });
        const started = Date.now();
        const result = await explore({
          device: opened.device,
          app: opts.app,
          steps: opts.steps,
          store,
          progressEvery: Math.max(1, opts.progressEvery),
          onProgress: (p) =>
            process.stderr.write(
              `step ${p.step}/${p.maxSteps}: ${p.states} states, ${p.transitions} transitions, ${p.frontier} with untried actions, ${p.relaunches} relaunches\n`,
            ),
        });
        const graph = result.tracker.graph(result.app)!;
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `${result.app}: ${result.states} states, ${result.transitions} transitions in ${result.steps} steps (${seconds} s, ${result.relaunches} relaunches, ${result.unexpected} unexpected outcomes${result.exhausted ? ', nothing left to try' : ''})\n`,
        );
        for (const s of Object.values(graph.states).sort((a, b) => a.firstSeen - b.firstSeen))
          process.stdout.write(
            `  ${s.key}  ${s.stable ? ' ' : '~'} ${s.name}${s.key === graph.entry ? '  (entry)' : ''}\n`,
          );
        process.stdout.write(
          `saved to ${dir}; export with: maple fsm export --app ${result.app} --format dot --store ${dir}\n`,
        );
        if (out) {
          const format = formatOfFile(out);
          writeFileSync(out, exportGraphs([graph], format, { module: format === 'xstate' }));
          process.stdout.write(`wrote ${out}\n`);
        }
      } catch (error) {
        if (error instanceof CliError) throw error;
        const e = error instanceof Error ? error : new Error(String(error));
        process.stderr.write(`maple explore: ${e.name}: ${e.message}\n`);
        process.exitCode = e instanceof ExploreError ? 2 : 1;
      } finally {
        store.close();
        await opened?.close();
      }
    });
}
