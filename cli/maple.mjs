#!/usr/bin/env node
// The `maple` command. The project runs its TypeScript sources directly
// through tsx's loader (no build step), so a fresh clone works after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv);
