/**
 * Where a rollback's relaunch plan goes: the state the fresh start landed on
 * and every state the plan expected on the way. While the phone is on one of
 * them, the known path goes on from there (also after a move that slipped
 * and left the phone where it was); off them, the rollback makes no forward
 * move. Before any relaunch there is no such path.
 */
import type { RecoveryPlan, StateKey } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';

export class RelaunchPath {
  private states: Set<StateKey> | undefined;
  /** A pop-up came with the fresh start and hid where it landed: that counts once the pop-up is cleared. */
  private landingHidden = false;

  /** The attempt starts the app fresh (once per attempt). */
  start(): void {
    this.states = new Set();
  }

  get started(): boolean {
    return this.states !== undefined;
  }

  /**
   * After a rollback move: its plan's states, and where a fresh start landed (`landed`: the state observed
   * after the move, undefined when a pop-up came with it). A fresh start lands on the entry, whatever was known.
   */
  moved(move: { action: Action; plan?: RecoveryPlan }, landed: StateKey | undefined): void {
    if (!this.states) return;
    if (move.plan?.strategy === 'relaunch') for (const key of move.plan.expected) this.states.add(key);
    if (move.action.type === 'open_app' && move.action.fresh) {
      this.landingHidden = landed === undefined;
      if (landed !== undefined) this.states.add(landed);
    }
  }

  /** Whether the phone, now in `current`, is on the path (call when planning the next rollback move). */
  holds(current: StateKey | undefined): boolean {
    if (!this.states || current === undefined) return false;
    if (this.landingHidden) this.states.add(current);
    this.landingHidden = false;
    return this.states.has(current);
  }
}
