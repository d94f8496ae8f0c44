/** Maps an error that escaped a role to the run's termination reason. */
import type { Termination } from './types.ts';
import { redactSecrets } from '../trajectory/redactSecrets.ts';

const MODEL_ERRORS = new Set([
  'ModelApiError',
  'CassetteMissError',
  'CassetteError',
  'ExecModelError',
  'ScriptExhaustedError',
  'MissingApiKeyError',
  'ModelOutputError',
]);
const DEVICE_ERRORS = new Set(['DeviceActionError', 'PageSourceError']);

export function terminationFromError(error: unknown): Termination {
  const e = error instanceof Error ? error : new Error(String(error));
  const detail = redactSecrets(`${e.name}: ${e.message}`);
  if (e.name === 'UserInterrupt' || (e as { interrupted?: unknown }).interrupted === true)
    return { reason: 'interrupted', detail, success: false };
  if (e.name === 'AbortError' || e.name === 'RunAbortedError') return { reason: 'timeout', detail, success: false };
  if (e.name === 'TaskNotUnderstoodError') return { reason: 'not_understood', detail: e.message, success: false };
  if (MODEL_ERRORS.has(e.name)) return { reason: 'model_error', detail, success: false };
  if (DEVICE_ERRORS.has(e.name)) return { reason: 'device_error', detail, success: false };
  return { reason: 'unexpected_error', detail, success: false };
}
