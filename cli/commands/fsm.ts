/**
 * `maple fsm ...`: the learned app FSMs in the knowledge store.
 *   export [--app <package>] --format xstate|mermaid|dot|json [--out <file>] [--store <dir>]
 *   import-droidbot <dir> [--store <dir>] [--identity maple|droidbot]   (utg.json, utg.js, or events/ alone)
 *   list [--store <dir>]
 *   view (cli/commands/fsmView.ts)
 *   measure-reid (cli/commands/fsmMeasureReid.ts)
 * Exit code 2 on bad input (unknown app or format, missing store, unreadable import).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS, exportGraphs } from '../../fsm/export/index.ts';
import type { AppGraph } from '../../fsm/graph/AppGraph.ts';
import { importDroidbot } from '../../fsm/import/index.ts';
import { defaultStoreDir, KnowledgeStore, STORE_FILE_NAME } from '../../fsm/store/index.ts';
import { registerFsmMeasureReid } from './fsmMeasureReid.ts';
import { registerFsmView } from './fsmView.ts';

/** Bad command-line input: printed as one line, exit code 2. */
export class FsmCommandError extends Error {
  override name = 'FsmCommandError';
}

function openExistingStore(dir: string | undefined): KnowledgeStore {
  const resolved = path.resolve(dir ?? defaultStoreDir());
  if (!existsSync(path.join(resolved, STORE_FILE_NAME))) {
    throw new FsmCommandError(
      `no knowledge store in ${resolved}; learn an app first (maple run / maple explore) or import one (maple fsm import-droidbot <dir> --store ${resolved})`,
    );
  }
  return printNotices(KnowledgeStore.open({ dir: resolved }));
}

/** Tells the user what the store did on its own (graphs re-keyed or dropped after the identity rules changed). */
export function printNotices(store: KnowledgeStore): KnowledgeStore {
  for (const line of store.notices) process.stderr.write(`maple: ${line}\n`);
  return store;
}

/**
 * An app by its package name, by its last segment ("clock" for com.example.clock), or by its launcher
 * label when a segment of the package holds it ("Clock" for com.android.deskclock, "Maps" for
 * com.google.android.apps.maps). The store keeps packages only, so a label the package does not spell
 * ("Mail" for com.google.android.gm) needs the package.
 */
export function selectApps(all: string[], app: string | undefined): string[] {
  if (!app) return all;
  const wanted = app.trim().toLowerCase();
  let hit = all.filter((a) => a.toLowerCase() === wanted || a.toLowerCase().endsWith(`.${wanted}`));
  if (hit.length === 0 && /^[\p{L}\d]+$/u.test(wanted))
    hit = all.filter((a) =>
      a
        .toLowerCase()
        .split('.')
        .slice(1)
        .some((segment) => segment.includes(wanted)),
    );
  if (hit.length === 0)
    throw new FsmCommandError(`no FSM for app "${app}" in the store; known apps: ${all.join(', ') || 'none'}`);
  if (hit.length > 1 && !all.includes(app) && !hit.every((a) => a.toLowerCase().endsWith(`.${wanted}`)))
    throw new FsmCommandError(`"${app}" matches several apps (${hit.join(', ')}); give the package name`);
  return hit;
}

async function run(action: () => void | Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`maple fsm: ${e.name}: ${e.message}\n`);
    process.exitCode = 2;
  }
}

export function registerFsm(program: Command): void {
  const fsm = program.command('fsm').description('the learned app FSMs: export, import, list, view');

  fsm
    .command('export')
    .description('export learned FSMs as an XState machine config, a Mermaid or Graphviz diagram, or JSON')
    .requiredOption('--format <format>', `one of ${EXPORT_FORMATS.join(', ')}`)
    .option('--app <app>', 'only this app (package name, its last segment, or its launcher label)')
    .option('--out <file>', 'write here instead of standard output (xstate to .js/.mjs writes an ES module)')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .action((opts: { format: string; app?: string; out?: string; store?: string }) =>
      run(() => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format))
          throw new FsmCommandError(`unknown --format "${opts.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
        const store = openExistingStore(opts.store);
        let graphs: AppGraph[];
        try {
          graphs = selectApps(
            store.apps().map((a) => a.app),
            opts.app,
          ).map((a) => store.loadGraph(a)!);
        } finally {
          store.close();
        }
        if (graphs.length === 0) throw new FsmCommandError('the knowledge store holds no FSM yet');
        const text = exportGraphs(graphs, opts.format, { module: !!opts.out && /\.m?js$/.test(opts.out) });
        if (opts.out) {
          mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
          writeFileSync(opts.out, text);
          const states = graphs.reduce((n, g) => n + Object.keys(g.states).length, 0);
          process.stderr.write(
            `wrote ${opts.out}: ${graphs.length} app${graphs.length === 1 ? '' : 's'}, ${states} states (${opts.format})\n`,
          );
        } else process.stdout.write(text);
      }),
    );

  fsm
    .command('import-droidbot')
    .description(
      'import a DroidBot exploration (utg.json or utg.js, states/, events/; without a graph file it is rebuilt from events/) into the knowledge store',
    )
    .argument('<dir>', 'DroidBot output folder (DroidBot, or the AutoDroid/DroidTask fork)')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .option(
      '--identity <which>',
      'state keys: "maple" (our screen identity, merges same-screen states) or "droidbot" (its state_str)',
      'maple',
    )
    .action((dir: string, opts: { store?: string; identity: string }) =>
      run(() => {
        if (opts.identity !== 'maple' && opts.identity !== 'droidbot')
          throw new FsmCommandError(`--identity must be "maple" or "droidbot", got "${opts.identity}"`);
        const result = importDroidbot(path.resolve(dir), { identity: opts.identity });
        const store = printNotices(KnowledgeStore.open(opts.store ? { dir: opts.store } : {}));
        try {
          store.saveGraph(result.graph, { merge: 'max' });
        } finally {
          store.close();
        }
        const states = Object.keys(result.graph.states).length;
        const transitions = Object.keys(result.graph.transitions).length;
        process.stdout.write(
          `imported ${result.graph.app}: ${result.utgNodes} DroidBot states -> ${states} states, ${result.utgEvents} events -> ${transitions} transitions` +
            (result.merged.size
              ? ` (${[...result.merged.values()].map((g) => g.length).reduce((a, b) => a + b, 0)} DroidBot states merged into ${result.merged.size})`
              : '') +
            (result.graphFile ? '' : ' (graph rebuilt from events/)') +
            (result.skippedEvents ? ` (${result.skippedEvents} events name a state with no state file: skipped)` : '') +
            ` into ${store.file}\n`,
        );
      }),
    );

  fsm
    .command('list')
    .description('list the apps whose FSMs the knowledge store holds')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .option('--json', 'print JSON')
    .action((opts: { store?: string; json?: boolean }) =>
      run(() => {
        const store = openExistingStore(opts.store);
        try {
          const apps = store.apps();
          const skills = store.skills().length;
          if (opts.json) process.stdout.write(`${JSON.stringify({ store: store.file, apps, skills }, null, 2)}\n`);
          else {
            process.stdout.write(`${store.file} (schema ${store.schemaVersion}, ${skills} learned tasks)\n`);
            for (const a of apps)
              process.stdout.write(
                `  ${a.app}: ${a.states} states, ${a.transitions} transitions, updated ${new Date(a.updatedAt).toISOString()}\n`,
              );
          }
        } finally {
          store.close();
        }
      }),
    );

  registerFsmView(fsm);
  registerFsmMeasureReid(fsm);
}
