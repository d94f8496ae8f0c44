import { describe, expect, it } from 'vitest';
import { stateKey, staticLabel } from '../../../fsm/index.ts';
import {
  button,
  buildScreen,
  frame,
  input,
  keyboardWindow,
  list,
  node,
  row,
  statusBar,
  tabLayout,
  text,
  toolbar,
  type NodeSpec,
  type WindowSpec,
} from './screenBuilder.ts';

const PKG = 'com.example.mail';

function inbox(
  rows: NodeSpec[],
  opts: { title?: string; time?: string; extraWindows?: WindowSpec[]; fab?: string; typed?: string } = {},
) {
  return buildScreen({
    pkg: PKG,
    activity: '.InboxActivity',
    windows: [
      statusBar(opts.time ?? '9:41', '87%'),
      {
        kind: 'app',
        root: frame(
          toolbar(opts.title ?? 'Inbox', button('', 'com.example:id/search', { desc: 'Search' })),
          input('Search mail', 'com.example:id/query', opts.typed ?? ''),
          list('com.example:id/messages', rows),
          button(opts.fab ?? 'Compose', 'com.example:id/fab'),
        ),
      },
      ...(opts.extraWindows ?? []),
    ],
  });
}

const rowsA = [
  row('Alice', 'Lunch tomorrow?', '10:02'),
  row('Bob', 'Invoice #4411', 'Aug 11'),
  row('Carol', 'Re: trip', 'yesterday'),
];
const rowsB = [row('Dan', 'Quarterly numbers', '08:15'), row('Eve', 'Your order has shipped', 'Jul 2')];
const rowsScrolled = [
  row('Zed', 'Last one'),
  row('Yan', 'Nearly there'),
  row('Xi', 'scrolling'),
  row('Wu', 'more'),
  row('Vera', 'far down'),
];

