/**
 * Learning a skill from a verified run: the instruction becomes a template
 * (its values used by the steps become slots), each completed subgoal keeps
 * its steps (typed values as slot placeholders, rows chosen by a value
 * marked so a replay can look for another), the facts it read and where,
 * and the screen it ended on; the answer keeps where it was read. A subgoal
 * whose facts were not read off the screen (a model worked them out) cannot
 * be replayed without a model: such a run teaches no skill.
 */
import { createHash } from 'node:crypto';
import {
  IDENTITY_VERSION,
  type SkillBody,
  type SkillFactSource,
  type SkillStep,
  type SkillSubgoal,
} from '../../fsm/index.ts';
import { abstractSlots, makeTemplate, numberValues, sharedRuns } from './slots.ts';

export interface LearnedSubgoal {
  goal: string;
  /** Launcher label of the app the planner named, when it named one. */
  label?: string;
  /** Package the subgoal ended in. */
  app: string;
  steps: SkillStep[];
  end?: { state?: string; title?: string };
  /** Facts the executor reported that no element on screen showed. */
  unreadFacts: string[];
}

export interface LearnInput {
  instruction: string;
  subgoals: LearnedSubgoal[];
  answer?: { template: string; source: SkillFactSource };
}

/** Values a step took from the instruction: a typed text's runs, a chosen row's texts. */
function stepValues(step: SkillStep, instruction: string): string[] {
  if (step.kind !== 'act') return [];
  const a = step.action;
  const typed =
    a.text !== undefined
      ? [...sharedRuns(a.text.replace(/\{memory:[^}]+\}/g, ' '), instruction), ...numberValues(a.text, instruction)]
      : [];
  const row = (a.ref?.row?.fields ?? [])
    .map((f) => f.text)
    .filter((t) => t.trim().length > 1 && sharedRuns(t, instruction).join(' ') === t.trim());
  return [...typed, ...row];
}

function idOf(template: string, apps: string[]): string {
  return createHash('sha1')
    .update(`${template}\n${apps.join(',')}`)
    .digest('hex')
    .slice(0, 16);
}

export function learnSkill(input: LearnInput): SkillBody | undefined {
  const { instruction } = input;
  const acting = input.subgoals.filter((s) => s.steps.length > 0);
  if (acting.length === 0 || input.subgoals.some((s) => s.unreadFacts.length > 0)) return undefined;
  const values = input.subgoals.flatMap((s) => s.steps.flatMap((st) => stepValues(st, instruction)));
  const { template, slots } = makeTemplate(instruction, values);
  const withSlots = (text: string) => abstractSlots(text, slots);
  const subgoals: SkillSubgoal[] = input.subgoals.map((s) => ({
    app: s.app,
    ...(s.label ? { label: s.label } : {}),
    goal: withSlots(s.goal).replace(/\{slot:(s\d+)\}/g, '{$1}'),
    steps: s.steps.map((step): SkillStep => {
      if (step.kind !== 'act') return step;
      const action =
        step.action.text !== undefined ? { ...step.action, text: withSlots(step.action.text) } : step.action;
      const field = step.action.ref?.row?.fields.find((f) =>
        slots.some((sl) => sl.example.toLowerCase() === f.text.trim().toLowerCase()),
      );
      const slot = field ? slots.find((sl) => sl.example.toLowerCase() === field.text.trim().toLowerCase()) : undefined;
      return { ...step, action, ...(slot && field ? { row: { slot: slot.name, text: field.text } } : {}) };
    }),
    ...(s.end ? { end: s.end } : {}),
  }));
  return {
    id: idOf(
      template,
      input.subgoals.map((s) => s.app),
    ),
    template,
    slots,
    subgoals,
    ...(input.answer ? { answer: input.answer } : {}),
    identityVersion: IDENTITY_VERSION,
  };
}
