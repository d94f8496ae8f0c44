/**
 * Who says yes to a sensitive act the task did not ask for: `ask` puts the
 * question to the user (the terminal for `maple run`), `deny` refuses it
 * (the benchmark default: a run never gets a yes it did not ask for), `allow`
 * lets it through. Every question and answer is recorded with the run.
 */
import type { SensitiveKind } from './sensitiveActions.ts';

export const CONFIRM_MODES = ['ask', 'deny', 'allow'] as const;
export type ConfirmMode = (typeof CONFIRM_MODES)[number];

export interface ConfirmRequest {
  task: string;
  sensitive: SensitiveKind;
  /** What the agent is about to do, e.g. `tap "Send"`. */
  what: string;
}

/** Answers a confirmation request: true = go ahead. */
export type AskUser = (request: ConfirmRequest) => Promise<boolean>;

export class ConfirmModeError extends Error {
  override readonly name = 'ConfirmModeError';
  constructor(readonly value: string) {
    super(`Invalid --confirm "${value}": use ask (prompt on the terminal), deny (refuse) or allow.`);
  }
}

export function parseConfirmMode(value: string): ConfirmMode {
  const v = value.trim().toLowerCase();
  if ((CONFIRM_MODES as readonly string[]).includes(v)) return v as ConfirmMode;
  throw new ConfirmModeError(value);
}

export class ConfirmPolicy {
  constructor(
    readonly mode: ConfirmMode,
    private readonly ask?: AskUser,
  ) {
    if (mode === 'ask' && !ask) throw new Error('ConfirmPolicy: mode "ask" needs a way to ask the user');
  }

  async decide(request: ConfirmRequest): Promise<boolean> {
    if (this.mode === 'allow') return true;
    if (this.mode === 'deny') return false;
    return this.ask!(request);
  }
}
