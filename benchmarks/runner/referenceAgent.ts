/**
 * `--agent reference`: not an agent. It plays the task's reference solution
 * (its action script) through the Device interface and writes a real
 * trajectory folder, so the whole runner path (pool, resume, timeouts,
 * evaluation, outputs) can be exercised, and every suite task checked to be
 * solvable, without a model or the agent loop. Its numbers measure the
 * tasks and the harness, never an agent; results are labelled
 * `agent=reference` in their config.
 */
import type { Device, Observation } from '../../drivers/device/Device.ts';
import { TrajectoryWriter } from '../../agent/trajectory/TrajectoryWriter.ts';
import type { RunSummary, StepRecord, TerminationReason } from '../../agent/trajectory/types.ts';
import { exitCodeFor } from '../output/exitCodes.ts';
import { runActionScript } from '../script/runActionScript.ts';
import type { BenchTask, ScriptStep } from '../types.ts';
import { BenchConfigError } from './errors.ts';
import type { RunContext, RunOutcome } from './types.ts';

export const REFERENCE_MODEL_LABEL = 'reference (replays the task reference solution; no agent, no model)';

export interface ReferenceAgentOptions {
  /** Take a screenshot with each observation (needed for the SPA-Bench layout; default true). */
  screenshots?: boolean;
}

function screenSize(pageSource: string): { width: number; height: number } {
  const m = /bounds="\[0,0\]\[(\d+),(\d+)\]"/.exec(pageSource);
  return m ? { width: Number(m[1]), height: Number(m[2]) } : { width: 0, height: 0 };
}

function actionInput(step: ScriptStep): Record<string, unknown> {
  const { do: _name, ...rest } = step;
  return rest as Record<string, unknown>;
}

export function referenceRunTask(options: ReferenceAgentOptions = {}) {
  const screenshots = options.screenshots ?? true;
  return async (task: BenchTask, device: Device, ctx: RunContext): Promise<RunOutcome> => {
    if (!task.reference)
      throw new BenchConfigError(
        `task ${task.id} has no reference solution; --agent reference can only run tasks that have one`,
      );
    const writer = new TrajectoryWriter(ctx.trajectoryDir);
    const started = Date.now();
    let reason: TerminationReason = 'finished';
    let detail: string | undefined;
    let answer: string | undefined;
    let index = 0;
    const observe = async (
      slot: number | 'final',
    ): Promise<{ obs: Observation; files: { pageSource: string; screenshot?: string } }> => {
      const obs = await device.observe({ screenshot: screenshots });
      return { obs, files: writer.saveObservation(slot, obs.pageSource, obs.screenshot) };
    };
    try {
      for (const step of task.reference) {
        if (ctx.signal.aborted) {
          reason = 'timeout';
          break;
        }
        if (step.do === 'answer') {
          answer = step.text;
          continue;
        }
        if (step.do === 'wait') {
          await device.wait(step.ms);
          continue;
        }
        const stepStart = Date.now();
        const { obs, files } = await observe(index);
        const observeMs = Date.now() - stepStart;
        const actStart = Date.now();
        let verdict: StepRecord['verdict'] = 'success';
        let verdictReason = 'reference step performed';
        try {
          await runActionScript(device, [step]);
        } catch (error) {
          verdict = 'fail';
          verdictReason = error instanceof Error ? error.message : String(error);
        }
        const record: StepRecord = {
          index,
          kind: 'action',
          startedAt: new Date(stepStart).toISOString(),
          before: { package: obs.package, activity: obs.activity, ...files, ...screenSize(obs.pageSource) },
          action: { name: step.do, input: actionInput(step), reason: 'reference solution' },
          verdict,
          verdictReason,
          modelCalls: [],
          timings: { observeMs, perceiveMs: 0, fsmMs: 0, decideMs: 0, actMs: Date.now() - actStart, verifyMs: 0 },
        };
        writer.appendStep(record);
        index++;
        if (verdict === 'fail') {
          reason = 'unexpected_error';
          detail = `reference step ${index} failed: ${verdictReason}`;
          break;
        }
      }
      if (reason !== 'timeout') await observe('final');
    } catch (error) {
      reason = ctx.signal.aborted ? 'timeout' : 'device_error';
      detail = error instanceof Error ? error.message : String(error);
    }
    const ended = Date.now();
    const summary: RunSummary = {
      task: task.instruction,
      status: reason === 'finished' ? 'success' : 'failed',
      reason,
      ...(detail ? { reasonDetail: detail } : {}),
      ...(answer !== undefined ? { answer } : {}),
      model: REFERENCE_MODEL_LABEL,
      fsm: false,
      device: device.description,
      ...(ctx.seed !== null ? { seed: ctx.seed } : {}),
      faults: ctx.faults,
      startedAt: new Date(started).toISOString(),
      endedAt: new Date(ended).toISOString(),
      durationMs: ended - started,
      steps: index,
      modelCalls: 0,
      tokens: { input: 0, output: 0 },
      costUsd: 0,
      recoveries: { detected: 0, recovered: 0 },
      exitCode: exitCodeFor(reason),
    };
    writer.writeSummary(summary);
    return { summary, trajectoryDir: writer.dir };
  };
}
