/**
 * A learned subgoal without its detours: a run of steps that left a screen
 * and came back to it (a search typed then backed out of, an app left and
 * opened again) changed nothing a replay needs, as long as every step in it
 * only moved between screens, and that left (Home) or was walked back (Back).
 * A step that may have changed the world (text
 * typed into anything but a search, a tap that stayed on its screen, a tap
 * on a commit button such as Save or Send) keeps its detour. A long press that
 * opened a menu or dialog someone then cancelled is a detour too.
 *
 * A look-up is not a detour: a loop that typed a text (a search) and was
 * followed by a step that needs a value the run read or worked out (the
 * opening time found in Maps, typed into Calendar) may be where that value
 * came from, and is kept (`needsLookUp` says which steps need one).
 */
import type { SkillStep } from '../../fsm/index.ts';

const COMMIT =
  /\b(save|send|done|ok|add|create|delete|remove|confirm|apply|submit|post|buy|pay|order|share|allow|accept|reset|install|update|archive|discard)\b/i;
const SEARCH = /search|find|web address|url/i;

/**
 * A detour leaves (Home, another app) or is walked back (Back): a tap that closes a dialog on the
 * screen it opened from (a choice in a list of options) is a change, not a detour.
 */
const LEAVES = new Set(['back', 'home', 'open_app', 'relaunch']);
const CANCEL = /^(cancel|close|dismiss|not now|no thanks|no)$/i;
/** Leaves or walks back: Back, Home, another app, or a dialog's Cancel. */
const walksBack = (step: SkillStep): boolean =>
  step.kind === 'act' &&
  (LEAVES.has(step.action.kind) || (step.action.kind === 'tap' && CANCEL.test((step.action.label ?? '').trim())));

function onlyMoves(step: SkillStep): boolean {
  if (step.kind !== 'act') return false;
  const a = step.action;
  switch (a.kind) {
    case 'back':
    case 'home':
    case 'open_app':
    case 'relaunch':
    case 'scroll':
    case 'swipe':
    case 'wait':
      return true;
    case 'tap':
    case 'long_press':
      return step.from !== undefined && step.to !== undefined && step.from !== step.to && !COMMIT.test(a.label ?? '');
    case 'enter':
    case 'type': {
      const field = `${a.label ?? ''} ${a.ref?.hint ?? ''} ${a.ref?.resourceId ?? ''}`;
      return SEARCH.test(field);
    }
    default:
      return false;
  }
}

const typesText = (step: SkillStep): boolean =>
  step.kind === 'act' && (step.action.kind === 'type' || step.action.kind === 'enter') && !!step.action.text;

export interface DetourOptions {
  /** Whether a step needs a value the run read or worked out on the way. */
  needsLookUp?: (step: SkillStep) => boolean;
  /** A later part of the task (another subgoal) needs such a value. */
  laterNeedsLookUp?: boolean;
}

export function withoutDetours(steps: readonly SkillStep[], options: DetourOptions = {}): SkillStep[] {
  const out = [...steps];
  const lookUpAfter = (j: number): boolean =>
    !!options.laterNeedsLookUp || (!!options.needsLookUp && out.slice(j + 1).some(options.needsLookUp));
  for (let changed = true; changed;) {
    changed = false;
    outer: for (let i = 0; i < out.length; i++) {
      const start = out[i]!.from;
      if (start === undefined) continue;
      // The last step (furthest detour first) that came back to where step i started.
      for (let j = out.length - 1; j >= i; j--) {
        const step = out[j]!;
        if (step.kind !== 'act' || step.to !== start) continue;
        const loop = out.slice(i, j + 1);
        const lookUp = loop.some(typesText) && lookUpAfter(j);
        if (!lookUp && loop.every(onlyMoves) && (walksBack(loop[0]!) || walksBack(loop[loop.length - 1]!))) {
          out.splice(i, j - i + 1);
          changed = true;
          break outer;
        }
      }
    }
  }
  return out;
}
