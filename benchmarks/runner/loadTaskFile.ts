/**
 * `--suite file:<tasks.json>`: your own task list. The file holds a JSON
 * list of tasks (or `{ "tasks": [...] }`) in the BenchTask shape; only `id`,
 * `instruction` and `success` are required, the rest default to: suite
 * "custom", apps [], difficulty null, goldenSteps null (or the reference's
 * length), maxSteps max(10, 2 x goldenSteps + 1) as in the virtual suite
 * (none without golden steps: the agent's own limit), seed 1, faultProfile
 * "none", launch {mode:"home"}, crossApp (apps.length > 1). State
 * predicates are validated on load; so are `paraphrases` (other wordings
 * for `--variant paraphrase|all`) when given.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { validatePredicate } from '../predicate/parsePredicate.ts';
import { defaultMaxSteps } from '../stepBudget.ts';
import type { BenchTask, SuccessSpec, SuiteId } from '../types.ts';
import { BenchConfigError } from './errors.ts';
import { paraphraseProblems } from '../suites/paraphraseProblems.ts';

const SUITES: readonly SuiteId[] = ['virtual', 'spa-bench', 'mobile-eval-e', 'custom'];

function fail(file: string, where: string, what: string): never {
  throw new BenchConfigError(`${file}: ${where}: ${what}`);
}

function parseSuccess(v: unknown, file: string, where: string): SuccessSpec {
  if (typeof v !== 'object' || v === null) fail(file, where, '"success" must be an object with a "kind"');
  const s = v as Record<string, unknown>;
  switch (s['kind']) {
    case 'state':
      try {
        return { kind: 'state', predicate: validatePredicate(s['predicate']) };
      } catch (e) {
        fail(file, `${where}.success.predicate`, (e as Error).message);
      }
    // falls through (fail never returns)
    case 'spa-bench': {
      const kc = s['keyComponents'];
      if (kc !== null && !(Array.isArray(kc) && kc.every((x) => typeof x === 'string')))
        fail(file, where, 'spa-bench "keyComponents" must be a list of strings or null');
      return { kind: 'spa-bench', keyComponents: kc as string[] | null };
    }
    case 'rubric': {
      const r = s['rubrics'];
      if (!Array.isArray(r) || !r.every((x) => typeof x === 'string'))
        fail(file, where, '"rubrics" must be a list of strings');
      const threshold = s['threshold'] === undefined ? 1 : Number(s['threshold']);
      return { kind: 'rubric', rubrics: r as string[], threshold };
    }
    default:
      fail(file, where, `success.kind must be "state", "spa-bench" or "rubric", got ${JSON.stringify(s['kind'])}`);
  }
}

/** An optional whole-number field (`maxSteps`, `goldenSteps`): undefined when absent, an error naming it when not a whole number >= min. */
function wholeNumberField(
  t: Record<string, unknown>,
  key: string,
  min: number,
  file: string,
  where: string,
): number | undefined {
  const v = t[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    fail(file, `${where} (${String(t['id'])})`, `"${key}" must be a whole number >= ${min}, got ${JSON.stringify(v)}`);
  return v;
}

export function parseTaskList(json: unknown, file: string): BenchTask[] {
  const list = Array.isArray(json) ? json : (json as { tasks?: unknown } | null)?.tasks;
  if (!Array.isArray(list) || list.length === 0)
    fail(file, 'top level', 'expected a non-empty JSON list of tasks or {"tasks": [...]}');
  return list.map((raw, i) => {
    const where = `task ${i + 1}`;
    if (typeof raw !== 'object' || raw === null) fail(file, where, 'not an object');
    const t = raw as Record<string, unknown>;
    if (typeof t['id'] !== 'string' || !t['id']) fail(file, where, '"id" must be a non-empty string');
    if (typeof t['instruction'] !== 'string' || !t['instruction'])
      fail(file, `${where} (${t['id']})`, '"instruction" must be a non-empty string');
    const suite = (t['suite'] ?? 'custom') as SuiteId;
    if (!SUITES.includes(suite)) fail(file, where, `"suite" must be one of ${SUITES.join(', ')}`);
    const apps = (t['apps'] ?? []) as string[];
    if (t['paraphrases'] !== undefined) {
      const problems = paraphraseProblems(t['instruction'], t['paraphrases']);
      if (problems.length) fail(file, `${where} (${t['id']})`, problems.join('; '));
    }
    const reference = t['reference'] as BenchTask['reference'];
    if (reference !== undefined && !Array.isArray(reference))
      fail(file, where, '"reference" must be a list of script steps');
    const goldenSteps =
      wholeNumberField(t, 'goldenSteps', 0, file, where) ??
      (reference ? reference.filter((s) => s.do !== 'answer' && s.do !== 'wait').length : null);
    const maxSteps =
      wholeNumberField(t, 'maxSteps', 1, file, where) ??
      (goldenSteps !== null ? defaultMaxSteps(goldenSteps) : undefined);
    const task: BenchTask = {
      ...(t as Partial<BenchTask>),
      id: t['id'],
      suite,
      instruction: t['instruction'],
      apps,
      difficulty: (t['difficulty'] ?? null) as BenchTask['difficulty'],
      goldenSteps,
      ...(maxSteps !== undefined ? { maxSteps } : {}),
      seed: t['seed'] === undefined ? 1 : (t['seed'] as number | null),
      faultProfile: (t['faultProfile'] as string | undefined) ?? 'none',
      launch: (t['launch'] as BenchTask['launch'] | undefined) ?? { mode: 'home' },
      success: parseSuccess(t['success'], file, where),
      crossApp: (t['crossApp'] as boolean | undefined) ?? apps.length > 1,
    };
    return task;
  });
}

export async function loadTaskFile(file: string): Promise<BenchTask[]> {
  const full = path.resolve(file);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (e) {
    throw new BenchConfigError(`--suite file:${file}: cannot read ${full}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new BenchConfigError(`--suite file:${file}: not JSON: ${(e as Error).message}`);
  }
  return parseTaskList(json, full);
}
