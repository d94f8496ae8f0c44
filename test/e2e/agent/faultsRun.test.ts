/**
 * Recovery under faults on the virtual device: with mis-taps and pop-ups on
 * (30% each, seeded), the offline agent detects each failure, recovers (a
 * pop-up is dismissed, a mis-tap is rolled back through the FSM) and
 * completes the cross-app demo task, which ground truth confirms. The
 * trajectory shows every recovery step with its attempt, target state and path.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTask } from '../../../agent/index.ts';
import { OFFLINE_MODEL } from '../../../agent/models/index.ts';
import { readTrajectory } from '../../../agent/trajectory/index.ts';
import type { StepRecord } from '../../../agent/trajectory/index.ts';
import { DEMO_TASK, demoSucceeded } from '../../../cli/commands/demo.ts';
import { openDevice, type OpenedDevice } from '../../../drivers/device/index.ts';

let opened: OpenedDevice;
beforeAll(async () => {
  opened = await openDevice({ device: 'virtual', seed: 1 });
});
afterAll(async () => {
  await opened?.close();
});

interface FaultLog {
  type: string;
}

describe('recovery under mis-tap and pop-up faults', () => {
  it('detects the failures, recovers by dismissing and rolling back, and completes', async () => {
    const failures: StepRecord[] = [];
    const recoveries: StepRecord[] = [];
    const interrupted: StepRecord[] = [];
    const injected: string[] = [];
    for (const seed of [1, 2, 3, 5]) {
      await opened.groundTruth!.reset(1);
      await opened.groundTruth!.setFaults(JSON.stringify({ misTapRate: 0.3, popupRate: 0.3, seed }));
      const out = mkdtempSync(path.join(tmpdir(), `maple-faults-${seed}-`));
      const result = await runTask({
        task: DEMO_TASK,
        device: opened.device,
        model: OFFLINE_MODEL,
        out,
        maxSteps: 30,
        faults: `mis-tap+pop-up seed ${seed}`,
      });
      const truth = await opened.groundTruth!.groundTruth();
      const log = ((truth as unknown as { faults?: { log?: FaultLog[] } }).faults?.log ?? []).map((f) => f.type);
      injected.push(...log);
      const check = demoSucceeded(truth);
      expect(check.ok, `seed ${seed}: ${check.detail}; faults ${log.join(',')}`).toBe(true);
      expect(result.summary.status).toBe('success');
      const steps = readTrajectory(result.dir).steps;
      failures.push(...steps.filter((s) => s.kind === 'action' && s.verdict === 'fail'));
      recoveries.push(...steps.filter((s) => s.kind === 'recovery'));
      interrupted.push(...steps.filter((s) => s.kind === 'action' && (s.interruptions?.length ?? 0) > 0));
      expect(result.summary.recoveries.detected).toBe(
        steps.filter((s) => s.kind === 'action' && s.verdict === 'fail').length,
      );
      // Each detected failure is followed by a recovery step.
      steps.forEach((s, i) => {
        if (s.kind === 'action' && s.verdict === 'fail' && s.action.name !== 'none')
          expect(steps[i + 1]?.kind, `seed ${seed} step ${i}`).toBe('recovery');
      });
    }
    // Faults were really injected, and both kinds were caught.
    expect(injected).toContain('misTap');
    expect(injected).toContain('popup');
    expect(failures.some((s) => /mis-tap/.test(s.verdictReason))).toBe(true);
    // A pop-up that came with a step is cleared before the step is judged: it does not make the step a failure.
    expect(interrupted.length).toBeGreaterThan(0);
    expect(failures.some((s) => /interruption/.test(s.verdictReason))).toBe(false);
    const clearing = recoveries.filter((s) => s.recovery?.purpose === 'interruption');
    const rollbacks = recoveries.filter((s) => s.recovery?.purpose !== 'interruption');
    // Pop-ups are dismissed with their dismissive button; mis-taps are rolled back through the FSM's back stack.
    expect(clearing.some((s) => /Not now|Don't allow|Close ad/.test(s.action.element?.label ?? ''))).toBe(true);
    expect(rollbacks.some((s) => s.action.name === 'back' && s.recovery?.path.includes('back'))).toBe(true);
    // A rollback only undoes: Back, an up/close/cancel control, or a fresh relaunch and then the known path
    // from the app's entry (issue #11: a forward "Create new event" replayed on another screen did harm).
    const REVERSE = /^(navigate up|up|back|close|cancel|dismiss)$/i;
    let relaunched = false;
    for (const r of rollbacks) {
      if (r.recovery?.path.length === 1) relaunched = false;
      if (r.action.name === 'open_app') relaunched = r.action.input.fresh === true;
      const undoes =
        r.action.name === 'back' ||
        (r.action.name === 'open_app' && r.action.input.fresh === true) ||
        REVERSE.test(r.action.element?.label ?? '') ||
        r.recovery?.purpose === 'flip_back';
      expect(
        undoes || relaunched,
        `rollback step ${r.index}: ${r.action.name} "${r.action.element?.label ?? ''}"`,
      ).toBe(true);
    }
    for (const r of rollbacks) {
      expect(r.recovery?.attempt).toBeGreaterThanOrEqual(1);
      expect(r.recovery?.target).toMatch(/\S/);
      expect(r.recovery?.path.length).toBeGreaterThan(0);
    }
  }, 120_000);
});
