/**
 * Ctrl-C during a run: the first one aborts the run's signal with a
 * UserInterrupt, so the run stops after the step in progress, keeps its
 * trajectory and ends `interrupted` (exit code 130); a second one quits at once.
 */
import { UserInterrupt } from '../agent/run/errors.ts';

export interface CtrlC {
  signal: AbortSignal;
  /** Stops listening (the run is over). */
  dispose(): void;
}

export function stopOnCtrlC(notice: string): CtrlC {
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write(`\n${notice}\n`);
    controller.abort(new UserInterrupt());
  };
  process.on('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.off('SIGINT', onSigint) };
}
