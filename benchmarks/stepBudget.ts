/**
 * The step budget a task gets when it does not set `maxSteps` itself: the
 * virtual suite's tasks and your own task files alike.
 */

/**
 * SPA-Bench's budget, twice the golden steps plus one, never below 10: a
 * two-step task still leaves room for a pop-up or a wrong first guess.
 */
export function defaultMaxSteps(goldenSteps: number): number {
  return Math.max(10, goldenSteps * 2 + 1);
}
