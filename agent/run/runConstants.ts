import type { FailureCause } from '../roles/types.ts';

/** Failure causes recovery can deal with without the FSM: something on screen to clear. */
export const INTERRUPTION_CAUSES = new Set<FailureCause>(['popup', 'network', 'loading']);

/**
 * Failures that say the step's outcome was not proven or not what was asked,
 * not that it went somewhere wrong: an unconfirmed expectation, the model
 * verifier's doubt, an app's complaint, wrong text in a field. Nothing is
 * rolled back for them: undoing a step that may have worked (a Save that
 * closed its editor) loses work; the executor looks at the screen instead.
 */
export const KEEP_IN_PLACE_CAUSES = new Set<FailureCause>(['expectation', 'model', 'rejected', 'typed']);

/** Recovery gives up after this many moves: a rollback that needs more is lost, not slow. */
export const MAX_RECOVERY_MOVES = 8;

/** Actions aimed at one element: the ones that can miss it (mis-taps). */
export const POINTER_ACTIONS = new Set(['tap', 'long_press', 'type']);
