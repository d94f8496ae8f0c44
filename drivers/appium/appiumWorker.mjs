// The body of a worker thread (startAppiumInWorker.ts) that starts Appium with
// the in-repo drivers, so Appium's second of loading runs on another core while
// the main thread loads the agent. Plain JavaScript for the same reason as
// drivers/virtual-android/index.mjs: a worker gets no TypeScript loader, so it
// picks the compiled build while fresh, else registers tsx for the sources.
// Messages: out {url, port} once listening, or {error, name}; in 'stop', after
// which the server closes and the worker ends.
import { parentPort } from 'node:worker_threads';
import { compiledUrl, useCompiled } from '../../scripts/buildOutput.mjs';

let entry;
if (useCompiled()) entry = compiledUrl('drivers/appium/startAppiumServer.ts');
else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = './startAppiumServer.ts';
}

try {
  const { startAppiumServer } = await import(entry);
  const server = await startAppiumServer();
  parentPort.once('message', () => {
    server.stop().finally(() => parentPort.close());
  });
  parentPort.postMessage({ url: server.url, port: server.port });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error), name: error?.name });
  parentPort.close();
}
