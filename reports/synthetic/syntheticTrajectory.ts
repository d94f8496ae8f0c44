/**
 * Writes a made-up but realistic trajectory folder (through the real
 * TrajectoryWriter, so the layout is the agent loop's): screens with real
 * PNGs and page sources, taps on elements, a failure followed by a recovery,
 * a no-change step, model calls with tokens and cost.
 */
import { TrajectoryWriter } from '../../agent/trajectory/index.ts';
import { accountOfCalls } from '../../agent/calls/tokenAccount.ts';
import type { ModelCallRecord, RunSummary, StepRecord, Verdict } from '../../agent/trajectory/index.ts';
import { syntheticElements, syntheticPageSource, syntheticPng, type SyntheticScreenSpec } from './syntheticScreen.ts';

export interface SyntheticTrajectoryOptions {
  task?: string;
  steps?: number;
  seed?: number;
  app?: string;
  /** Overall result written to summary.json. Default success. */
  status?: 'success' | 'failed';
  /** Leave summary.json out, as an interrupted run does. */
  omitSummary?: boolean;
  width?: number;
  height?: number;
}

const WORDS = [
  'Alarm',
  'Bedtime',
  'Timer',
  'Contacts',
  'Alice',
  'Bob',
  'Catan',
  'Chess',
  'Notes',
  'Wi-Fi',
  'Bluetooth',
  'Display',
  'Battery',
  'Sound',
  'Storage',
  'Privacy',
  'Paris',
  'Berlin',
  'Inbox',
  'Drafts',
];
const COLORS = ['#3367d6', '#0b8043', '#c5221f', '#8e24aa', '#f4511e', '#00897b'];

