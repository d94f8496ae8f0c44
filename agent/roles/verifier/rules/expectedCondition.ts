/**
 * The action's own stated outcome (`expected: {visible, absent}`), matched as
 * whole labels (labelMatch). It decides only when sure: every expected label
 * shows and one of them came with the action (labels that showed already prove
 * nothing, so the rule stands aside), or a label expected gone is still the
 * screen's or dialog's title.
 * A label that does not show may be below the fold or worded otherwise than
 * the app words it, so that is left undecided (the model verifier looks).
 */
import { mayHideContent } from '../../executor/scrollPosition.ts';
import { normLabel, showsLabel } from '../labelMatch.ts';
import { identityOf } from './screenFacts.ts';
import { fail, success, undecided, type VerifyRule } from './VerifyRule.ts';

const quoteAll = (labels: string[]) => labels.map((l) => `"${l}"`).join(', ');

export const expectedCondition: VerifyRule = {
  id: 'expected',
  readsFsm: false,
  decide: (input) => {
    const expected = input.action.expected;
    const visible = expected?.visible ?? [];
    const absent = expected?.absent ?? [];
    if (visible.length === 0 && absent.length === 0) return undefined;
    const after = input.after.screen;
    const titlesOf = (p: typeof input.after) => {
      const identity = identityOf(p);
      return [identity.title, identity.dialogTitle ?? ''].map(normLabel).filter(Boolean);
    };
    // Still up: the title of the screen or dialog the action was to close. A button whose label names the screen
    // it opens ("Create contact" -> the editor titled so) did its job.
    const [titlesAfter, titlesBefore] = [titlesOf(input.after), titlesOf(input.before)];
    const stillUp = absent.filter((l) => titlesAfter.includes(normLabel(l)) && titlesBefore.includes(normLabel(l)));
    if (stillUp.length > 0)
      return fail(
        'expected',
        `expected ${quoteAll(stillUp)} to be gone, but it is still the screen's title`,
        'expectation',
      );
    const present = absent.filter((l) => showsLabel(after, l) === 'exact');
    const missing = visible.filter((l) => showsLabel(after, l) === 'none');
    if (missing.length === 0 && present.length === 0) {
      // Labels that already showed before the action say nothing about what it did: not evidence either way.
      const before = input.before.screen;
      const unchanged =
        visible.every((l) => showsLabel(before, l) !== 'none') && absent.every((l) => showsLabel(before, l) === 'none');
      return unchanged ? undefined : success('expected', 'the expected post-condition holds');
    }
    const parts = [
      missing.length > 0
        ? `${quoteAll(missing)} not on the visible screen${mayHideContent(after) ? ' (it may be below the fold)' : ''}`
        : '',
      present.length > 0 ? `${quoteAll(present)} still shows` : '',
    ].filter(Boolean);
    return undecided('expected', `the expected post-condition is not confirmed: ${parts.join('; ')}`);
  },
};
