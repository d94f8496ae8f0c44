import type { FailureCause } from '../roles/types.ts';

/** Failure causes recovery can deal with without the FSM: something on screen to clear. */
export const INTERRUPTION_CAUSES = new Set<FailureCause>(['popup', 'network', 'loading']);

/** Recovery gives up after this many moves: a rollback that needs more is lost, not slow. */
export const MAX_RECOVERY_MOVES = 8;

/** Actions aimed at one element: the ones that can miss it (mis-taps). */
export const POINTER_ACTIONS = new Set(['tap', 'long_press', 'type']);