/** A small deterministic generator (mulberry32) so fixtures are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function call(role: ModelCallRecord['role'], rnd: () => number): ModelCallRecord {
  const input = 1500 + Math.round(rnd() * 3000);
  const output = 80 + Math.round(rnd() * 200);
  // Where the input went, as the token account splits a request: a cached prefix, then per-step text.
  const tools = role === 'executor' ? 930 : 120;
  const system = role === 'executor' ? 270 : 130;
  const screen = Math.round((input - tools - system) * 0.6);
  return {
    role,
    model: 'claude-sonnet-4-5',
    inputTokens: input,
    outputTokens: output,
    cacheReadTokens: Math.round(input * 0.6),
    parts: { tools, system, task: input - tools - system - screen, screen },
    costUsd: (input * 3 + output * 15) / 1e6,
    durationMs: 400 + Math.round(rnd() * 1500),
  };
}

export function writeSyntheticTrajectory(
  dir: string,
  options: SyntheticTrajectoryOptions = {},
): { dir: string; steps: StepRecord[]; summary?: RunSummary } {
  const rnd = seededRandom(options.seed ?? 1);
  const app = options.app ?? 'com.maple.clock';
  const nSteps = options.steps ?? 10;
  const width = options.width ?? 1080;
  const height = options.height ?? 2400;
  const color = COLORS[Math.floor(rnd() * COLORS.length)] ?? '#3367d6';
  const writer = new TrajectoryWriter(dir);
  const started = Date.parse('2025-01-01T10:00:00Z');
  const steps: StepRecord[] = [];
  const screenFor = (i: number): SyntheticScreenSpec => {
    const rows = Array.from(
      { length: 8 + Math.floor(rnd() * 6) },
      (_, r) => `${WORDS[Math.floor(rnd() * WORDS.length)]} ${i}.${r}`,
    );
    return {
      app,
      activity: `.Screen${i}`,
      title: `${WORDS[i % WORDS.length]} · step ${i}`,
      rows,
      button: i % 3 === 0 ? 'Add' : undefined,
      color,
      width,
      height,
    };
  };
  let spec = screenFor(0);
  for (let i = 0; i < nSteps; i++) {
    const files = writer.saveObservation(i, syntheticPageSource(spec), syntheticPng(spec));
    const els = syntheticElements(spec).filter((e) => e.clickable);
    const target = els[Math.floor(rnd() * els.length)];
    // Step 3 fails (wrong screen), step 4 is the recovery back press, step 6 changes nothing.
    const verdict: Verdict = i === 3 ? 'fail' : i === 6 ? 'no_change' : 'success';
    const isRecovery = i === 4;
    const action: StepRecord['action'] = isRecovery
      ? { name: 'back', input: {}, reason: 'return to the last stable state', expected: 'the list screen' }
      : i === 5
        ? { name: 'type', input: { text: 'Catan' }, reason: 'search for the product', expected: 'results for Catan' }
        : {
            name: 'tap',
            input: { element: target?.id ?? 'e1' },
            ...(target ? { element: { id: target.id, label: target.text, bounds: target.bounds } } : {}),
            reason: `open ${target?.text ?? 'the item'}`,
            expected: `the ${target?.text ?? 'item'} screen`,
          };
    const calls = [call('executor', rnd)];
    if (verdict !== 'success') calls.push(call('verifier', rnd));
    if (isRecovery) calls.push(call('recovery', rnd));
    const step: StepRecord = {
      index: i,
      kind: isRecovery ? 'recovery' : 'action',
      startedAt: new Date(started + i * 4000).toISOString(),
      subgoal: i < nSteps / 2 ? 'open the list' : 'add the item',
      app,
      before: {
        package: app,
        activity: spec.activity ?? '.Main',
        stateKey: `s${i}${'0'.repeat(10)}`,
        stateName: spec.title,
        pageSource: files.pageSource,
        ...(files.screenshot ? { screenshot: files.screenshot } : {}),
        width,
        height,
      },
      action,
      after: { package: app, activity: `.Screen${i + 1}`, stateKey: `s${i + 1}${'0'.repeat(10)}` },
      verdict,
      verdictReason:
        verdict === 'success'
          ? 'reached the expected screen'
          : verdict === 'fail'
            ? 'landed on an unexpected screen (mis-tap)'
            : 'the screen did not change',
      predicted: verdict === 'success',
      ...(isRecovery ? { recovery: { attempt: 1, target: `s3${'0'.repeat(10)}`, path: ['back'] } } : {}),
      modelCalls: calls,
      timings: {
        observeMs: 120,
        perceiveMs: 8,
        fsmMs: 1,
        decideMs: calls[0]?.durationMs ?? 0,
        actMs: 90,
        verifyMs: 30,
      },
    };
    writer.appendStep(step);
    steps.push(step);
    // no_change keeps the same screen, so its screenshot is byte-identical to the next one (deduplicated in reports)
    if (verdict !== 'no_change') spec = screenFor(i + 1);
  }
  writer.saveObservation('final', syntheticPageSource(spec), syntheticPng(spec));
  if (options.omitSummary) return { dir: writer.dir, steps };
  const allCalls = steps.flatMap((s) => s.modelCalls);
  const status = options.status ?? 'success';
  const summary: RunSummary = {
    task: options.task ?? `Open the ${WORDS[(options.seed ?? 1) % WORDS.length]} list and add an item`,
    status,
    reason: status === 'success' ? 'finished' : 'step_limit',
    model: 'claude-sonnet-4-5',
    fsm: true,
    device: 'virtual-android',
    seed: options.seed ?? 1,
    faults: 'mis-tap',
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(started + nSteps * 4000).toISOString(),
    durationMs: nSteps * 4000,
    steps: nSteps,
    modelCalls: allCalls.length,
    tokens: {
      input: allCalls.reduce((n, c) => n + c.inputTokens, 0),
      output: allCalls.reduce((n, c) => n + c.outputTokens, 0),
    },
    tokenAccount: accountOfCalls(allCalls),
    costUsd: allCalls.reduce((n, c) => n + c.costUsd, 0),
    recoveries: { detected: 1, recovered: 1 },
    exitCode: status === 'success' ? 0 : 4,
  };
  writer.writeSummary(summary);
  return { dir: writer.dir, steps, summary };
}
