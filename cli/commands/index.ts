/**
 * Every `maple` subcommand registers itself here. One file per command in
 * this folder, each exporting `register<Name>(program)`.
 */
import type { Command } from 'commander';
import { registerBench } from './bench.ts';
import { registerFsm } from './fsm.ts';
import { registerReport } from './report.ts';
import { registerScreen } from './screen.ts';
import { registerInternalBench } from './internalBench.ts';
import { registerDevice } from './device.ts';
import { registerGrid } from './grid.ts';
import { registerDoctor } from './doctor.ts';
import { registerRun } from './run.ts';
import { registerDemo } from './demo.ts';
import { registerExplore } from './explore.ts';
import { registerMcp } from './mcp.ts';

export function registerCommands(program: Command): void {
  registerBench(program);
  registerFsm(program);
  registerReport(program);
  registerScreen(program);
  registerInternalBench(program);
  registerDevice(program);
  registerGrid(program);
  registerDoctor(program);
  registerRun(program);
  registerDemo(program);
  registerExplore(program);
  registerMcp(program);
}
