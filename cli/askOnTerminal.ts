/**
 * `--confirm ask` on `maple run`: a sensitive act the task did not ask for
 * (send, pay, delete, reset, grant, share) waits for a y/N on the terminal.
 * Anything but y/yes is a no, so Enter alone refuses.
 */
import { createInterface } from 'node:readline/promises';
import type { ConfirmRequest } from '../agent/safety/index.ts';

export async function askOnTerminal(request: ConfirmRequest): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await rl.question(
      `\nThe agent wants to ${request.what}: a ${request.sensitive} your task did not ask for. Allow it? [y/N] `,
    );
    return /^(y|yes)$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
