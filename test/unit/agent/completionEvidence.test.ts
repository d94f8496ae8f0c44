/** When an action that says it completes the task has shown, for sure, that it did (no end check needed). */
import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../../agent/actions/index.ts';
import { completionShown } from '../../../agent/run/completionEvidence.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { buttonView, pageSourceXml, textView, view, type XmlWindow } from '../../support/pageSourceXml.ts';

const PKG = 'com.example.shop';
const app = (texts: string[]): XmlWindow => ({
  pkg: PKG,
  root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
    children: texts.map((t, i) => textView(t, [0, 100 + i * 120, 1080, 200 + i * 120])),
  }),
});
const confirmDialog: XmlWindow = {
  pkg: PKG,
  root: view('android.widget.FrameLayout', [100, 900, 980, 1500], {
    children: [
      textView('Remove item?', [150, 950, 930, 1050], { id: 'alertTitle' }),
      buttonView('Cancel', [500, 1350, 700, 1450], { id: 'android:id/button2' }),
      buttonView('Remove', [720, 1350, 930, 1450], { id: 'android:id/button1' }),
    ],
  }),
};
const screen = (...windows: XmlWindow[]) => parsePageSource(pageSourceXml(windows, 'uiautomator'));
const tap = (expected: Record<string, unknown>): Action => {
  const r = parseAction('tap', { x: 10, y: 10, expected, completes: 'task' });
  if (!r.ok) throw r.error;
  return r.action;
};

describe('completionShown', () => {
  const cart = screen(app(['Cart', 'Pulse Buds $79.99', 'Remove']));
  const emptied = screen(app(['Cart', 'Your cart is empty', 'Item removed']));

  it('is sure when a label it named came with the action, or one it said would go is gone', () => {
    expect(completionShown(tap({ visible: ['Item removed'] }), cart, emptied)).toBe(true);
    expect(completionShown(tap({ absent: ['Pulse Buds $79.99'] }), cart, emptied)).toBe(true);
  });

  it('is not sure without a stated outcome, when a label is missing, or when it showed already', () => {
    expect(completionShown(tap({}), cart, emptied)).toBe(false);
    expect(completionShown(tap({ visible: ['Item removed', 'Order placed'] }), cart, emptied)).toBe(false);
    expect(completionShown(tap({ visible: ['Cart'] }), cart, emptied)).toBe(false);
  });

  it('is not sure while a dialog asks to confirm, whatever it shows', () => {
    const asking = screen(app(['Cart', 'Pulse Buds $79.99', 'Remove']), confirmDialog);
    expect(asking.windows.some((w) => w.kind === 'dialog' || w.kind === 'popup')).toBe(true);
    expect(completionShown(tap({ visible: ['Remove item?'] }), cart, asking)).toBe(false);
  });
});
