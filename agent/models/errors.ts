/**
 * Typed errors of the model layer. Each says what went wrong and what to do.
 * Messages pass through redactSecrets, so no key can leak through them.
 */
import { redactSecrets } from './redactSecrets.ts';
import type { ModelResult } from './types.ts';

export class MissingApiKeyError extends Error {
  override readonly name = 'MissingApiKeyError';
  constructor() {
    super(
      'ANTHROPIC_API_KEY is not set. Export it in the environment to use the "anthropic" model, ' +
        'or run with --model offline (no model) or --model replay:<cassette.jsonl>.',
    );
  }
}

export class ModelSpecError extends Error {
  override readonly name = 'ModelSpecError';
  readonly spec: string;
  constructor(spec: string, reason: string) {
    super(
      redactSecrets(
        `Invalid model spec "${spec}": ${reason}. Use one of: anthropic, anthropic:<model>, replay:<file>, ` +
          'record:<file>:<inner spec>, exec:<command>, offline.',
      ),
    );
    this.spec = spec;
  }
}

/** `--model-timeout` was given a bad value, or a model it does not apply to. */
export class ModelTimeoutOptionError extends Error {
  override readonly name = 'ModelTimeoutOptionError';
  constructor(message: string) {
    super(`${message}.`);
  }
}

/** The API (or a stand-in) answered with an error we do not or no longer retry. */
export class ModelApiError extends Error {
  override readonly name = 'ModelApiError';
  /** HTTP status, undefined for connection errors. */
  readonly status: number | undefined;
  /** The API's error type, e.g. "rate_limit_error", "overloaded_error". */
  readonly type: string | undefined;
  readonly attempts: number;
  readonly retryable: boolean;
  constructor(args: {
    status: number | undefined;
    type: string | undefined;
    message: string;
    attempts: number;
    retryable: boolean;
  }) {
    const hint =
      args.status === 401
        ? ' Check ANTHROPIC_API_KEY.'
        : args.retryable
          ? ' Retries exhausted; try again later or raise --model retry settings.'
          : '';
    super(
      redactSecrets(
        `Model API error${args.status ? ` ${args.status}` : ''}${args.type ? ` (${args.type})` : ''} after ${args.attempts} attempt(s): ${args.message}.${hint}`,
      ),
    );
    this.status = args.status;
    this.type = args.type;
    this.attempts = args.attempts;
    this.retryable = args.retryable;
  }
}

/**
 * The model's answer did not fit the required tool schema, even after the
 * retry that fed the validation error back. The step fails; the run goes on.
 */
export class ModelOutputError extends Error {
  override readonly name = 'ModelOutputError';
  /** The last problem found, as it was (or would have been) fed back to the model. */
  readonly problem: string;
  readonly attempts: number;
  /** Every result received, so callers can still count tokens and cost. */
  readonly results: ModelResult[];
  constructor(problem: string, attempts: number, results: ModelResult[]) {
    super(redactSecrets(`Model output invalid after ${attempts} attempt(s): ${problem}`));
    this.problem = problem;
    this.attempts = attempts;
    this.results = results;
  }
}

export class CassetteMissError extends Error {
  override readonly name = 'CassetteMissError';
  readonly hash: string;
  readonly file: string;
  constructor(hash: string, file: string, role: string) {
    super(
      `No recorded answer for request ${hash} (role "${role}") in cassette ${file}. ` +
        `The request changed since recording: re-record with --model record:${file}:anthropic (or another inner model).`,
    );
    this.hash = hash;
    this.file = file;
  }
}

export class CassetteError extends Error {
  override readonly name = 'CassetteError';
  readonly file: string;
  constructor(file: string, reason: string) {
    super(redactSecrets(`Cassette ${file}: ${reason}`));
    this.file = file;
  }
}

export class ExecModelError extends Error {
  override readonly name = 'ExecModelError';
  readonly command: string;
  constructor(command: string, reason: string) {
    super(redactSecrets(`exec model "${command}": ${reason}. See docs/models.md for the JSON-lines protocol.`));
    this.command = command;
  }
}

export class ScriptExhaustedError extends Error {
  override readonly name = 'ScriptExhaustedError';
  constructor(calls: number) {
    super(`Scripted model has no answer for call ${calls}: add more replies to the script.`);
  }
}
