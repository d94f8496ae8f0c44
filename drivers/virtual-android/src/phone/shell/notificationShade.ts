/**
 * The notification shade (com.android.systemui): opened by swiping down
 * from the status bar. Quick settings tiles (Wi-Fi, Bluetooth, Dark theme,
 * Airplane mode) toggle the same Settings values the Settings app shows;
 * below them, the notifications apps posted (tap one to open its app).
 */
import { formatClock, formatDate } from '../../framework/time.ts';
import type { View } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';

interface SettingsLike {
  wifi?: { enabled?: boolean };
  bluetooth?: { enabled?: boolean };
  display?: { darkMode?: boolean };
  network?: { airplane?: boolean };
}

type Section = 'wifi' | 'bluetooth' | 'display' | 'network';

const TILES: { label: string; section: Section; field: string }[] = [
  { label: 'Wi-Fi', section: 'wifi', field: 'enabled' },
  { label: 'Bluetooth', section: 'bluetooth', field: 'enabled' },
  { label: 'Dark theme', section: 'display', field: 'darkMode' },
  { label: 'Airplane mode', section: 'network', field: 'airplane' },
];

export function notificationShadeView(phone: Phone): View<unknown> {
  const settings = phone.state.apps['com.android.settings'] as
    (SettingsLike & Record<string, Record<string, unknown>>) | undefined;
  const tile = (t: (typeof TILES)[number]): View<unknown> => {
    const on = Boolean((settings?.[t.section] as Record<string, unknown> | undefined)?.[t.field]);
    return {
      cls: 'android.widget.Switch',
      id: 'qs_tile',
      desc: t.label,
      checkable: true,
      checked: on,
      clickable: true,
      focusable: true,
      style: { bg: on ? '#a8c7fa' : '#e3e3e3', radius: 40 },
      dir: 'col',
      pad: [20, 30, 20, 30],
      onTap: () => {
        if (!settings) return;
        const section = (settings[t.section] ??= {}) as Record<string, unknown>;
        section[t.field] = !on;
        phone.invalidate();
      },
      children: [
        { cls: 'android.widget.TextView', id: 'tile_label', text: t.label, h: 70, style: { bold: true } },
        {
          cls: 'android.widget.TextView',
          id: 'app_label',
          text: on ? 'On' : 'Off',
          h: 60,
          style: { color: '#5f6368' },
        },
      ],
    };
  };
  const rows: View<unknown>[] = [
    { cls: 'android.widget.LinearLayout', dir: 'row', h: 200, gap: 24, children: TILES.slice(0, 2).map(tile) },
    { cls: 'android.widget.LinearLayout', dir: 'row', h: 200, gap: 24, children: TILES.slice(2).map(tile) },
  ];
  const notes = phone.state.notifications ?? [];
  const items: View<unknown>[] = notes.map((n) => ({
    cls: 'android.widget.FrameLayout',
    id: 'expandableNotificationRow',
    key: `notification/${n.id}`,
    dir: 'col',
    h: 230,
    pad: [20, 40, 20, 40],
    clickable: true,
    focusable: true,
    style: { bg: '#ffffff', radius: 28 },
    onTap: () => {
      phone.state.notifications = phone.state.notifications.filter((x) => x.id !== n.id);
      phone.state.shade = false;
      phone.launch(n.package);
    },
    children: [
      {
        cls: 'android.widget.TextView',
        id: 'android:id/app_name_text',
        text: phone.apps.get(n.package)?.label ?? n.package,
        h: 50,
        style: { size: 28, color: '#5f6368' },
      },
      { cls: 'android.widget.TextView', id: 'android:id/title', text: n.title, h: 64, style: { bold: true } },
      { cls: 'android.widget.TextView', id: 'android:id/text', text: n.text, h: 64 },
    ],
  }));
  const lower: View<unknown>[] = items.length
    ? [
        { cls: 'android.widget.LinearLayout', id: 'notification_stack_scroller', dir: 'col', gap: 16, children: items },
        {
          cls: 'android.widget.Button',
          id: 'dismiss_text',
          text: 'Clear all',
          h: 130,
          clickable: true,
          focusable: true,
          onTap: () => {
            phone.state.notifications = [];
            phone.invalidate();
          },
          style: { align: 'center', bold: true },
        },
      ]
    : [
        {
          cls: 'android.widget.TextView',
          id: 'no_notifications',
          text: 'No notifications',
          h: 140,
          style: { align: 'center', color: '#5f6368' },
        },
      ];
  return {
    cls: 'android.widget.FrameLayout',
    id: 'notification_panel',
    dir: 'col',
    pad: [30, 40, 30, 40],
    gap: 24,
    style: { bg: '#f0f4f9' },
    children: [
      {
        cls: 'android.widget.LinearLayout',
        id: 'header',
        dir: 'row',
        h: 110,
        children: [
          {
            cls: 'android.widget.TextView',
            id: 'clock',
            text: formatClock(phone.state.clock),
            w: 220,
            style: { size: 44 },
          },
          { cls: 'android.widget.TextView', id: 'date', text: formatDate(phone.state.clock), grow: 1 },
        ],
      },
      { cls: 'android.widget.LinearLayout', id: 'quick_settings_panel', dir: 'col', gap: 24, children: rows },
      ...lower,
    ],
  };
}
