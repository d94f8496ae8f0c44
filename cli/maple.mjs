#!/usr/bin/env node
// The `maple` command. It runs the JavaScript compiled at install (dist/, see
// scripts/build.mjs) while that matches the sources, and otherwise the
// TypeScript sources through tsx's loader, so a fresh clone works right after
// `npm ci` and an edited source is never hidden by an older build.
import { compiledUrl, useCompiled } from '../scripts/buildOutput.mjs';

let entry;
if (useCompiled()) entry = compiledUrl('cli/main.ts');
else {
  const { register } = await import('tsx/esm/api');
  register();
  entry = './main.ts';
}
const { main } = await import(entry);
process.exitCode = await main(process.argv);
