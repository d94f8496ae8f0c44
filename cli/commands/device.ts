/**
 * `maple device start`: runs the Appium server (with the virtual driver) in
 * the foreground and prints its URL and the capabilities for the virtual
 * phone, until Ctrl-C.
 */
import type { Command } from 'commander';
import { startAppiumServer, virtualCapabilities } from '../../drivers/appium/index.ts';

export function registerDevice(program: Command): void {
  const device = program.command('device').description('the Appium server and the virtual Android device');
  device
    .command('start')
    .description('start Appium in the foreground and print its URL and the virtual capabilities')
    .option('-p, --port <port>', 'port (default: a free one)', (v) => Number.parseInt(v, 10))
    .option('--address <address>', 'listen address', '127.0.0.1')
    .option('--seed <seed>', 'maple:seed in the printed capabilities', (v) => Number.parseInt(v, 10), 1)
    .option('--faults <profile>', 'maple:faults in the printed capabilities', 'none')
    .option('--log-level <level>', 'Appium log level (error, warn, info, debug)', 'error')
    .action(
      async (opts: {
        port?: number;
        address: string;
        seed: number;
        faults: string;
        logLevel: 'error' | 'warn' | 'info' | 'debug';
      }) => {
        if (opts.port !== undefined && !(opts.port > 0 && opts.port < 65536))
          throw new Error(`--port must be 1-65535, got ${String(opts.port)}.`);
        const server = await startAppiumServer({ port: opts.port, address: opts.address, logLevel: opts.logLevel });
        process.stdout.write(`Appium listening at ${server.url}\n`);
        process.stdout.write(
          `capabilities (virtual): ${JSON.stringify(virtualCapabilities({ seed: opts.seed, faults: opts.faults }))}\n`,
        );
        process.stdout.write('Press Ctrl-C to stop.\n');
        await new Promise<void>((resolve) => {
          const stop = (): void => {
            void server.stop().finally(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      },
    );
}
