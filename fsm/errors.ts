/**
 * Typed errors of the FSM layer. Each says what was wrong and what to do, so a
 * CLI user or the agent loop can act on it without reading a stack trace.
 */

/** A graph, machine config or import file does not have the shape we expect. */
export class FsmFormatError extends Error {
  override name = 'FsmFormatError';
  constructor(
    message: string,
    readonly source?: string,
  ) {
    super(source ? `${message} (in ${source})` : message);
  }
}

/** A caller asked for something the graph does not know (unknown state, unknown app). */
export class FsmLookupError extends Error {
  override name = 'FsmLookupError';
}
