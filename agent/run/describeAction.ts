import type { UiElement } from '../../drivers/screen/types.ts';
import type { Action } from '../actions/index.ts';

/** What an element is, in words that stay true off its screen: its label, else its role and resource id. */
function nameOf(element: UiElement | undefined, id: unknown): string {
  // A bare symbol ("-", "+") says less than the description beside it ("Decrease hour").
  if (element?.contentDesc && !/[\p{L}\p{N}]/u.test(element.label)) return ` "${element.contentDesc}"`;
  if (element?.label) return ` "${element.label}"`;
  if (element) {
    const rid = element.resourceId.split('/').pop();
    return ` ${element.role}${rid ? ` #${rid}` : ''}`;
  }
  return id !== undefined ? ' an element' : '';
}

/**
 * One action in a few words, for the step history, the executor's feedback,
 * recovery paths and tips. Never a screen-local element id ("e12"): those
 * mean nothing once the screen has changed.
 */
export function describeAction(action: Action, element: UiElement | undefined): string {
  const a = action as Action & Record<string, unknown>;
  const label = nameOf(element, a.element);
  switch (action.type) {
    case 'type':
      return `type "${action.text}"${label ? ` into${label}` : ''}${action.submit ? ' + enter' : ''}`;
    case 'open_app':
      return `${action.fresh ? 'relaunch' : 'open_app'} ${action.app ?? action.package}`;
    case 'scroll':
    case 'swipe':
      return `${action.type} ${action.direction ?? ''}`.trim();
    case 'wait':
      return `wait ${action.ms}ms`;
    default:
      return `${action.type}${label}`;
  }
}
