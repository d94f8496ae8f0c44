/** Typed errors of the benchmark runner: each says what was wrong and what to do. */

/** Bad runner options or CLI flags. */
export class BenchConfigError extends Error {
  override readonly name = 'BenchConfigError';
}

/** The agent's run function (agent/index.ts `runTask`) or the virtual suite is not there yet. */
export class NotBuiltError extends Error {
  override readonly name = 'NotBuiltError';
}

/** Tasks need apps the chosen device does not have (SPA-Bench or Mobile-Eval-E on the virtual device). */
export class MissingAppsError extends Error {
  override readonly name = 'MissingAppsError';
  constructor(
    message: string,
    /** Task id -> apps it needs that the device lacks. */
    readonly missing: ReadonlyMap<string, readonly string[]>,
  ) {
    super(message);
  }
}

/** A run exceeded its wall-clock limit. */
export class TaskTimeoutError extends Error {
  override readonly name = 'TaskTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`the task did not finish within ${timeoutMs} ms (raise --timeout)`);
  }
}

/**
 * The device source as a whole stopped answering (the Selenium Grid hub or
 * the Appium server is gone). The suite run stopped cleanly: finished runs are
 * in results.jsonl, the ones cut short are not, so rerunning the same command
 * once the source is back resumes where it stopped.
 */
export class DeviceSourceDownError extends Error {
  override readonly name = 'DeviceSourceDownError';
  constructor(
    readonly reason: string,
    /** Runs recorded by this invocation, and runs left for a resume. */
    readonly done: number,
    readonly left: number,
  ) {
    super(
      `the devices stopped answering (${reason}); ${done} run(s) recorded, ${left} left. ` +
        'Bring the Grid / Appium server back and run the same command again to resume.',
    );
  }
}
