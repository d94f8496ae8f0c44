/**
 * `run_task`: the whole agent on one of the session's phones, with the
 * server's model (`maple mcp --model`, offline by default): plan, act,
 * verify, recover, retain into the shared knowledge store. A progress
 * notification per step when the client asked for progress; at the end the
 * summary, the trajectory folder, the HTML report and their resource URIs.
 * Cancelling the request stops the run after the current step.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import path from 'node:path';
import { z } from 'zod';
import { UserInterrupt } from '../../agent/run/errors.ts';
import { runTask } from '../../agent/runTask.ts';
import { modelTimeoutOptions } from '../../agent/models/index.ts';
import { buildRunReport } from '../../reports/index.ts';
import { newRunFolder } from '../runFolders.ts';
import { answer } from '../toolResult.ts';
import { deviceArg, type ToolContext } from '../ToolContext.ts';

export function registerRunTaskTool(mcp: McpServer, ctx: ToolContext): void {
  mcp.registerTool(
    'run_task',
    {
      title: 'Run a task with the agent',
      description: `Runs the MAPLE agent on a phone until the task is done or a limit is hit, with the server's model (${ctx.server.model}). Sends a progress notification per step. Returns the summary (status, reason, answer, steps, model calls), the run id, the trajectory folder and report, and their maple:// URIs.`,
      inputSchema: {
        device: deviceArg,
        task: z.string().min(1).describe('The instruction, e.g. "Turn on Dark theme in Settings"'),
        maxSteps: z.number().int().min(1).max(200).default(40).describe('Step limit (default 40)'),
        report: z.boolean().default(true).describe('Write the HTML report (default true)'),
      },
    },
    (args, extra) =>
      answer(async () => {
        const session = ctx.devices.get(args.device);
        return session.exclusive('run_task', async () => {
          session.saveLearned();
          const out = newRunFolder(ctx.server.runsDir, args.task, session.id);
          const progressToken = extra._meta?.progressToken;
          let steps = 0;
          // A client's cancel is a user stopping the run: it ends `interrupted` after the step in progress.
          const stop = new AbortController();
          extra.signal.addEventListener('abort', () => stop.abort(new UserInterrupt()), { once: true });
          const result = await runTask({
            task: args.task,
            device: session.device,
            model: ctx.server.model,
            modelOptions: modelTimeoutOptions(ctx.server.model, ctx.server.modelTimeout),
            store: ctx.server.store,
            out,
            maxSteps: args.maxSteps,
            signal: stop.signal,
            ...(session.spec.seed !== undefined ? { seed: session.spec.seed } : {}),
            ...(session.spec.faults !== undefined ? { faults: session.spec.faults } : {}),
            onStep: (event) => {
              steps++;
              if (progressToken === undefined) return;
              void extra
                .sendNotification({
                  method: 'notifications/progress',
                  params: { progressToken, progress: steps, total: args.maxSteps, message: event.line },
                })
                .catch(() => undefined);
            },
          });
          // The run kept its own FSM tracker and retained into the store: this session picks that up.
          session.reloadGraphs();
          const id = path.basename(result.dir);
          const report = args.report ? buildRunReport(result.dir).out : undefined;
          return {
            device: session.id,
            run: id,
            status: result.summary.status,
            ...(result.summary.answer !== undefined ? { answer: result.summary.answer } : {}),
            summary: result.summary,
            trajectory: result.dir,
            trajectoryUri: `maple://trajectory/${id}`,
            ...(report ? { report, reportUri: `maple://report/${id}` } : {}),
            ...(result.retained ? { retained: result.retained } : {}),
          };
        });
      }),
  );
}
