/**
 * What the device itself says about a step: the action could not run, an
 * interruption is still in the way, the app crashed or closed, the action
 * needs no visible change, nothing changed at all.
 */
import { isLauncherPackage } from '../../../../drivers/screen/index.ts';
import type { FailureCause } from '../../types.ts';
import { plainError } from '../../../run/plainError.ts';
import { findInterruption } from '../interruptions.ts';
import { CONFIRMATION } from './appFeedback.ts';
import { contentFingerprint, newMessages } from './screenFacts.ts';
import { fail, success, type VerifyRule } from './VerifyRule.ts';

/** The device refused the action: what it said, as one plain sentence. */
export const actionError: VerifyRule = {
  id: 'action-error',
  readsFsm: false,
  decide: (input) =>
    input.error
      ? fail('action-error', `the action could not be carried out: ${plainError(input.error)}`, 'error')
      : undefined,
};

/** An interruption that arrived with the step and could not be cleared before judging it. */
export const interruptionLeft: VerifyRule = {
  id: 'interruption',
  readsFsm: false,
  decide: (input) => {
    const was = findInterruption(input.before.screen);
    const now = findInterruption(input.after.screen);
    if (!now || (was && was.kind === now.kind && was.title === now.title)) return undefined;
    const cause: FailureCause = now.kind === 'popup' ? 'popup' : now.kind;
    return fail(
      'interruption',
      now.kind === 'loading' ? 'the screen is still loading' : `an interruption is in the way: "${now.title}"`,
      cause,
    );
  },
};

/** The app crashed on the way (its "keeps stopping" dialog was cleared): whatever the step did is gone. */
export const appCrashed: VerifyRule = {
  id: 'app-crashed',
  readsFsm: false,
  decide: (input) => {
    const crash = input.settled?.interruptions.find((i) => i.kind === 'crash');
    return crash ? fail('app-crashed', `the app crashed ("${crash.title}")`, 'crash') : undefined;
  },
};

const LEAVES_APP = new Set(['home', 'back', 'open_app', 'switch_app', 'finish']);

/** A tap that ended on the launcher closed the app. */
export const leftApp: VerifyRule = {
  id: 'left-app',
  readsFsm: false,
  decide: (input) => {
    const left =
      isLauncherPackage(input.after.screen.foregroundPackage) &&
      !isLauncherPackage(input.before.screen.foregroundPackage);
    return left && !LEAVES_APP.has(input.action.type)
      ? fail('left-app', `the app closed: ${input.action.type} landed on the launcher`, 'launcher')
      : undefined;
  },
};

const NO_SCREEN_EFFECT = new Set(['wait', 'copy', 'finish']);

export const noScreenEffect: VerifyRule = {
  id: 'no-screen-effect',
  readsFsm: false,
  decide: (input) =>
    NO_SCREEN_EFFECT.has(input.action.type)
      ? success('no-screen-effect', `${input.action.type} needs no visible change`)
      : undefined,
};

const CONFIRMS = new RegExp(CONFIRMATION.source, 'i');

/**
 * The screen looks the same (toasts aside): the step had no effect, unless
 * the app confirmed something ("Saved"), which the app-confirmed rule reads.
 * A toast that only explains ("Search your files from a category") is no effect.
 */
export const unchanged: VerifyRule = {
  id: 'unchanged',
  readsFsm: false,
  decide: (input) => {
    if (contentFingerprint(input.after) !== contentFingerprint(input.before)) return undefined;
    const said = newMessages(input.before.screen, input.after.screen);
    if (said.some((m) => CONFIRMS.test(m))) return undefined;
    const reason =
      said.length > 0 ? `the screen did not change; the app only said "${said[0]}"` : 'the screen did not change';
    return { verdict: 'no_change', reason, by: 'rules', rule: 'unchanged' };
  },
};
