import type { UiElement } from '../../drivers/screen/types.ts';
import type { Action } from '../actions/index.ts';

/** One action in a few words, for the step history, the executor's feedback and recovery paths. */
export function describeAction(action: Action, element: UiElement | undefined): string {
  const a = action as Action & Record<string, unknown>;
  const label = element?.label ? ` "${element.label}"` : a.element ? ` ${String(a.element)}` : '';
  switch (action.type) {
    case 'type':
      return `type "${action.text}"${label ? ` into${label}` : ''}${action.submit ? ' + enter' : ''}`;
    case 'open_app':
      return `open_app ${action.app ?? action.package}`;
    case 'scroll':
    case 'swipe':
      return `${action.type} ${action.direction ?? ''}`.trim();
    case 'wait':
      return `wait ${action.ms}ms`;
    default:
      return `${action.type}${label}`;
  }
}
