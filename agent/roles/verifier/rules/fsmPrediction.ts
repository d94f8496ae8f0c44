/**
 * The FSM's prediction (the one rule that reads what the FSM learnt): a
 * transition seen more often than it failed says where this action leads.
 * Coming true is success; landing elsewhere is a failure, but only for
 * actions whose outcome belongs to the screen they are taken on (a tap, a
 * typed search) and only once seen at least twice: where Back, Home, an app
 * launch, a launcher icon or a button that closes its screen (Send, Save)
 * lead depends on what came before, so another outcome there proves nothing.
 * `netCount` is read before the step was observed, so the step does not
 * vouch for itself.
 */
import { isLauncherPackage } from '../../../../drivers/screen/index.ts';
import { targetOf } from './screenFacts.ts';
import { fail, success, type VerifyRule } from './VerifyRule.ts';

const DEPENDS_ON_HISTORY = new Set(['back', 'home', 'open_app', 'switch_app', 'swipe']);
/**
 * Buttons that close the screen they are on (Send, Save, Done, Navigate up) go back to wherever it was
 * opened from: a forward sent from an opened mail returns to that mail, a new mail's Send to the inbox.
 */
const CLOSES_SCREEN =
  /^(send|save|done|ok|cancel|close|discard|delete|confirm|apply|submit|post|update|navigate up|back|up)\b/i;

export const fsmPrediction: VerifyRule = {
  id: 'fsm-prediction',
  readsFsm: true,
  decide: (input) => {
    const fsm = input.fsm;
    const prediction = fsm?.after.prediction;
    if (!fsm || !prediction || (fsm.netCount ?? 1) < 1) return undefined;
    const seen = `seen ${prediction.transition.count}x`;
    if (fsm.after.unexpected) {
      // One sighting is an anecdote (a cart that had an item shows a list, an empty one a message).
      const target = targetOf(input);
      const closes = target !== undefined && CLOSES_SCREEN.test((target.label || target.contentDesc).trim());
      if (
        DEPENDS_ON_HISTORY.has(input.action.type) ||
        closes ||
        isLauncherPackage(input.before.screen.foregroundPackage) ||
        prediction.transition.count < 2
      )
        return undefined;
      return fail(
        'fsm-prediction',
        `the FSM expected state ${prediction.target} (${seen}) but reached ${fsm.after.key} "${fsm.after.state.name}"`,
        'unexpected_state',
        { predicted: false },
      );
    }
    return success('fsm-prediction', `reached "${fsm.after.state.name}" as the FSM predicted (${seen})`, {
      predicted: true,
    });
  },
};
