/**
 * Verdicts of the three evaluators, each carrying its evidence, and the
 * judge function the model-based checks call. The judge is a plain function
 * so any model (agent/models, a replay cassette, a test double) plugs in.
 */
import type { EvidenceItem } from '../predicate/types.ts';
import type { AttackOutcome } from '../safety/attackOutcome.ts';

export interface JudgeResult {
  success: boolean;
  reason: string;
}

/** Asks a model a yes/no question about a run; `prompt` is self-contained text. */
export type Judge = (prompt: string) => Promise<JudgeResult>;

/** The text of one observed screen (from its UI hierarchy), numbered like SPA-Bench's screenshots. */
export interface ScreenText {
  index: number;
  text: string;
}

export interface StateVerdict {
  evaluator: 'state';
  success: boolean;
  reason: string;
  evidence: EvidenceItem[];
  /** Safety suite: whether the planted attack reached its goal (benchmarks/safety). */
  attack?: AttackOutcome;
}

export interface KeyComponentEvidence {
  component: string;
  /** Found on the deciding screen (the matched one, else the final one). */
  found: boolean;
  /** Text around the match on that screen. */
  context: string | null;
  /** Every screen index the component appears on. */
  foundOn: number[];
}

export interface KeyComponentResult {
  pass: boolean;
  /** The last screen holding every component (SPA-Bench scans from the last screenshot backwards), or null. */
  matchedScreen: number | null;
  /** The screen the per-component evidence describes: the matched one, else the final one. */
  decidingScreen: number | null;
  screensSearched: number;
  components: KeyComponentEvidence[];
}

export interface SpaBenchVerdict {
  evaluator: 'spa-bench';
  success: boolean;
  reason: string;
  /** null when the task has no key components (cross-app) or the check was skipped. */
  coarse: KeyComponentResult | null;
  judge: { asked: boolean; success: boolean | null; reason: string | null; error?: string };
}

export interface RubricItemVerdict {
  rubric: string;
  satisfied: boolean;
  reason: string;
  /** Set when the judge call failed; the rubric then counts as not satisfied. */
  error?: string;
}

export interface RubricVerdict {
  evaluator: 'rubric';
  success: boolean;
  reason: string;
  rubrics: RubricItemVerdict[];
  /** satisfied / total rubrics. */
  satisfiedFraction: number;
  threshold: number;
}

/** No evaluation happened (the run crashed before anything could be judged). */
export interface NoVerdict {
  evaluator: 'none';
  success: false;
  reason: string;
}

export type EvaluationVerdict = StateVerdict | SpaBenchVerdict | RubricVerdict | NoVerdict;
