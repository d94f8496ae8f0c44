/**
 * `--model-timeout <seconds>`: how long an `exec:` model may take over one
 * call. A local model on a small machine, or a person answering through a
 * bridge, needs more than the default; the flag says so for one run or
 * bench without touching the spec. It applies to exec models only (directly
 * or inside `record:`): the Anthropic client has its own retry policy, and a
 * flag that silently did nothing would mislead.
 */
import type { CreateModelOptions } from './createModel.ts';
import { ModelTimeoutOptionError } from './errors.ts';

/** An exec model's per-call limit when nothing else is said. */
export const DEFAULT_EXEC_TIMEOUT_MS = 120_000;

/** True when the spec runs an `exec:` model, directly or as the inner model of `record:<file>:<spec>`. */
export function runsExecModel(spec: string): boolean {
  const t = spec.trim();
  if (t.startsWith('exec:')) return true;
  if (!t.startsWith('record:')) return false;
  const rest = t.slice('record:'.length);
  const sep = rest.indexOf(':');
  return sep > 0 && runsExecModel(rest.slice(sep + 1));
}

/**
 * The createModel options a `--model-timeout` value gives the model `spec`:
 * none when the flag is absent. Throws ModelTimeoutOptionError for a value
 * that is not a number of seconds > 0, or a spec without an exec model.
 */
export function modelTimeoutOptions(spec: string, seconds: string | number | undefined): CreateModelOptions {
  if (seconds === undefined) return {};
  const n = typeof seconds === 'number' ? seconds : Number(seconds.trim() === '' ? NaN : seconds);
  if (!Number.isFinite(n) || n <= 0)
    throw new ModelTimeoutOptionError(`--model-timeout must be a number of seconds > 0, got "${seconds}"`);
  if (!runsExecModel(spec))
    throw new ModelTimeoutOptionError(
      `--model-timeout applies to exec: models (--model exec:<command>, or record:<file>:exec:<command>); --model is "${spec}"`,
    );
  return { exec: { timeoutMs: Math.round(n * 1000) } };
}
