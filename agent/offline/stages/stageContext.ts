import type { Screen, UiElement } from '../../../drivers/screen/types.ts';
import type { Clause } from '../parseClauses.ts';
import type { PolicyDecision } from '../PolicyDecision.ts';
import type { PolicyState } from '../PolicyState.ts';
import { dialogElements } from '../pickers.ts';
import type { StageContext } from './Stage.ts';

/** Builds what the stages see for one clause on one screen; every answer is recorded in `state`. */
export function stageContext(state: PolicyState, clause: Clause, screen: Screen, stateKey: string): StageContext {
  const progress = state.progress;
  const act = (
    name: string,
    input: Record<string, unknown>,
    reason: string,
    expected?: string,
    label?: string,
  ): PolicyDecision => {
    state.lastTapLabel = label;
    return { kind: 'act', action: { name, input, reason, ...(expected ? { expected } : {}) } };
  };
  return {
    clause,
    screen,
    stateKey,
    state,
    progress,
    dialog: dialogElements(screen),
    remaining: clause.words.filter((w) => !progress.consumed.has(w)),
    act,
    tried: (e: UiElement) =>
      state.tried.has(`${stateKey}|${e.signature}`) || (state.failedLabels.get(`${stateKey}|${e.label}`) ?? 0) >= 2,
    tap: (e: UiElement, reason: string, expected = `the screen for "${e.label}"`) => {
      state.tried.add(`${stateKey}|${e.signature}`);
      return act('tap', { element: e.id }, reason, expected, `${stateKey}|${e.label}`);
    },
    remember: (name: string, value: string) => {
      state.memory.set(name, value);
      state.lastFactValue = value;
      state.progress.answered = true;
    },
  };
}
