/**
 * `maple fsm ...`: the learned app FSMs in the knowledge store.
 *   export [--app <package>] --format xstate|mermaid|dot|json [--out <file>] [--store <dir>]
 *   import-droidbot <dir> [--store <dir>] [--identity maple|droidbot]   (utg.json, utg.js, or events/ alone)
 *   list [--store <dir>]
 *   repair [--store <dir>]   (a damaged store file: kept aside, a new store salvages what can be read)
 *   view (cli/commands/fsmView.ts)
 *   measure-reid (cli/commands/fsmMeasureReid.ts)
 * Exit code 2 on bad input (unknown app or format, missing store, unreadable import).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { EXPORT_FORMATS } from '../../fsm/export/exportFormats.ts';
import type { AppGraph } from '../../fsm/graph/AppGraph.ts';
import { defaultStoreDir, STORE_FILE_NAME } from '../../fsm/store/defaultStoreDir.ts';
import type { KnowledgeStore } from '../../fsm/store/KnowledgeStore.ts';
import { registerFsmMeasureReid } from './fsmMeasureReid.ts';
import { registerFsmView } from './fsmView.ts';
import { FsmCommandError, runFsmAction } from './fsmAction.ts';
import { selectApps } from './selectApps.ts';

// The store (SQLite), the exporters and the importer load when a subcommand runs, not when `maple` starts.

export { FsmCommandError, selectApps };

async function openExistingStore(dir: string | undefined): Promise<KnowledgeStore> {
  const resolved = path.resolve(dir ?? defaultStoreDir());
  if (!existsSync(path.join(resolved, STORE_FILE_NAME))) {
    throw new FsmCommandError(
      `no knowledge store in ${resolved}; learn an app first (maple run / maple explore) or import one (maple fsm import-droidbot <dir> --store ${resolved})`,
    );
  }
  const { KnowledgeStore } = await import('../../fsm/store/index.ts');
  return printNotices(KnowledgeStore.open({ dir: resolved }));
}

/** Tells the user what the store did on its own (graphs re-keyed or dropped after the identity rules changed). */
export function printNotices(store: KnowledgeStore): KnowledgeStore {
  for (const line of store.notices) process.stderr.write(`maple: ${line}\n`);
  return store;
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
      runFsmAction(async () => {
        if (!(EXPORT_FORMATS as readonly string[]).includes(opts.format))
          throw new FsmCommandError(`unknown --format "${opts.format}"; use one of ${EXPORT_FORMATS.join(', ')}`);
        const { exportGraphs } = await import('../../fsm/export/index.ts');
        const store = await openExistingStore(opts.store);
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
      runFsmAction(async () => {
        if (opts.identity !== 'maple' && opts.identity !== 'droidbot')
          throw new FsmCommandError(`--identity must be "maple" or "droidbot", got "${opts.identity}"`);
        const [{ importDroidbot }, { KnowledgeStore }] = await Promise.all([
          import('../../fsm/import/index.ts'),
          import('../../fsm/store/index.ts'),
        ]);
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
      runFsmAction(async () => {
        const store = await openExistingStore(opts.store);
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

  fsm
    .command('repair')
    .description(
      'repair a damaged knowledge store: keep the damaged file aside, start a new store, and copy in every row that can still be read',
    )
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .action((opts: { store?: string }) =>
      runFsmAction(async () => {
        const dir = path.resolve(opts.store ?? defaultStoreDir());
        if (!existsSync(path.join(dir, STORE_FILE_NAME)))
          throw new FsmCommandError(`no knowledge store in ${dir}: nothing to repair`);
        const { repairStore } = await import('../../fsm/store/index.ts');
        const r = repairStore(dir);
        if (r.healthy) {
          process.stdout.write(`${r.file} is healthy (SQLite's integrity check passes): nothing to repair\n`);
          return;
        }
        const rows = Object.entries(r.salvaged)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ');
        process.stdout.write(
          `${r.file} was damaged (${r.problem}).\n` +
            `  kept the damaged file as ${r.keptAs}\n` +
            `  started a new store and salvaged: ${rows || 'nothing'}\n`,
        );
        for (const [table, why] of Object.entries(r.unreadable))
          process.stdout.write(`  not recovered from ${table === '*' ? 'the damaged file' : table}: ${why}\n`);
      }),
    );

  registerFsmView(fsm);
  registerFsmMeasureReid(fsm);
}
