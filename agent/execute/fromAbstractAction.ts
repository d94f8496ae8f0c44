/**
 * AbstractAction -> Action on the current screen: the element is found by
 * its signature (through the FSM's analysis of this screen), else by its
 * recorded label. Undefined when the screen has no such element: the caller
 * falls back to the model (a learned step that no longer applies).
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { AbstractAction, FsmTracker } from '../../fsm/index.ts';
import { parseAction } from '../actions/index.ts';
import type { Action } from '../actions/index.ts';
import { elementFor } from './elementFor.ts';

const SYSTEM_PACKAGES = new Set(['android', 'com.android.systemui']);

export function fromAbstractAction(
  action: AbstractAction,
  screen: Screen,
  tracker: FsmTracker | undefined,
  fill: (text: string) => string = (t) => t,
  reason = 'replaying a known path',
): Action | undefined {
  const withElement = (name: string, input: Record<string, unknown>): Action | undefined => {
    const element = elementFor(action, screen, tracker);
    if (!element) return undefined;
    const r = parseAction(name, { ...input, element: element.id, reason });
    return r.ok ? r.action : undefined;
  };
  const plain = (name: string, input: Record<string, unknown> = {}): Action | undefined => {
    const r = parseAction(name, { ...input, reason });
    return r.ok ? r.action : undefined;
  };
  switch (action.kind) {
    case 'tap':
    case 'long_press':
    case 'clear':
      return withElement(action.kind, {});
    case 'type':
      if (action.label === 'paste') return withElement('paste', {});
      return withElement('type', { text: fill(action.text ?? '') });
    case 'scroll':
      return action.target
        ? (withElement('scroll', { direction: action.direction ?? 'down' }) ??
            plain('scroll', { direction: action.direction ?? 'down' }))
        : plain('scroll', { direction: action.direction ?? 'down' });
    case 'swipe':
      return action.direction ? plain('swipe', { direction: action.direction }) : undefined;
    case 'enter':
      // A field as target: the text was typed and submitted in one step.
      return action.target || action.text !== undefined
        ? withElement('type', { text: fill(action.text ?? ''), submit: true })
        : plain('enter');
    case 'back':
    case 'home':
      return plain(action.kind);
    case 'wait':
      return action.label === 'copy' ? undefined : plain('wait', { ms: 500 });
    case 'open_app':
    case 'relaunch': {
      // A system dialog's package ("android", System UI) is no app to open: relaunching it does nothing useful.
      if (!action.app || SYSTEM_PACKAGES.has(action.app)) return undefined;
      const isPackage = /^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$/.test(action.app);
      const fresh = action.kind === 'relaunch' ? { fresh: true } : {};
      return plain(
        'open_app',
        isPackage
          ? { package: action.app, ...(action.label ? { app: action.label } : {}), ...fresh }
          : { app: action.app, ...fresh },
      );
    }
  }
}
