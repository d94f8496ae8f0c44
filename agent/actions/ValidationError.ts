/**
 * A proposed action (or any structured model output) that does not fit its
 * schema. The message is written to be fed back to a model verbatim, so it
 * says what was wrong and what is accepted, path by path.
 */
export interface ValidationIssue {
  /** Dotted path into the input ("from.x"), empty for the whole input. */
  path: string;
  message: string;
}

export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly toolName: string;
  readonly input: unknown;
  readonly issues: ValidationIssue[];

  constructor(toolName: string, input: unknown, issues: ValidationIssue[]) {
    const detail = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    super(`Invalid input for "${toolName}": ${detail}`);
    this.toolName = toolName;
    this.input = input;
    this.issues = issues;
  }
}
