/**
 * The on-screen keyboard (package com.maple.keyboard): its own window over
 * the bottom of the screen while a text field has focus. Keys are nodes with
 * content-desc and resource id key_<name>, so agents can tap them like Gboard's.
 * The Paste key (key_paste) types the clipboard into the focused field.
 */
import type { View } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

export function keyboardView(phone: Phone): View<unknown> {
  const key = (name: string, label: string, onTap: () => void, grow = 1): View<unknown> => ({
    cls: 'android.widget.FrameLayout',
    id: `key_${name}`,
    desc: label,
    clickable: true,
    focusable: false,
    grow,
    onTap,
    style: { bg: '#ffffff', radius: 14, align: 'center' },
    children: [
      {
        cls: 'android.widget.TextView',
        text: label.length === 1 ? (phone.state.shift ? label.toUpperCase() : label) : '',
        grow: 1,
        style: { align: 'center', size: 40 },
      },
    ],
  });
  const typeChar = (ch: string) => () => {
    const out = phone.state.shift ? ch.toUpperCase() : ch;
    phone.state.shift = false;
    phone.typeText(out);
  };
  const row = (children: View<unknown>[]): View<unknown> => ({
    cls: 'android.widget.LinearLayout',
    dir: 'row',
    h: 200,
    gap: 12,
    pad: [10, 10, 10, 10],
    children,
  });
  const rows: View<unknown>[] = ROWS.map((letters, i) => {
    const keys = [...letters].map((ch) => key(ch, ch, typeChar(ch)));
    if (i === 2) {
      keys.unshift(
        key(
          'shift',
          'Shift',
          () => {
            phone.state.shift = !phone.state.shift;
            phone.invalidate();
          },
          1.5,
        ),
      );
      keys.push(key('delete', 'Delete', () => phone.deleteChar(), 1.5));
    }
    return row(keys);
  });
  // Gboard's clipboard key: pastes the clipboard at the focused field. Newlines
  // become spaces so pasting never submits the field by accident.
  const paste = (): void => {
    const clip = phone.state.clipboard.replace(/\r?\n/g, ' ');
    if (clip) phone.typeText(clip);
  };
  rows.push(
    row([
      key('paste', 'Paste', paste, 1.5),
      key('comma', ',', typeChar(',')),
      key('space', 'Space', () => phone.typeText(' '), 5),
      key('period', '.', typeChar('.')),
      key('enter', 'Enter', () => phone.submit(), 1.5),
    ]),
  );
  return {
    cls: 'android.widget.FrameLayout',
    id: 'keyboard_view',
    dir: 'col',
    pad: [40, 10, 60, 10],
    style: { bg: '#e8eaed' },
    children: rows,
  };
}
