/**
 * `maple grid start --nodes N`: a Selenium Grid 4 hub and N relay nodes, each
 * in front of its own Appium server with the virtual phone, in the
 * foreground until Ctrl-C. Prints the hub URL and the `maple bench` line that
 * spreads a suite over the nodes.
 */
import type { Command } from 'commander';
// Only the error classes load with the CLI; the Grid code (WebdriverIO, Appium) loads when `grid start` runs.
import { GridSetupError, GridStartError } from '../../drivers/grid/errors.ts';

interface GridStartFlags {
  nodes: string;
  port?: string;
  address: string;
  sessionTimeout: string;
  logDir?: string;
}

function whole(flag: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new GridSetupError(`${flag} must be a whole number >= ${min}, got "${value}"`);
  return n;
}

export function registerGrid(program: Command): void {
  const grid = program.command('grid').description('Selenium Grid 4 with virtual phones as relay nodes');
  grid
    .command('start')
    .description('start a Grid hub and N relay nodes (one Appium server with the virtual phone each) until Ctrl-C')
    .option('--nodes <n>', 'relay nodes (virtual phones)', '1')
    .option('-p, --port <port>', "the hub's port (default: 4444)", '4444')
    .option('--address <address>', 'listen address of the hub and nodes', '127.0.0.1')
    .option('--session-timeout <s>', 'a node ends a session idle this many seconds', '600')
    .option('--log-dir <dir>', 'where the hub, node and Appium logs go (default: a new temporary folder)')
    .action(async (flags: GridStartFlags) => {
      process.exitCode = await gridStart(flags);
    });
}

async function gridStart(flags: GridStartFlags): Promise<number> {
  let handle;
  try {
    const nodes = whole('--nodes', flags.nodes, 1);
    const port = whole('--port', flags.port ?? '4444', 0);
    const sessionTimeoutSec = whole('--session-timeout', flags.sessionTimeout, 1);
    process.stdout.write(`starting a Selenium Grid hub and ${nodes} relay node(s)...\n`);
    const { startGrid } = await import('../../drivers/grid/startGrid.ts');
    handle = await startGrid({
      nodes,
      port,
      address: flags.address,
      sessionTimeoutSec,
      ...(flags.logDir ? { logDir: flags.logDir } : {}),
    });
  } catch (error) {
    if (error instanceof GridSetupError || error instanceof GridStartError) {
      process.stderr.write(`maple grid start: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const g = handle;
  process.stdout.write(
    `Selenium Grid ${g.seleniumVersion} hub at ${g.hubUrl}\n` +
      g.nodes.map((n) => `  node ${n.index}: ${n.nodeUrl} -> Appium ${n.appiumUrl}\n`).join('') +
      `each node advertises ${JSON.stringify(g.stereotype)}\n` +
      `logs: ${g.logDir}\n` +
      `run a suite over the nodes: node cli/maple.mjs bench --suite virtual --device ${g.hubUrl} --devices ${g.nodes.length}\n` +
      'Press Ctrl-C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.stdout.write('stopping the Grid...\n');
      void g.stop().finally(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
