/** Runs the statechart to its end and returns the final context. */
import { createActor, toPromise } from 'xstate';
import type { Limits } from './stopRules.ts';
import { runMachine, type LoopContext } from './runMachine.ts';
import type { LoopDriver } from './types.ts';

export interface LoopResult {
  context: LoopContext;
  finalState: 'done' | 'failed';
  /** Every state the machine passed through, in order (for tests and the trajectory). */
  states: string[];
}

export async function runLoop(driver: LoopDriver, limits: Partial<Limits> = {}): Promise<LoopResult> {
  const actor = createActor(runMachine, { input: { driver, limits } });
  const states: string[] = [];
  actor.subscribe((snapshot) => {
    const v = String(snapshot.value);
    if (states[states.length - 1] !== v) states.push(v);
  });
  actor.start();
  await toPromise(actor).catch(() => undefined);
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status === 'error') throw snapshot.error;
  return { context: snapshot.context, finalState: snapshot.value === 'done' ? 'done' : 'failed', states };
}
