/** Typed errors of a run's set-up and control. */

/** The abort reason `maple run` gives the run's signal on Ctrl-C: the run then ends `interrupted`, not `timeout`. */
export class UserInterrupt extends Error {
  override readonly name = 'UserInterrupt';
  constructor() {
    super('interrupted by the user (Ctrl-C)');
  }
}

export class RunAbortedError extends Error {
  override readonly name = 'RunAbortedError';
  /** True when the user stopped the run (the signal's reason is a UserInterrupt), false for a time limit. */
  readonly interrupted: boolean;
  constructor(reason?: unknown) {
    const interrupted = reason instanceof UserInterrupt;
    super(
      interrupted
        ? 'The run was stopped by the user (Ctrl-C). The trajectory holds every step taken so far.'
        : 'The run was aborted (its AbortSignal fired: a time limit). The trajectory holds every step taken so far.',
    );
    this.interrupted = interrupted;
  }
}

export class RunConfigError extends Error {
  override readonly name = 'RunConfigError';
}
