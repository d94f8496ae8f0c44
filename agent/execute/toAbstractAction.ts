/**
 * Action (per-screen element ids) -> AbstractAction (element signatures and
 * labels): what the FSM records on a transition and what a learned task stores,
 * so it applies again on another observation of the same screen.
 */
import type { FsmTracker } from '../../fsm/index.ts';
import type { AbstractAction } from '../../fsm/index.ts';
import type { Action } from '../actions/index.ts';
import type { AppDirectory } from './AppDirectory.ts';

export function toAbstractAction(
  action: Action,
  tracker: FsmTracker,
  apps: AppDirectory,
  memory?: { abstract(text: string): string },
): AbstractAction | undefined {
  const on = (
    kind: AbstractAction['kind'],
    element: string | undefined,
    extra: Partial<AbstractAction> = {},
  ): AbstractAction => (element ? tracker.actionOn(kind, element, extra) : { kind, ...extra });
  switch (action.type) {
    case 'tap':
      return action.element ? on('tap', action.element) : { kind: 'tap', label: `@${action.x},${action.y}` };
    case 'long_press':
      return action.element
        ? on('long_press', action.element)
        : { kind: 'long_press', label: `@${action.x},${action.y}` };
    case 'type': {
      const text = memory ? memory.abstract(action.text) : action.text;
      // Typing and submitting lead to different screens (the same one vs the results), so they are
      // different events for the FSM: a submitted type is recorded as `enter` on the field.
      return on(action.submit ? 'enter' : 'type', action.element, { text });
    }
    case 'clear':
      return on('clear', action.element);
    case 'scroll':
      return on('scroll', action.element, { direction: action.direction });
    case 'swipe':
      return action.direction ? { kind: 'swipe', direction: action.direction } : { kind: 'swipe' };
    case 'back':
    case 'home':
    case 'enter':
      return { kind: action.type };
    case 'wait':
      return { kind: 'wait' };
    case 'open_app':
    case 'switch_app': {
      const pkg =
        action.type === 'open_app'
          ? (action.package ?? (action.app ? apps.packageOf(action.app) : undefined))
          : action.app
            ? apps.packageOf(action.app)
            : undefined;
      const label = action.app;
      const kind = action.type === 'open_app' && action.fresh ? 'relaunch' : 'open_app';
      return { kind, ...(pkg ? { app: pkg } : label ? { app: label } : {}), ...(label ? { label } : {}) };
    }
    case 'copy':
      return { kind: 'wait', label: 'copy' };
    case 'paste':
      return on('type', action.element, { label: 'paste' });
    case 'finish':
      return undefined;
  }
}
