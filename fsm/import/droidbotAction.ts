/**
 * A DroidBot event as an abstract action, its target named by our element
 * signature on the source screen. Event types of DroidBot (`touch`,
 * `long_touch`) and of the AutoDroid fork (`click`, `long_click`,
 * `kill_app`) are both read.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { AbstractAction } from '../AbstractAction.ts';
import { FsmFormatError } from '../errors.ts';
import { shortResourceId } from '../identity/elementSignature.ts';
import type { StateKeyResult } from '../identity/stateKey.ts';
import { staticLabel } from '../identity/staticText.ts';
import type { DroidbotView } from './droidbotScreen.ts';
import type { DroidbotEventFile, UtgEvent } from './readDroidbotTrace.ts';
import { roleOfClass } from './roleOfClass.ts';

/** The abstract action of a DroidBot event; the target element's signature comes from our analysis of the source screen. */
export function droidbotAction(
  ev: UtgEvent,
  file: DroidbotEventFile | undefined,
  screen: Screen,
  identity: StateKeyResult,
  app: string,
): AbstractAction {
  const type = file?.event.event_type ?? ev.event_type;
  const view = file?.event.view ?? file?.event.start_view;
  const target = view ? signatureOfView(view, screen, identity) : undefined;
  const withTarget = (a: AbstractAction): AbstractAction => {
    if (target) a.target = target;
    const label = view?.text || view?.content_description;
    if (label) a.label = label;
    return a;
  };
  switch (type) {
    case 'touch':
    case 'click':
      return withTarget({ kind: 'tap' });
    case 'long_touch':
    case 'long_click':
      return withTarget({ kind: 'long_press' });
    case 'set_text':
      return withTarget({ kind: 'type', text: file?.event.text ?? '' });
    case 'scroll':
    case 'swipe': {
      const d = (file?.event.direction ?? /direction=(\w+)/.exec(ev.event_str)?.[1] ?? '').toLowerCase();
      const a = withTarget({ kind: type });
      if (d === 'up' || d === 'down' || d === 'left' || d === 'right') a.direction = d;
      return a;
    }
    case 'key': {
      const name = (file?.event.name ?? /name=(\w+)/.exec(ev.event_str)?.[1] ?? '').toUpperCase();
      if (name === 'BACK') return { kind: 'back' };
      if (name === 'HOME') return { kind: 'home' };
      if (name === 'ENTER') return { kind: 'enter' };
      return { kind: 'wait' };
    }
    case 'intent':
      return { kind: 'open_app', app };
    case 'kill_app':
      // The fork stops the app and presses HOME: the launcher comes next.
      return { kind: 'home' };
    case 'manual':
    case 'exit':
    case 'spawn':
      return { kind: 'wait' };
    default:
      throw new FsmFormatError(
        `unknown DroidBot event type ${JSON.stringify(type)} in ${ev.event_str}; known: touch, click, long_touch, long_click, set_text, scroll, swipe, key, intent, kill_app`,
        file?.file,
      );
  }
}

/** Finds the event's view on the source screen (by id and bounds) and takes its signature; else builds one from the view. */
function signatureOfView(view: DroidbotView, screen: Screen, identity: StateKeyResult): string {
  const [[x1, y1], [x2, y2]] = view.bounds;
  const match = screen.elements.find(
    (e) =>
      e.resourceId === (view.resource_id ?? '') &&
      e.bounds.left === x1 &&
      e.bounds.top === y1 &&
      e.bounds.right === x2 &&
      e.bounds.bottom === y2,
  );
  const sig = match ? identity.signatures.get(match.id) : undefined;
  if (sig) return sig;
  const role = roleOfClass(view.class ?? '', {
    clickable: !!view.clickable,
    checkable: !!view.checkable,
    scrollable: !!view.scrollable,
    editable: !!view.editable,
  });
  return `${role}|${shortResourceId(view.resource_id ?? '')}|${staticLabel(view.text || view.content_description || '')}`;
}
