/**
 * `maple demo` (what `npm start` runs): a cross-app task on the built-in
 * virtual phone with the offline policy (no model, no API key), printed step
 * by step, then checked against the device's ground truth (for the check
 * only: the agent never sees it), with the trajectory and report paths.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { GroundTruth } from '../../drivers/device/index.ts';
import { defaultRunDir } from '../../agent/run/formatSummary.ts';
import { formatPrice, productById } from '../../drivers/virtual-android/src/world/products.ts';
import { defaultStoreDir } from '../../fsm/store/defaultStoreDir.ts';
import { deviceOpenError, routeDeviceLogs } from '../deviceLog.ts';
import { startAppiumEarly } from '../earlyAppium.ts';
import { checkFaults, checkStore, checkWritableFolder } from '../preflight.ts';
import { stopOnCtrlC } from '../stopOnCtrlC.ts';
import { writeRunReport } from './run.ts';

// The agent, Appium and WebdriverIO load when the demo starts, not when `maple` starts.

export const DEMO_TASK = 'Search for Catan in Shopping and find its price, then send it to Bob Martinez in Messages';

interface Conversation {
  name: string;
  messages: Array<{ from: string; text: string }>;
}

/** The demo's success predicate over ground truth: Bob's conversation ends with a message from us quoting Catan's price. */
export function demoSucceeded(truth: GroundTruth): { ok: boolean; detail: string } {
  const price = formatPrice(productById('catan')!.priceCents);
  const messaging = truth.apps['com.google.android.apps.messaging'] as { conversations?: Conversation[] } | undefined;
  const bob = messaging?.conversations?.find((c) => c.name === 'Bob Martinez');
  const last = bob?.messages[bob.messages.length - 1];
  if (!bob || !last) return { ok: false, detail: 'no conversation with Bob Martinez on the device' };
  if (last.from !== 'me')
    return { ok: false, detail: `the last message to Bob is his ("${last.text}"), nothing was sent` };
  return last.text.includes(price)
    ? {
        ok: true,
        detail: `Bob Martinez's conversation ends with our message "${last.text}", which holds Catan's price ${price}`,
      }
    : { ok: false, detail: `the last message to Bob is "${last.text}", not Catan's price ${price}` };
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(
      'a cross-app task on the virtual phone with the offline policy (no model, no API key), checked against ground truth',
    )
    .option('--out <dir>', 'trajectory folder (default: runs/<time>-demo)')
    .option('--seed <n>', 'virtual device seed', (v) => Number.parseInt(v, 10), 1)
    .option('--faults <profile>', 'fault profile: none (default), light, heavy, or a JSON object')
    .option('--no-report', 'do not write the HTML report')
    .option('--store <dir>', 'knowledge store that keeps what the demo learned (default: $MAPLE_HOME or ~/.maple)')
    .action(async (opts: { out?: string; seed: number; faults?: string; report: boolean; store?: string }) => {
      const { OFFLINE_MODEL } = await import('../../agent/models/index.ts');
      await checkFaults(opts.faults);
      const out = checkWritableFolder(opts.out ?? defaultRunDir('demo'), '--out');
      const keptIn = await checkStore(opts.store ?? defaultStoreDir());
      const log = routeDeviceLogs(path.join(out, 'device.log'));
      // A fresh knowledge store per demo, so every demo starts knowing nothing and shows the same run;
      // what it learned is then kept in the user's store, for `maple fsm view` and later runs.
      const store = mkdtempSync(path.join(tmpdir(), 'maple-demo-store-'));
      process.stdout.write(
        `MAPLE demo\ntask:   ${DEMO_TASK}\nmodel:  ${OFFLINE_MODEL.label}: no LLM is called, no API key is needed\ndevice: the built-in virtual Android phone (seed ${opts.seed}${opts.faults ? `, faults ${opts.faults}` : ''})\n\n`,
      );
      // Appium loads on the other core while this thread loads the agent (cli/earlyAppium.ts).
      const early = startAppiumEarly('virtual');
      let opened: Awaited<ReturnType<typeof import('../../drivers/device/index.ts').openDevice>>;
      let agent: typeof import('../../agent/index.ts');
      let copyKnowledge: typeof import('../../fsm/store/index.ts').copyKnowledge;
      try {
        agent = await import('../../agent/index.ts');
        ({ copyKnowledge } = await import('../../fsm/store/index.ts'));
        const { openDevice } = await import('../../drivers/device/index.ts');
        opened = await openDevice({
          device: 'virtual',
          seed: opts.seed,
          ...(opts.faults ? { faults: opts.faults } : {}),
          ...(early ? { server: early.server } : {}),
        }).catch((error: unknown) => {
          throw deviceOpenError(error, 'virtual', log);
        });
      } catch (error) {
        await early?.release();
        throw error;
      }
      const { formatSummary, runTask } = agent;
      const ctrlC = stopOnCtrlC('maple demo: stopping after this step (Ctrl-C again to quit at once)');
      try {
        const result = await runTask({
          task: DEMO_TASK,
          device: opened.device,
          model: OFFLINE_MODEL,
          store,
          out,
          maxSteps: 30,
          screenshots: true,
          onStep: (e) => process.stdout.write(`${e.line}\n`),
          seed: opts.seed,
          signal: ctrlC.signal,
          ...(opts.faults ? { faults: opts.faults } : {}),
        });
        process.stdout.write(`\n${formatSummary(result.summary, result.dir)}\n`);
        const check = demoSucceeded(await opened.groundTruth!.groundTruth());
        process.stdout.write(`ground truth check: ${check.ok ? 'PASSED' : 'FAILED'}: ${check.detail}\n`);
        if (opts.report) {
          const report = await writeRunReport(result.dir);
          if (report) process.stdout.write(`report: ${report}\n`);
        }
        const kept = copyKnowledge(store, keptIn);
        process.stdout.write(
          `learned: ${kept.states} screens of ${kept.apps} apps and ${kept.skills} learned task(s), kept in ${keptIn} (see them with: npx maple fsm view)\n`,
        );
        process.exitCode = check.ok && result.summary.exitCode === 0 ? 0 : result.summary.exitCode || 1;
      } finally {
        ctrlC.dispose();
        await opened.close();
      }
    });
}
