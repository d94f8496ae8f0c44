/**
 * Static checks on other-values variants against their originals, without a
 * device: each variant is a sound virtual-suite task on its own
 * (validateVirtualSuite), is named `<original>__other`, has one original in
 * the list and one variant per original, keeps everything but the values
 * (apps, category, difficulty, faults, start, and the seed unless a note
 * says why), reads as the original's words with its value swaps applied and
 * nothing else, and asks for something else: its predicate and reference
 * differ from the original's. Returns every problem; empty means sound.
 */
import type { BenchTask } from '../../types.ts';
import { otherValuesId, type OtherValuesTask, type ValueSwap } from './defineOtherValues.ts';
import { validateVirtualSuite, type SuiteProblem } from './validateSuite.ts';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The original instruction with every swap applied at once (longest value
 * first, so "$186.40" is one value and not a "4" inside it); null when a
 * value does not occur in it.
 */
export function applyValueSwaps(instruction: string, swaps: readonly ValueSwap[]): string | null {
  if (swaps.some(([from]) => !instruction.includes(from))) return null;
  const byLength = [...swaps].sort((a, b) => b[0].length - a[0].length);
  const pattern = new RegExp(byLength.map(([from]) => escapeRegExp(from)).join('|'), 'g');
  const to = new Map(swaps.map(([from, other]) => [from, other]));
  return instruction.replace(pattern, (m) => to.get(m)!);
}

function swapProblems(original: BenchTask, variant: OtherValuesTask): string[] {
  const problems: string[] = [];
  if (variant.values.length === 0) problems.push('no values swapped: a variant must change at least one value');
  for (const [from, other] of variant.values) {
    if (!from.trim() || !other.trim()) problems.push(`empty value in the swap "${from}" -> "${other}"`);
    else if (from === other) problems.push(`the swap "${from}" -> "${other}" changes nothing`);
    else if (!original.instruction.includes(from))
      problems.push(`"${from}" is not in the original instruction ("${original.instruction}")`);
  }
  const expected = applyValueSwaps(original.instruction, variant.values);
  if (expected !== null && expected !== variant.instruction)
    problems.push(
      `the instruction is not the original's words with the values swapped: expected "${expected}", got "${variant.instruction}"`,
    );
  return problems;
}

function settingProblems(original: BenchTask, variant: OtherValuesTask): string[] {
  const problems: string[] = [];
  const same = (what: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b))
      problems.push(`${what} ${JSON.stringify(b)} differs from the original's ${JSON.stringify(a)}`);
  };
  same('apps', original.apps, variant.apps);
  same('category', original.category, variant.category);
  same('difficulty', original.difficulty, variant.difficulty);
  same('fault profile', original.faultProfile, variant.faultProfile);
  same('launch', original.launch, variant.launch);
  if (variant.seed !== original.seed && !variant.seedNote)
    problems.push(`seed ${variant.seed} differs from the original's ${original.seed} and no seedNote says why`);
  if (JSON.stringify(variant.success) === JSON.stringify(original.success))
    problems.push("the success check is the original's: the new values must be what decides success");
  if (JSON.stringify(variant.reference) === JSON.stringify(original.reference))
    problems.push("the reference is the original's: it must act on the new values");
  return problems;
}

/** Problems of `variants` as other-values variants of `originals` (the suite tasks they were made from). */
export function validateOtherValues(
  originals: readonly BenchTask[],
  variants: readonly OtherValuesTask[],
): SuiteProblem[] {
  const problems: SuiteProblem[] = validateVirtualSuite(variants);
  const add = (taskId: string, problem: string): void => void problems.push({ taskId, problem });
  const byId = new Map(originals.map((t) => [t.id, t]));
  const served = new Map<string, string>();
  for (const v of variants) {
    if (v.id !== otherValuesId(v.learnedFrom))
      add(v.id, `id must be "${otherValuesId(v.learnedFrom)}" (the original's id and "__other")`);
    const original = byId.get(v.learnedFrom);
    if (!original) {
      add(v.id, `its original "${v.learnedFrom}" is not in the list of originals`);
      continue;
    }
    const earlier = served.get(original.id);
    if (earlier) add(v.id, `"${original.id}" already has a variant, ${earlier}`);
    served.set(original.id, v.id);
    for (const p of [...swapProblems(original, v), ...settingProblems(original, v)]) add(v.id, p);
  }
  for (const o of originals) if (!served.has(o.id)) add(o.id, 'has no other-values variant');
  return problems;
}
