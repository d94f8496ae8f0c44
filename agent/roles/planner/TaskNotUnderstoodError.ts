/** The task cannot be read as a request: the run ends at once (reason `not_understood`, exit 2), nothing is learnt. */
export class TaskNotUnderstoodError extends Error {
  override readonly name = 'TaskNotUnderstoodError';
  constructor(readonly why: string) {
    super(`I do not understand this task: ${why}. Say what to do, in which app, and with whom or what.`);
  }
}
