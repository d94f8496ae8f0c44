/** Reading a stored skill back: a typed error names what is wrong instead of replaying garbage. */
import { parseAbstractAction } from '../AbstractAction.ts';
import { FsmFormatError } from '../errors.ts';
import { parseElementRef } from '../identity/elementRef.ts';
import type { Skill, SkillFactSource, SkillStep, SkillSubgoal } from './Skill.ts';

const KINDS = new Set(['money', 'time', 'date', 'phone', 'email', 'number', 'text']);

function obj(v: unknown, where: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new FsmFormatError('must be an object', where);
  return v as Record<string, unknown>;
}

function str(v: unknown, where: string): string {
  if (typeof v !== 'string') throw new FsmFormatError('must be a string', where);
  return v;
}

function optStr(v: unknown, where: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, where);
}

function source(v: unknown, where: string): SkillFactSource {
  const o = obj(v, where);
  if (!KINDS.has(o.kind as string)) throw new FsmFormatError(`unknown fact kind ${JSON.stringify(o.kind)}`, where);
  return {
    ref: parseElementRef(o.ref, `${where}.ref`),
    kind: o.kind as SkillFactSource['kind'],
    pick: Number(o.pick) || 0,
    of: Number(o.of) || 1,
  };
}

function step(v: unknown, where: string): SkillStep {
  const o = obj(v, where);
  const from = optStr(o.from, `${where}.from`);
  if (o.kind === 'read')
    return {
      kind: 'read',
      fact: str(o.fact, `${where}.fact`),
      source: source(o.source, `${where}.source`),
      ...(from ? { from } : {}),
    };
  if (o.kind !== 'act') throw new FsmFormatError(`unknown step kind ${JSON.stringify(o.kind)}`, where);
  const to = optStr(o.to, `${where}.to`);
  const row = o.row === undefined ? undefined : obj(o.row, `${where}.row`);
  const keys = o.keys === undefined ? undefined : obj(o.keys, `${where}.keys`);
  return {
    kind: 'act',
    action: parseAbstractAction(o.action, `${where}.action`),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(row
      ? {
          row: {
            slot: str(row.slot, `${where}.row.slot`),
            text: str(row.text, `${where}.row.text`),
            ...(row.contains === true ? { contains: true } : {}),
            ...(typeof row.template === 'string' ? { template: row.template } : {}),
          },
        }
      : {}),
    ...(keys
      ? { keys: { slot: str(keys.slot, `${where}.keys.slot`), typed: str(keys.typed, `${where}.keys.typed`) } }
      : {}),
    ...(typeof o.ask === 'string' ? { ask: o.ask } : {}),
  };
}

function subgoal(v: unknown, where: string): SkillSubgoal {
  const o = obj(v, where);
  const steps = Array.isArray(o.steps) ? o.steps.map((s, i) => step(s, `${where}.steps[${i}]`)) : [];
  const end = o.end === undefined ? undefined : obj(o.end, `${where}.end`);
  const state = end ? optStr(end.state, `${where}.end.state`) : undefined;
  const title = end ? optStr(end.title, `${where}.end.title`) : undefined;
  const label = optStr(o.label, `${where}.label`);
  return {
    app: str(o.app, `${where}.app`),
    ...(label ? { label } : {}),
    goal: str(o.goal, `${where}.goal`),
    steps,
    ...(end ? { end: { ...(state ? { state } : {}), ...(title !== undefined ? { title } : {}) } } : {}),
  };
}

/** The body of a stored skill (everything but the counts and times, which the store keeps in columns). */
export function parseSkillBody(
  value: unknown,
  where = 'skill',
): Omit<Skill, 'successes' | 'failures' | 'createdAt' | 'updatedAt'> {
  const o = obj(value, where);
  const slots = Array.isArray(o.slots)
    ? o.slots.map((s, i) => {
        const so = obj(s, `${where}.slots[${i}]`);
        return {
          name: str(so.name, `${where}.slots[${i}].name`),
          example: str(so.example, `${where}.slots[${i}].example`),
        };
      })
    : [];
  const answer = o.answer === undefined ? undefined : obj(o.answer, `${where}.answer`);
  return {
    id: str(o.id, `${where}.id`),
    template: str(o.template, `${where}.template`),
    slots,
    subgoals: Array.isArray(o.subgoals) ? o.subgoals.map((s, i) => subgoal(s, `${where}.subgoals[${i}]`)) : [],
    ...(answer
      ? {
          answer: {
            template: str(answer.template, `${where}.answer.template`),
            source: source(answer.source, `${where}.answer.source`),
          },
        }
      : {}),
    ...(o.answered === true ? { answered: true } : {}),
    identityVersion: Number(o.identityVersion) || 0,
  };
}
