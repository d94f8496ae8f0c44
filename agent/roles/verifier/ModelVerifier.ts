/**
 * The model verifier: asked only when the deterministic checks return
 * `undecided`. The rules being unsure is exactly when a look helps, so with
 * screenshots on (auto or always) it gets the screenshot after the action
 * beside the two listings.
 */
import { renderCompact } from '../../../drivers/screen/index.ts';
import { UNTRUSTED_SCREEN_NOTE } from '../../safety/untrustedScreen.ts';
import type { ModelCallLog } from '../../calls/ModelCallLog.ts';
import { imagePart, textPart } from '../../models/index.ts';
import type { ContentPart } from '../../models/index.ts';
import { DEFAULT_SCREENSHOT_MODE, modelScreenshot } from '../../perceive/index.ts';
import type { ScreenshotMode } from '../../perceive/index.ts';
import { TASK_CHECK_SYSTEM, VERIFIER_SYSTEM, taskVerdictTool, verdictTool } from '../../prompts/index.ts';
import { historyText } from '../executor/historyText.ts';
import type { Verdict } from '../../trajectory/types.ts';
import type { TaskCheckInput, Verifier, VerifyInput } from '../types.ts';

export interface ModelVerifierOptions {
  /** never: listings only; auto and always: the screenshot after the action too (default auto). */
  screenshots?: ScreenshotMode;
}

export class ModelVerifier implements Verifier {
  private readonly screenshots: ScreenshotMode;

  constructor(
    private readonly calls: ModelCallLog,
    options: ModelVerifierOptions = {},
  ) {
    this.screenshots = options.screenshots ?? DEFAULT_SCREENSHOT_MODE;
  }

  async judge(input: VerifyInput): Promise<{ verdict: Verdict; reason: string }> {
    const {
      type,
      reason,
      precondition: _p,
      expected,
      ...args
    } = input.action as Record<string, unknown> & { type: string };
    const task = [
      `Task: ${input.task}`,
      input.subgoal ? `Subgoal: ${input.subgoal.goal}` : '',
      `Action: ${type} ${JSON.stringify(args)}${reason ? ` (${String(reason)})` : ''}`,
      `Expected: ${expected ? JSON.stringify(expected) : (input.expectedText ?? '(not stated)')}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const screens = [
      UNTRUSTED_SCREEN_NOTE,
      `Screen before:\n${renderCompact(input.before.screen, { budgetChars: 3000 })}`,
      `Screen after:\n${renderCompact(input.after.screen, { budgetChars: 3000 })}`,
    ].join('\n\n');
    const content: ContentPart[] = [textPart(task, 'task')];
    const shot = this.screenshots === 'never' ? undefined : await modelScreenshot(input.after);
    if (shot) content.push(textPart('The screen after the action:', 'image'), imagePart(shot));
    content.push(textPart(screens, 'screen'));
    const r = await this.calls.structured(
      'verifier',
      {
        system: { stable: VERIFIER_SYSTEM },
        messages: [{ role: 'user', content }],
        maxTokens: 300,
        metadata: { role: 'verifier', step: input.step },
      },
      verdictTool,
    );
    return r.value;
  }

  async confirmTask(input: TaskCheckInput): Promise<{ done: boolean; reason: string }> {
    const text = [
      `Task: ${input.task}`,
      `Plan:\n${input.plan.subgoals.map((s, i) => `${i + 1}. [${s.app ?? '-'}] ${s.goal}`).join('\n')}`,
      `Facts found:\n${input.memory.describe()}`,
      input.history ? (historyText(input.history) ?? '') : '',
      input.answer !== undefined ? `The agent's answer: ${input.answer}` : '',
      `The agent says the whole task is done. Is it?`,
      `${UNTRUSTED_SCREEN_NOTE}\nFinal screen:\n${renderCompact(input.current.screen, { budgetChars: 3000 })}`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const r = await this.calls.structured(
      'verifier',
      {
        system: { stable: TASK_CHECK_SYSTEM },
        messages: [{ role: 'user', content: text }],
        maxTokens: 300,
        metadata: { role: 'verifier', step: input.step },
      },
      taskVerdictTool,
    );
    return { done: r.value.verdict === 'success', reason: r.value.reason };
  }
}

/** The offline verifier: nothing but the rules decided against it, so a changed screen counts as success. */
export class OfflineVerifier implements Verifier {
  async judge(input: VerifyInput): Promise<{ verdict: Verdict; reason: string }> {
    return {
      verdict: 'success',
      reason: `the screen changed; the expected outcome (${input.expectedText ?? 'unstated'}) is not contradicted by any rule`,
    };
  }
}
