/**
 * The FSM's prediction (the one rule that reads what the FSM learnt): a
 * transition seen more often than it failed says where this action leads.
 * Coming true is success; landing elsewhere is a failure. `netCount` is read
 * before the step was observed, so the step does not vouch for itself.
 */
import { fail, success, type VerifyRule } from './VerifyRule.ts';

export const fsmPrediction: VerifyRule = {
  id: 'fsm-prediction',
  readsFsm: true,
  decide: (input) => {
    const fsm = input.fsm;
    const prediction = fsm?.after.prediction;
    if (!fsm || !prediction || (fsm.netCount ?? 1) < 1) return undefined;
    const seen = `seen ${prediction.transition.count}x`;
    if (fsm.after.unexpected)
      return fail(
        'fsm-prediction',
        `the FSM expected state ${prediction.target} (${seen}) but reached ${fsm.after.key} "${fsm.after.state.name}"`,
        'unexpected_state',
        { predicted: false },
      );
    return success('fsm-prediction', `reached "${fsm.after.state.name}" as the FSM predicted (${seen})`, {
      predicted: true,
    });
  },
};
