/**
 * The model-backed executor: one request per step. The stable prefix (the
 * `act` and `subgoal_done` tools, the system text) is the same on every
 * step and cached; the per-step message (executorPrompt.ts) carries the
 * task, the steps so far, FSM hints and the compact screen, plus a
 * downscaled screenshot when the screenshot mode asks for one. The answer is
 * one action, subgoal_done, or finish, validated by structuredCall.
 */
import { actionSpec } from '../../actions/index.ts';
import type { Action } from '../../actions/index.ts';
import type { ModelCallLog } from '../../calls/ModelCallLog.ts';
import { imagePart } from '../../models/index.ts';
import type { ContentPart, StructuredSpec } from '../../models/index.ts';
import { modelScreenshot, screenshotNeed, DEFAULT_SCREENSHOT_MODE } from '../../perceive/index.ts';
import type { Perception, ScreenshotMode } from '../../perceive/index.ts';
import { EXECUTOR_SYSTEM, subgoalDoneTool } from '../../prompts/index.ts';
import type { Executor, ExecutorDecision, ExecutorInput } from '../types.ts';
import { executorUserParts } from './executorPrompt.ts';

export { executorUserText } from './executorPrompt.ts';

type Answer =
  { kind: 'action'; action: Action } | { kind: 'subgoal_done'; facts: Record<string, string>; summary?: string };

function executorSpec(): StructuredSpec<Answer> {
  const actions = actionSpec();
  return {
    tools: [...actions.tools, ...subgoalDoneTool.tools],
    parse(call) {
      if (call.name === 'subgoal_done') {
        const r = subgoalDoneTool.parse(call);
        return r.ok
          ? {
              ok: true,
              value: {
                kind: 'subgoal_done',
                facts: r.value.facts ?? {},
                ...(r.value.summary ? { summary: r.value.summary } : {}),
              },
            }
          : r;
      }
      const r = actions.parse(call);
      return r.ok ? { ok: true, value: { kind: 'action', action: r.value } } : r;
    },
  };
}

export interface ModelExecutorOptions {
  /** When the model sees a screenshot beside the listing (default auto). */
  screenshots?: ScreenshotMode;
}

/** The screenshot for this step's request, when the mode asks for one and one can be had. */
export async function screenshotFor(perception: Perception, mode: ScreenshotMode): Promise<Buffer | undefined> {
  if (mode === 'never') return undefined;
  if (mode === 'auto' && screenshotNeed(perception.screen) === undefined) return undefined;
  return modelScreenshot(perception);
}

export class ModelExecutor implements Executor {
  private readonly spec = executorSpec();
  private readonly screenshots: ScreenshotMode;

  constructor(
    private readonly calls: ModelCallLog,
    options: ModelExecutorOptions = {},
  ) {
    this.screenshots = options.screenshots ?? DEFAULT_SCREENSHOT_MODE;
  }

  async decide(input: ExecutorInput): Promise<ExecutorDecision> {
    const content: ContentPart[] = executorUserParts(input);
    const shot = await screenshotFor(input.current, this.screenshots);
    // Images before the text about them read best; the screen's text part stays last.
    if (shot) content.splice(content.length - 1, 0, imagePart(shot));
    const r = await this.calls.structured(
      'executor',
      {
        system: { stable: EXECUTOR_SYSTEM },
        messages: [{ role: 'user', content }],
        maxTokens: 1024,
        metadata: { role: 'executor', step: input.step },
      },
      this.spec,
    );
    const value = r.value;
    if (value.kind === 'subgoal_done') {
      return {
        kind: 'subgoal_done',
        subgoalIndex: Math.min(input.subgoalIndex, input.plan.subgoals.length),
        facts: value.facts,
        ...(value.summary ? { summary: value.summary } : {}),
        source: 'model',
      };
    }
    const action = value.action;
    if (action.type === 'finish') {
      return {
        kind: 'finish',
        success: action.success,
        ...(action.answer ? { answer: action.answer } : {}),
        reason: action.reason ?? 'the model finished',
        source: 'model',
      };
    }
    return { kind: 'act', action, subgoalIndex: input.subgoalIndex, source: 'model' };
  }
}
