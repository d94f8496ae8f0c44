/**
 * Runs a reference solution (an ActionScript) through the same Device
 * interface the agents use: never by writing device state directly, so a
 * reference that passes proves the task is solvable from the UI.
 */
import type { Device, Target } from '../../drivers/device/Device.ts';
import type { ActionScript, ScriptStep, ScriptTarget } from '../types.ts';

/** A script step that failed: which one, and why. */
export class ActionScriptError extends Error {
  override readonly name = 'ActionScriptError';
  constructor(
    readonly stepIndex: number,
    readonly step: ScriptStep,
    override readonly cause: unknown,
  ) {
    super(
      `reference step ${stepIndex + 1} (${JSON.stringify(step)}) failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}

/** An XPath string literal for any text (quotes in both kinds need concat()). */
export function xpathLiteral(s: string): string {
  if (!s.includes('"')) return `"${s}"`;
  if (!s.includes("'")) return `'${s}'`;
  return `concat(${s
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`;
}

export function scriptTargetToDeviceTarget(t: ScriptTarget): Target {
  if ('point' in t) return { point: t.point };
  if ('locator' in t) return { locator: t.locator };
  if ('id' in t) return { locator: { strategy: 'id', value: t.id } };
  if ('desc' in t) return { locator: { strategy: 'accessibility id', value: t.desc } };
  return { locator: { strategy: 'xpath', value: `//*[@text=${xpathLiteral(t.text)}]` } };
}

export interface ScriptRunResult {
  /** The last `answer` step's text, if any. */
  answer: string | null;
  /** Device actions performed (answer and wait steps not counted). */
  actions: number;
}

export async function runActionScript(device: Device, script: ActionScript): Promise<ScriptRunResult> {
  let answer: string | null = null;
  let actions = 0;
  for (const [i, step] of script.entries()) {
    try {
      switch (step.do) {
        case 'tap':
          await device.tap(scriptTargetToDeviceTarget(step.target));
          break;
        case 'longPress':
          await device.longPress(scriptTargetToDeviceTarget(step.target), step.durationMs);
          break;
        case 'type':
          await device.type(step.text, {
            ...(step.target ? { target: scriptTargetToDeviceTarget(step.target) } : {}),
            ...(step.submit ? { submit: true } : {}),
          });
          break;
        case 'clear':
          await device.clear(scriptTargetToDeviceTarget(step.target));
          break;
        case 'swipe':
          await device.swipe(step.from, step.to, step.durationMs);
          break;
        case 'scroll':
          await device.scroll(step.direction, step.target ? scriptTargetToDeviceTarget(step.target) : undefined);
          break;
        case 'back':
          await device.back();
          break;
        case 'home':
          await device.home();
          break;
        case 'recents':
          await device.recents();
          break;
        case 'enter':
          await device.enter();
          break;
        case 'openApp':
          await device.openApp(step.package, step.activity);
          break;
        case 'wait':
          await device.wait(step.ms);
          continue;
        case 'setClipboard':
          await device.setClipboard(step.text);
          break;
        case 'answer':
          answer = step.text;
          continue;
      }
      actions++;
    } catch (e) {
      throw new ActionScriptError(i, step, e);
    }
  }
  return { answer, actions };
}
