/**
 * The structural identity of an observed screen (title, state key; see
 * fsm/identity). It is perception, not the FSM's memory: the verifier's
 * rules and the FSM-free undo read it in both arms of the ablation.
 * Memoised per Screen, since several readers ask for it.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import { stateKey, type StateKeyResult } from '../../fsm/index.ts';
import type { Perception } from './Perception.ts';

const identities = new WeakMap<Screen, StateKeyResult>();

export function screenIdentity(p: Perception): StateKeyResult {
  let id = identities.get(p.screen);
  if (!id) {
    id = stateKey(p.screen);
    identities.set(p.screen, id);
  }
  return id;
}
