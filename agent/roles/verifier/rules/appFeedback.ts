/**
 * What the app itself says after a step: a toast or snackbar that appeared
 * with it ("Event saved", "Message sent", "Couldn't send"). A complaint fails
 * the step; a confirmation is evidence that it worked when nothing else
 * decided.
 */
import { newMessages } from './screenFacts.ts';
import { fail, success, type VerifyRule } from './VerifyRule.ts';

const NEGATIVE =
  /\b(error|failed|couldn.?t|could not|can.?t|cannot|unable|invalid|is required|not allowed|try again|not saved|not sent)\b/i;
export const CONFIRMATION =
  /\b(saved|sent|added|created|deleted|removed|updated|copied|archived|moved|renamed|scheduled|set for|starred|pinned|unpinned|connected|paired|booked|ordered|placed|cleared|turned (?:on|off)|enabled|disabled|bookmarked)\b/i;

export const appComplained: VerifyRule = {
  id: 'app-complained',
  readsFsm: false,
  decide: (input) => {
    const bad = newMessages(input.before.screen, input.after.screen).find((m) => NEGATIVE.test(m));
    return bad ? fail('app-complained', `the app says "${bad}"`, 'rejected') : undefined;
  },
};

export const appConfirmed: VerifyRule = {
  id: 'app-confirmed',
  readsFsm: false,
  settlesDoubt: true,
  decide: (input) => {
    const good = newMessages(input.before.screen, input.after.screen).find((m) => CONFIRMATION.test(m));
    return good ? success('app-confirmed', `the app confirms: "${good}"`) : undefined;
  },
};
