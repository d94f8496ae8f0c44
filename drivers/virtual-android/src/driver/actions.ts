/**
 * W3C actions: each pointer's down..up span becomes a tap, a long press
 * (held >= 500 ms) or a swipe (moved >= 24 px); key sources type text into
 * the focused field. A long press and a swipe take the virtual time their
 * pauses and moves say.
 */
import type { Phone } from '../phone/Phone.ts';
import type { UiNode } from '../phone/UiNode.ts';

export interface W3CAction {
  type: string;
  x?: number;
  y?: number;
  duration?: number;
  origin?: string | Record<string, string>;
  value?: string;
  button?: number;
}

export interface W3CActionSequence {
  type: 'pointer' | 'key' | 'none' | 'wheel';
  id: string;
  parameters?: { pointerType?: string };
  actions: W3CAction[];
}

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
const LONG_PRESS_MS = 500;
const MOVE_PX = 24;

const KEY_ENTER = '\uE007';
const KEY_RETURN = '\uE006';
const KEY_BACKSPACE = '\uE003';

export function performW3CActions(
  phone: Phone,
  sequences: W3CActionSequence[],
  node: (elementId: string) => UiNode,
): void {
  for (const seq of sequences) {
    if (seq.type === 'pointer') runPointer(phone, seq.actions, node);
    else if (seq.type === 'key') runKeys(phone, seq.actions);
  }
}

function runPointer(phone: Phone, actions: W3CAction[], node: (elementId: string) => UiNode): void {
  let x = 0;
  let y = 0;
  let down: { x: number; y: number; t: number } | null = null;
  let t = 0;
  for (const a of actions) {
    if (a.type === 'pointerMove') {
      const origin = a.origin;
      if (origin && typeof origin === 'object') {
        const id = origin[ELEMENT_KEY] ?? origin.ELEMENT;
        const b = node(String(id)).bounds;
        x = Math.floor((b.left + b.right) / 2) + (a.x ?? 0);
        y = Math.floor((b.top + b.bottom) / 2) + (a.y ?? 0);
      } else if (origin === 'pointer') {
        x += a.x ?? 0;
        y += a.y ?? 0;
      } else {
        x = a.x ?? 0;
        y = a.y ?? 0;
      }
      t += a.duration ?? 0;
    } else if (a.type === 'pause') {
      t += a.duration ?? 0;
    } else if (a.type === 'pointerDown') {
      down = { x, y, t };
    } else if (a.type === 'pointerUp' && down) {
      const moved = Math.hypot(x - down.x, y - down.y);
      if (moved >= MOVE_PX) phone.swipe(down.x, down.y, x, y, t - down.t);
      else if (t - down.t >= LONG_PRESS_MS) phone.longTap(down.x, down.y, t - down.t);
      else phone.tap(down.x, down.y);
      down = null;
    }
  }
}

function runKeys(phone: Phone, actions: W3CAction[]): void {
  let text = '';
  const flush = (): void => {
    if (text) phone.typeText(text);
    text = '';
  };
  for (const a of actions) {
    if (a.type !== 'keyDown' || a.value === undefined) continue;
    if (a.value === KEY_ENTER || a.value === KEY_RETURN) {
      flush();
      phone.submit();
    } else if (a.value === KEY_BACKSPACE) {
      flush();
      phone.deleteChar();
    } else if (a.value.length === 1 && a.value >= ' ') {
      text += a.value;
    }
  }
  flush();
}
