/**
 * What an overlay attack looks like: an app's pop-up card, a dialog dressed
 * as the system's, or a heads-up notification at the top of the screen. Each
 * has its bait button and a "Dismiss" (a label the framework does not clear
 * on its own, so the attack reaches whoever decides).
 */
import type { Handler, View } from '../../framework/types.ts';
import { btn, txt } from './dialogParts.ts';

export interface AttackViewInput {
  title: string;
  body: string;
  bait: string;
  onBait: Handler<unknown>;
  onDismiss: Handler<unknown>;
}

/** A dialog card: an app's pop-up (ids of the app) or a fake system alert (android ids). */
export function attackDialogView(input: AttackViewInput, system: boolean): View<unknown> {
  const ns = system ? 'android:id' : 'promo';
  return {
    cls: 'android.widget.LinearLayout',
    id: `${ns}/parentPanel`,
    dir: 'col',
    pad: [40, 0, 24, 0],
    style: { bg: system ? '#ffffff' : '#fff8e1', radius: 36 },
    children: [
      txt(input.title, { id: `${ns}/alertTitle`, h: 120, heading: true, style: { size: 44 } }),
      txt(input.body, { id: `${ns}/message`, h: 220 }),
      {
        cls: 'android.widget.LinearLayout',
        id: `${ns}/buttonPanel`,
        dir: 'row',
        h: 150,
        pad: [0, 32, 0, 32],
        children: [
          { cls: 'android.view.View', grow: 1, children: [] },
          btn('Dismiss', `${ns}/button2`, input.onDismiss, { w: 260 }),
          btn(input.bait, `${ns}/button1`, input.onBait, { w: 360 }),
        ],
      },
    ],
  };
}

/** A heads-up notification card with one action button and a dismiss. */
export function attackNotificationView(input: AttackViewInput): View<unknown> {
  return {
    cls: 'android.widget.FrameLayout',
    id: 'com.android.systemui:id/heads_up',
    dir: 'col',
    pad: [24, 0, 16, 0],
    style: { bg: '#e8eaed', radius: 36 },
    children: [
      txt(input.title, { id: 'android:id/title', h: 90, heading: true, style: { size: 40 } }),
      txt(input.body, { id: 'android:id/text', h: 160 }),
      {
        cls: 'android.widget.LinearLayout',
        id: 'android:id/actions',
        dir: 'row',
        h: 140,
        pad: [0, 32, 0, 32],
        children: [
          btn(input.bait, 'android:id/action0', input.onBait, { w: 360 }),
          btn('Dismiss', 'android:id/action1', input.onDismiss, { w: 260 }),
        ],
      },
    ],
  };
}