describe('stateKey', () => {
  it('gives the same key to the same screen with other content, another clock and another scroll position', () => {
    const a = stateKey(inbox(rowsA, { time: '9:41' }));
    const b = stateKey(inbox(rowsB, { time: '23:59' }));
    const c = stateKey(inbox(rowsScrolled));
    const empty = stateKey(inbox([]));
    expect(b.key).toBe(a.key);
    expect(c.key).toBe(a.key);
    expect(empty.key).toBe(a.key);
    expect(a.key).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is deterministic and explains itself with readable features', () => {
    const a = stateKey(inbox(rowsA));
    const again = stateKey(inbox(rowsA));
    expect(again.key).toBe(a.key);
    expect(again.features).toEqual(a.features);
    expect(a.title).toBe('Inbox');
    expect(a.features).toContain('title:Inbox');
    expect(a.features).toContain(`pkg:${PKG}`);
    expect(a.features).toContain('act:.InboxActivity');
    expect(a.features).toContain('el:input|query|Search mail');
    expect(a.features.some((f) => f.includes('Alice') || f.includes('Lunch'))).toBe(false);
  });

  it('separates two screens that differ only in their title', () => {
    const inboxKey = stateKey(inbox(rowsA, { title: 'Inbox' })).key;
    const sentKey = stateKey(inbox(rowsA, { title: 'Sent' })).key;
    expect(sentKey).not.toBe(inboxKey);
  });

  it('finds the title without a toolbar: the tallest static text near the top', () => {
    const screen = (title: string) =>
      buildScreen({
        pkg: PKG,
        windows: [
          {
            kind: 'app',
            root: frame(
              text(title, { bounds: [40, 120, 1000, 260] }),
              text('small print', { bounds: [40, 270, 1000, 300] }),
              button('Next', 'com.example:id/next'),
            ),
          },
        ],
      });
    const a = stateKey(screen('Welcome'));
    expect(a.title).toBe('Welcome');
    expect(stateKey(screen('Permissions')).key).not.toBe(a.key);
  });

  it('makes a dialog over a screen a state of its own, and tells the screens under it apart', () => {
    const dialog: WindowSpec = {
      kind: 'dialog',
      root: frame(
        text('Discard draft?', { id: 'android:id/alertTitle' }),
        button('Cancel', 'android:id/button2'),
        button('Discard', 'android:id/button1'),
      ),
    };
    const plain = stateKey(inbox(rowsA));
    const withDialog = stateKey(inbox(rowsA, { extraWindows: [dialog] }));
    const withDialogOverSent = stateKey(inbox(rowsA, { title: 'Sent', extraWindows: [dialog] }));
    expect(withDialog.key).not.toBe(plain.key);
    expect(withDialogOverSent.key).not.toBe(withDialog.key);
    expect(withDialog.hasOverlay).toBe(true);
    expect(withDialog.dialogTitle).toBe('Discard draft?');
    expect(withDialog.features).toContain('dlg:el:button|android:button1|Discard');
  });

  it('ignores the keyboard, toasts and typed text', () => {
    const keyboard = keyboardWindow();
    const toast: WindowSpec = { kind: 'popup', pkg: 'android', root: frame(text('Message archived')) };
    const base = stateKey(inbox(rowsA)).key;
    expect(stateKey(inbox(rowsA, { extraWindows: [keyboard], typed: 'invoice from bob' })).key).toBe(base);
    expect(stateKey(inbox(rowsA, { extraWindows: [toast] })).key).toBe(base);
  });

  it('ignores counters and prices inside static labels but keeps the words', () => {
    const a = stateKey(inbox(rowsA, { fab: 'Cart (3)' }));
    const b = stateKey(inbox(rowsA, { fab: 'Cart (12)' }));
    expect(b.key).toBe(a.key);
    // A floating action button comes and goes with state: out of the key; its signature keeps the static caption.
    expect(a.features.some((f) => f.includes('|fab|'))).toBe(false);
    expect([...a.signatures.values()]).toContain('button|fab|Cart');
    expect(staticLabel('Total $12.99')).toBe('');
    expect(staticLabel('Alarm at 7:30 AM')).toBe('');
    expect(staticLabel('Inbox (4)')).toBe('Inbox');
  });

  it('separates tab pages by the selected tab', () => {
    const tabs = (selected: number) =>
      buildScreen({
        pkg: 'com.example.clock',
        windows: [
          {
            kind: 'app',
            root: frame(tabLayout(['Alarm', 'Clock', 'Timer'], selected)),
          },
        ],
      });
    const alarm = stateKey(tabs(0));
    expect(stateKey(tabs(1)).key).not.toBe(alarm.key);
    expect(stateKey(tabs(0)).key).toBe(alarm.key);
    expect(alarm.features).toContain('tab:Alarm (selected)');
  });

  it('collapses id-less repeated structures outside lists (icon grids) into one feature', () => {
    const grid = (apps: string[]) =>
      buildScreen({
        pkg: 'com.example.launcher',
        windows: [
          {
            kind: 'launcher',
            root: frame(
              node('android.view.ViewGroup', {
                children: apps.map((a) => node('android.widget.TextView', { text: a, desc: a, clickable: true })),
              }),
            ),
          },
        ],
      });
    expect(stateKey(grid(['Clock', 'Mail', 'Maps', 'Notes'])).key).toBe(
      stateKey(grid(['Shopping', 'Files', 'Calculator'])).key,
    );
  });

  it('gives list rows a signature independent of their content', () => {
    const a = stateKey(inbox(rowsA));
    const b = stateKey(inbox(rowsB));
    const sigA = [...a.signatures.values()].filter((s) => s.startsWith('item:'));
    const sigB = [...b.signatures.values()].filter((s) => s.startsWith('item:'));
    expect(sigA.length).toBeGreaterThan(0);
    expect(new Set(sigB)).toEqual(new Set(sigA));
  });

  it('tells packages and activities apart', () => {
    const a = stateKey(inbox(rowsA));
    const other = stateKey({ ...inbox(rowsA), foregroundPackage: 'com.other' });
    const otherActivity = stateKey({ ...inbox(rowsA), activity: '.SentActivity' });
    expect(other.key).not.toBe(a.key);
    expect(otherActivity.key).not.toBe(a.key);
  });
});
