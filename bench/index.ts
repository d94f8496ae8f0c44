/**
 * The registered benchmarks `npm run bench` runs, in order. To add one,
 * append a BenchDefinition whose `run` resolves to BenchResult[].
 */
import { runFsmBench } from './fsm.ts';
import { runPerceptionBench } from './perception.ts';
import { runDeviceBench } from './device.ts';
import { runReportBench } from './report.ts';
import { runRunnerScalingBench } from './runnerScaling.ts';
import { runGridScalingBench } from './gridScaling.ts';
import { runAgentStepBench } from './agentStep.ts';
import { runReidentifyBench } from './reidentify.ts';
import { runTokenBench } from './tokens.ts';
import { runStartupBench } from './startup.ts';
import type { BenchDefinition } from './types.ts';

export const benches: BenchDefinition[] = [
  {
    name: 'startup',
    description: 'the maple command as a user starts it: --help until it exits, maple run until its first step line',
    run: () => runStartupBench(),
  },
  {
    name: 'perception',
    description: 'page source -> Screen -> compact text: real dumps and 5,000 nodes',
    run: () => runPerceptionBench(),
  },
  {
    name: 'device',
    description: 'virtual device through Appium + WebdriverIO: page source, tap + observe, screenshot',
    run: () => runDeviceBench(),
  },
  {
    name: 'fsm',
    description: 'FSM: state key + graph update with 10,000 states in the store; load + export of a 10,000-state FSM',
    run: () => runFsmBench(),
  },
  {
    name: 'reidentify',
    description: 'element re-identification: one stored reference looked up on a later screen (each hint line)',
    run: () => runReidentifyBench(),
  },
  {
    name: 'reports',
    description: 'HTML reports: a 60-task suite report (size, open time in headless Chromium) and a 500-state FSM view',
    run: () => runReportBench(),
  },
  {
    name: 'runner-scaling',
    description:
      'benchmark runner: 8 reference runs on 1 vs 4 virtual devices with 100 ms simulated latency per command',
    run: () => runRunnerScalingBench(),
  },
  {
    name: 'grid-scaling',
    description:
      'Selenium Grid 4: 12 reference runs through a hub with 1 vs 3 relay nodes, 100 ms simulated latency, no screenshots',
    run: () => runGridScalingBench(),
  },
  {
    name: 'agent',
    description: "agent loop: the framework's own time per step (parse, FSM, verification; no device or model time)",
    run: () => runAgentStepBench(),
  },
  {
    name: 'tokens',
    description:
      'model input by the token account: the virtual suite with the noisy oracle, model screenshots auto and always',
    run: () => runTokenBench(),
  },
];

export type { BenchDefinition, BenchResult } from './types.ts';
export { percentile, round, summarize, timeSamples, type Summary } from './stats.ts';
export { runAllBenches, formatBenchTable } from './run.ts';
