/**
 * What exploration may try on a screen, as abstract actions: tap every
 * actionable element of the topmost interactive window (keyboard, status bar
 * and system windows excluded), scroll each scrollable container, type a
 * placeholder into empty text fields, and press back. List rows share one
 * signature per row shape, so a list costs one tap per kind of row, not one
 * per row. Back comes last: it leaves the state.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { type AbstractAction, actionId, type ActionId } from '../AbstractAction.ts';
import type { StateKeyResult } from '../identity/stateKey.ts';

export const PLACEHOLDER_TEXT = 'maple';

const INTERACTIVE_WINDOWS = new Set(['app', 'dialog', 'popup', 'launcher']);

export interface Candidate {
  id: ActionId;
  action: AbstractAction;
}

/**
 * The window the user can act on: the topmost app, dialog or popup window
 * with something actionable in it (a toast is a popup-like window with
 * nothing to act on, and taps go through it).
 */
export function topInteractiveWindow(screen: Screen): string | undefined {
  const withActions = new Set(screen.elements.filter((e) => e.actionable).map((e) => e.window));
  for (let i = screen.windows.length - 1; i >= 0; i--) {
    const w = screen.windows[i]!;
    if (INTERACTIVE_WINDOWS.has(w.kind) && withActions.has(w.id)) return w.id;
  }
  return undefined;
}

function isTextField(e: UiElement): boolean {
  return e.role === 'input' || /EditText|AutoCompleteTextView/.test(e.className);
}

export function candidateActions(screen: Screen, analysis: StateKeyResult): Candidate[] {
  const top = topInteractiveWindow(screen);
  const out = new Map<ActionId, AbstractAction>();
  const add = (action: AbstractAction): void => {
    const id = actionId(action);
    if (!out.has(id)) out.set(id, action);
  };
  const scrolls: AbstractAction[] = [];
  for (const e of screen.elements) {
    if (e.window !== top || !e.actionable || !e.flags.enabled) continue;
    const sig = analysis.signatures.get(e.id);
    if (!sig) continue;
    const label = e.label ? { label: e.label } : {};
    if (isTextField(e)) {
      if (!e.text || e.text === e.hint) add({ kind: 'type', target: sig, text: PLACEHOLDER_TEXT, ...label });
      else add({ kind: 'tap', target: sig, ...label });
    } else if (e.flags.clickable || e.flags.checkable) {
      add({ kind: 'tap', target: sig, ...label });
    } else if (e.flags.longClickable) {
      add({ kind: 'long_press', target: sig, ...label });
    }
    if (e.flags.scrollable) scrolls.push({ kind: 'scroll', target: sig, direction: 'down' });
  }
  for (const s of scrolls) add(s);
  add({ kind: 'back' });
  return [...out].map(([id, action]) => ({ id, action }));
}
