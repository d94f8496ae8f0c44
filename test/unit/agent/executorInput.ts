/** Builds an ExecutorInput from a page source, as RunSession hands one to the executor (no FSM). */
import { FactMemory } from '../../../agent/memory/FactMemory.ts';
import type { Perception } from '../../../agent/perceive/index.ts';
import { screenFingerprint } from '../../../agent/perceive/index.ts';
import type { ExecutorInput, HistoryLine } from '../../../agent/roles/types.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';

export function perceptionOf(pageSource: string, extra: Partial<Perception> = {}): Perception {
  const screen = parsePageSource(pageSource, { activity: '.Main' });
  return {
    observation: { pageSource, package: screen.foregroundPackage, activity: '.Main', takenAt: 0 },
    screen,
    fingerprint: screenFingerprint(screen),
    observeMs: 0,
    perceiveMs: 0,
    ...extra,
  };
}

export function executorInput(
  current: Perception,
  options: { step?: number; history?: HistoryLine[]; feedback?: string } = {},
): ExecutorInput {
  return {
    task: 'Turn on Dark theme in Settings',
    plan: { subgoals: [{ app: 'Settings', goal: 'Turn on Dark theme' }], source: 'model' },
    subgoalIndex: 0,
    current,
    memory: new FactMemory(),
    history: options.history ?? [],
    tips: [],
    ...(options.feedback ? { feedback: options.feedback } : {}),
    step: options.step ?? 0,
    budget: { used: options.step ?? 0, max: 30 },
  };
}
