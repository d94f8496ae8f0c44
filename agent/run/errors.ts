/** Typed errors of a run's set-up and control. */
export class RunAbortedError extends Error {
  override readonly name = 'RunAbortedError';
  constructor() {
    super(
      'The run was aborted (its AbortSignal fired: a time limit or Ctrl-C). The trajectory holds every step taken so far.',
    );
  }
}

export class RunConfigError extends Error {
  override readonly name = 'RunConfigError';
}
