/**
 * `maple mcp [--http <port>]`: MAPLE as an MCP server (see docs/mcp.md):
 * over stdio for one client (Claude Code, Claude Desktop), or Streamable
 * HTTP for several at once. Settings are checked before serving (model,
 * store, runs folder), so a bad one fails at once with exit code 2.
 * WebdriverIO's log goes to <store>/logs: stdout belongs to the protocol.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { REPO_ROOT } from '../../repoRoot.ts';
import { defaultStoreDir } from '../../fsm/store/defaultStoreDir.ts';
import { CliError } from '../CliError.ts';
import { routeDeviceLogs } from '../deviceLog.ts';
import { checkStore, checkWritableFolder } from '../preflight.ts';

// The MCP SDK, the agent, Appium and WebdriverIO load when the server starts, not when `maple` starts.

interface McpOptions {
  http?: number;
  host: string;
  model: string;
  modelTimeout?: string;
  store?: string;
  runs?: string;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65_535)
    throw new InvalidArgumentError(`--http must be a port number 0-65535 (0: any free port), got "${value}".`);
  return n;
}

async function checkModel(spec: string, timeout: string | undefined): Promise<void> {
  const models = await import('../../agent/models/index.ts');
  try {
    const model = models.createModel(spec, models.modelTimeoutOptions(spec, timeout));
    await (model as { close?: () => Promise<void> }).close?.();
  } catch (error) {
    const bad = [models.ModelSpecError, models.ModelTimeoutOptionError, models.MissingApiKeyError];
    if (bad.some((type) => error instanceof type)) throw new CliError((error as Error).message);
    throw error;
  }
}

/** Resolves when the process is told to stop (Ctrl-C, SIGTERM). */
function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

export function registerMcp(program: Command): void {
  program
    .command('mcp')
    .description('serve phones, the learned FSMs and the agent to MCP clients (stdio, or --http <port>)')
    .option('--http <port>', 'serve Streamable HTTP on this port (0: a free one) instead of stdio', port)
    .option('--host <address>', 'address to bind with --http', '127.0.0.1')
    .option(
      '--model <spec>',
      'model for run_task: offline | anthropic[:model] | replay:<file> | exec:<command>',
      'offline',
    )
    .option('--model-timeout <seconds>', 'how long an exec: model may take over one call (default 120)')
    .option('--store <dir>', 'knowledge store folder (default: $MAPLE_HOME or ~/.maple)')
    .option('--runs <dir>', "run_task's trajectory folders (default: <store>/runs)")
    .action(async (opts: McpOptions) => {
      await checkModel(opts.model, opts.modelTimeout);
      const storeDir = await checkStore(opts.store ?? defaultStoreDir());
      const runsDir = checkWritableFolder(opts.runs ?? path.join(storeDir, 'runs'), '--runs');
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      routeDeviceLogs(path.join(storeDir, 'logs', `mcp-${stamp}.log`));
      const version = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string })
        .version;
      const { ServerContext, serveHttp, serveStdio } = await import('../../mcp/index.ts');
      const context = new ServerContext({
        storeDir,
        runsDir,
        model: opts.model,
        ...(opts.modelTimeout !== undefined ? { modelTimeout: opts.modelTimeout } : {}),
      });
      try {
        if (opts.http === undefined) {
          await Promise.race([serveStdio(context, version), stopSignal()]);
          return;
        }
        const http = await serveHttp(context, version, { port: opts.http, host: opts.host });
        process.stderr.write(`maple mcp: serving Streamable HTTP at ${http.url} (model: ${opts.model})\n`);
        await stopSignal();
        await http.close();
      } finally {
        await context.close();
      }
    });
}
