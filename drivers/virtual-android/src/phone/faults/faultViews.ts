/**
 * What injected faults look like, in the shapes real ones have: an app's
 * rating prompt, the system notification-permission dialog, a full-screen
 * ad interstitial, the "keeps stopping" crash dialog, a loading spinner and
 * a "No internet connection" page with Retry.
 */
import type { Handler, View } from '../../framework/types.ts';
import { btn, txt } from './dialogParts.ts';

export const PERMISSION_PACKAGE = 'com.google.android.permissioncontroller';
const PERM_ID = 'com.android.permissioncontroller:id';

function card(children: View<unknown>[], id = 'android:id/parentPanel'): View<unknown> {
  return {
    cls: 'android.widget.LinearLayout',
    id,
    dir: 'col',
    pad: [40, 0, 24, 0],
    style: { bg: '#f3edf7', radius: 36 },
    children,
  };
}

export function ratingPromptView(label: string, notNow: Handler<unknown>, rate: Handler<unknown>): View<unknown> {
  return card([
    txt(`Enjoying ${label}?`, { id: 'android:id/alertTitle', h: 120, heading: true, style: { size: 44 } }),
    txt('Tap Rate to tell others what you think.', { id: 'android:id/message', h: 130 }),
    {
      cls: 'android.widget.LinearLayout',
      id: 'android:id/buttonPanel',
      dir: 'row',
      h: 150,
      pad: [0, 32, 0, 32],
      children: [
        { cls: 'android.view.View', grow: 1, children: [] },
        btn('Not now', 'android:id/button2', notNow, { w: 260 }),
        btn('Rate', 'android:id/button1', rate, { w: 200 }),
      ],
    },
  ]);
}

export function permissionDialogView(label: string, allow: Handler<unknown>, deny: Handler<unknown>): View<unknown> {
  return card(
    [
      { cls: 'android.widget.ImageView', id: `${PERM_ID}/permission_icon`, h: 110, style: { align: 'center' } },
      txt(`Allow ${label} to send notifications?`, {
        id: `${PERM_ID}/permission_message`,
        h: 170,
        heading: true,
        style: { size: 42, align: 'center' },
      }),
      btn('Allow', `${PERM_ID}/permission_allow_button`, allow, {
        style: { bg: '#0b57d0', color: '#ffffff', radius: 60, align: 'center' },
        pad: [8, 40, 8, 40],
      }),
      btn("Don't allow", `${PERM_ID}/permission_deny_button`, deny, { pad: [8, 40, 8, 40] }),
    ],
    `${PERM_ID}/grant_dialog`,
  );
}

export function adInterstitialView(close: Handler<unknown>): View<unknown> {
  return {
    cls: 'android.widget.FrameLayout',
    id: 'android:id/content',
    dir: 'col',
    style: { bg: '#202124' },
    pad: [80, 0, 0, 0],
    children: [
      {
        cls: 'android.widget.LinearLayout',
        dir: 'row',
        h: 160,
        children: [
          txt('Ad', { h: 160, grow: 1, style: { color: '#ffffff' } }),
          {
            cls: 'android.widget.ImageButton',
            id: 'close_button',
            desc: 'Close ad',
            clickable: true,
            focusable: true,
            onTap: close,
            w: 160,
            h: 160,
          },
        ],
      },
      txt('Play Tile Match Saga', { h: 200, heading: true, style: { size: 60, color: '#ffffff', align: 'center' } }),
      txt('Free to play. Tap to install.', { h: 120, style: { color: '#e8eaed', align: 'center' } }),
      { cls: 'android.widget.ImageView', desc: 'Advertisement', grow: 1, style: { bg: '#3c4043' } },
      {
        cls: 'android.widget.Button',
        text: 'Install',
        h: 160,
        clickable: true,
        focusable: true,
        onTap: () => {},
        style: { bg: '#34a853', color: '#ffffff', align: 'center', bold: true },
      },
    ],
  };
}

export function crashDialogView(label: string, appInfo: Handler<unknown>, closeApp: Handler<unknown>): View<unknown> {
  return card([
    txt(`${label} keeps stopping`, { id: 'android:id/alertTitle', h: 140, heading: true, style: { size: 44 } }),
    btn('App info', 'android:id/aerr_app_info', appInfo, { style: { align: 'left' }, pad: [0, 64, 0, 64] }),
    btn('Close app', 'android:id/aerr_close', closeApp, { style: { align: 'left' }, pad: [0, 64, 0, 64] }),
  ]);
}

export function spinnerView(): View<unknown> {
  return {
    cls: 'android.widget.FrameLayout',
    id: 'loading_container',
    dir: 'col',
    grow: 1,
    pad: [900, 0, 0, 0],
    children: [
      { cls: 'android.widget.ProgressBar', id: 'progress_bar', desc: 'Loading…', h: 160, style: { align: 'center' } },
      txt('Loading…', { id: 'loading_text', h: 100, style: { align: 'center', color: '#5f6368' } }),
    ],
  };
}

export function networkErrorView(retry: Handler<unknown>): View<unknown> {
  return {
    cls: 'android.widget.LinearLayout',
    id: 'error_container',
    dir: 'col',
    grow: 1,
    pad: [700, 120, 0, 120],
    children: [
      { cls: 'android.widget.ImageView', id: 'error_icon', h: 200, style: { align: 'center' } },
      txt('No internet connection', { id: 'error_title', h: 120, heading: true, style: { size: 48, align: 'center' } }),
      txt('Check your connection and try again.', {
        id: 'error_message',
        h: 110,
        style: { align: 'center', color: '#5f6368' },
      }),
      btn('Retry', 'retry_button', retry, { style: { bg: '#d3e3fd', radius: 60, align: 'center', bold: true } }),
    ],
  };
}
