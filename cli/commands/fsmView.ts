/**
 * `maple fsm view`: the learned FSMs as an interactive HTML graph. Registered
 * under the `fsm` command (cli/commands/fsm.ts calls registerFsmView).
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { AppGraph } from '../../fsm/index.ts';
import { runFsmAction } from './fsmAction.ts';
import { selectApps } from './selectApps.ts';

interface ViewOptions {
  app?: string;
  store?: string;
  graph?: string[];
  out: string;
  demo?: boolean;
}

export function registerFsmView(fsm: Command): void {
  fsm
    .command('view')
    .description(
      'write the learned FSM(s) as an interactive HTML graph (states with screen wireframes, transitions, search, shortest paths)',
    )
    .option('--app <app>', 'only this app (package name, its last segment, or its launcher label)')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .option(
      '--graph <file...>',
      'read AppGraph JSON files (from "maple fsm export --format json") instead of the store',
    )
    .option('--demo', 'show a built-in example graph (a clock app)')
    .option('-o, --out <file>', 'HTML file to write', 'fsm.html')
    .action((opts: ViewOptions) => runFsmAction(() => view(opts)));
}

async function view(opts: ViewOptions): Promise<void> {
  // The report builder (and the store) load here, not when `maple` starts.
  const { buildFsmView, loadGraphsFromFile, syntheticAppGraph } = await import('../../reports/index.ts');
  const { loadGraphsFromStore } = await import('../../reports/fsm/loadStoreGraphs.ts');
  let graphs: AppGraph[];
  if (opts.demo) graphs = [syntheticAppGraph()];
  else if (opts.graph?.length) graphs = opts.graph.flatMap((f) => loadGraphsFromFile(f));
  else graphs = loadGraphsFromStore(opts.store);
  const apps = new Set(
    selectApps(
      graphs.map((g) => g.app),
      opts.app,
    ),
  );
  graphs = graphs.filter((g) => apps.has(g.app));
  const result = buildFsmView(graphs, path.resolve(opts.out), opts.app ? { app: graphs[0]?.app } : {});
  const states = graphs.reduce((n, g) => n + Object.keys(g.states).length, 0);
  process.stdout.write(
    `FSM view: ${result.out} (${graphs.length} app${graphs.length === 1 ? '' : 's'}, ${states} states, ${(result.bytes / 1024).toFixed(0)} KB)\n`,
  );
}
