/**
 * `maple device start`: runs the Appium server (with the virtual driver) in
 * the foreground and prints its URL and the capabilities for the virtual
 * phone, until Ctrl-C.
 */
import { InvalidArgumentError, type Command } from 'commander';

export function registerDevice(program: Command): void {
  const device = program.command('device').description('the Appium server and the virtual Android device');
  device
    .command('start')
    .description('start Appium in the foreground and print its URL and the virtual capabilities')
    .option('-p, --port <port>', 'port (default: a free one)', (v) => {
      const port = Number(v);
      if (!(Number.isInteger(port) && port > 0 && port < 65536))
        throw new InvalidArgumentError(`--port must be a whole number in 1-65535, got "${v}".`);
      return port;
    })
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
        const { startAppiumServer, virtualCapabilities } = await import('../../drivers/appium/index.ts');
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
