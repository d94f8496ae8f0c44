/**
 * Agent step benchmark (issue 5): the framework's own time per step, without
 * device or model time: parsing the page source into a Screen, the content
 * fingerprint, the FSM (abstract action, prediction, observe), the
 * deterministic verifier, the compact text a model would read, and the
 * step record as written (JSON + secret redaction).
 *
 * The observations are real: the demo task is run once on the virtual device
 * with the offline policy, and its recorded steps (page source before and
 * after each action, the action) are then replayed through the framework
 * many times, each replay with a fresh FSM tracker. The live run's own
 * per-step framework time (perceive + FSM + verify from its trajectory) is
 * reported beside it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAction } from '../agent/actions/index.ts';
import { AppDirectory, runTask, screenFingerprint, toAbstractAction } from '../agent/index.ts';
import { OFFLINE_MODEL } from '../agent/models/index.ts';
import type { Perception } from '../agent/perceive/index.ts';
import { deterministicVerdict } from '../agent/roles/index.ts';
import { readTrajectory, redactSecrets } from '../agent/trajectory/index.ts';
import { DEMO_TASK } from '../cli/commands/demo.ts';
import { openDevice } from '../drivers/device/index.ts';
import { parsePageSource, renderCompact } from '../drivers/screen/index.ts';
import { FsmTracker } from '../fsm/index.ts';
import { round, summarize } from './stats.ts';
import type { BenchResult } from './types.ts';

export interface AgentStepBenchOptions {
  /** Replays of the recorded run (default 200). */
  replays?: number;
}

interface RecordedStep {
  before: { xml: string; pkg: string; activity: string };
  after: { xml: string; pkg: string; activity: string };
  action: { name: string; input: Record<string, unknown> };
}

function perception(xml: string, pkg: string, activity: string): Perception {
  const screen = parsePageSource(xml, { activity });
  return {
    observation: { pageSource: xml, package: pkg, activity, takenAt: 0 },
    screen,
    fingerprint: screenFingerprint(screen),
    observeMs: 0,
    perceiveMs: 0,
  };
}

async function recordRun(dir: string): Promise<{ steps: RecordedStep[]; live: number[] }> {
  const opened = await openDevice({ device: 'virtual', seed: 1 });
  try {
    await runTask({ task: DEMO_TASK, device: opened.device, model: OFFLINE_MODEL, out: dir, maxSteps: 30 });
  } finally {
    await opened.close();
  }
  const t = readTrajectory(dir);
  const steps: RecordedStep[] = [];
  const xml = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
  t.steps.forEach((s, i) => {
    const next = t.steps[i + 1];
    const afterXml = next ? xml(next.before.pageSource) : xml('final/page.xml');
    steps.push({
      before: { xml: xml(s.before.pageSource), pkg: s.before.package, activity: s.before.activity },
      after: {
        xml: afterXml,
        pkg: s.after?.package ?? s.before.package,
        activity: s.after?.activity ?? s.before.activity,
      },
      action: { name: s.action.name, input: s.action.input },
    });
  });
  const live = t.steps.map((s) => s.timings.perceiveMs + s.timings.fsmMs + s.timings.verifyMs);
  return { steps, live };
}

export async function runAgentStepBench(options: AgentStepBenchOptions = {}): Promise<BenchResult[]> {
  const replays = options.replays ?? 200;
  const dir = mkdtempSync(path.join(tmpdir(), 'maple-agent-step-bench-'));
  try {
    const { steps, live } = await recordRun(dir);
    const samples: number[] = [];
    const apps = new AppDirectory();
    for (let r = 0; r < replays; r++) {
      const tracker = new FsmTracker();
      let before = perception(steps[0]!.before.xml, steps[0]!.before.pkg, steps[0]!.before.activity);
      let beforeObserved = tracker.observe(before.screen);
      for (const step of steps) {
        const parsed = parseAction(step.action.name, step.action.input);
        if (!parsed.ok) continue;
        const t0 = performance.now();
        const abstract = toAbstractAction(parsed.action, tracker, apps);
        const prediction = abstract ? tracker.predict(abstract) : undefined;
        const after = perception(step.after.xml, step.after.pkg, step.after.activity);
        const observed = tracker.observe(after.screen, abstract);
        const verdict = deterministicVerdict(
          {
            action: parsed.action,
            before,
            after,
            fsm: {
              before: beforeObserved,
              after: observed,
              netCount: prediction ? prediction.transition.count - prediction.transition.failures : 0,
            },
            step: 0,
            task: DEMO_TASK,
          },
          { fsm: true },
        );
        const compact = renderCompact(after.screen);
        redactSecrets(
          JSON.stringify({ action: step.action, verdict, compactLength: compact.length, after: observed.key }),
        );
        samples.push(performance.now() - t0);
        before = after;
        beforeObserved = observed;
      }
    }
    const s = summarize(samples);
    const l = summarize(live);
    return [
      {
        name: 'agent.step.framework',
        unit: 'ms',
        p50: round(s.p50),
        p95: round(s.p95),
        n: s.n,
        target: 'p50 <= 10 ms',
        extra: {
          mean: round(s.mean),
          max: round(s.max),
          stepsPerReplay: steps.length,
          replays,
          liveRunP50: round(l.p50),
          liveRunP95: round(l.p95),
          what: 'parse + fingerprint + FSM (abstract action, predict, observe) + verdict + compact text + step JSON',
        },
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
