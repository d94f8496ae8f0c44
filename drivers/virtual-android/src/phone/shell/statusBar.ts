/** The status bar window (com.android.systemui): clock, and icons for Wi-Fi, Bluetooth and battery. */
import type { DeviceInfo, View } from '../../framework/types.ts';
import { formatClock } from '../../framework/time.ts';
import type { Phone } from '../Phone.ts';

interface SettingsView {
  wifi?: { enabled?: boolean };
  bluetooth?: { enabled?: boolean };
  battery?: { level?: number; saver?: boolean };
  network?: { airplane?: boolean };
}

export function statusBarView(phone: Phone, info: DeviceInfo): View<unknown> {
  const settings = (phone.state.apps['com.android.settings'] ?? {}) as SettingsView;
  const level = settings.battery?.level ?? 80;
  const icons: View<unknown>[] = [];
  if (settings.network?.airplane) icons.push({ cls: 'android.widget.ImageView', desc: 'Airplane mode on.', w: 60 });
  if (settings.wifi?.enabled)
    icons.push({ cls: 'android.widget.ImageView', id: 'wifi_signal', desc: 'Wifi signal full.', w: 60 });
  if (settings.bluetooth?.enabled) icons.push({ cls: 'android.widget.ImageView', desc: 'Bluetooth on.', w: 60 });
  icons.push({
    cls: 'android.widget.ImageView',
    id: 'battery',
    desc: `Battery ${level} percent.`,
    w: 90,
    text: undefined,
  });
  const color = info.darkMode ? '#e6e1e5' : '#1d1b20';
  return {
    cls: 'android.widget.FrameLayout',
    id: 'status_bar_container',
    dir: 'row',
    pad: [0, 40, 0, 40],
    children: [
      { cls: 'android.widget.TextView', id: 'clock', text: formatClock(info.now), w: 200, style: { color, size: 34 } },
      { cls: 'android.view.View', grow: 1 },
      {
        cls: 'android.widget.LinearLayout',
        id: 'system_icons',
        dir: 'row',
        w: icons.reduce((s, i) => s + (i.w ?? 0), 0),
        children: icons,
      },
    ],
  };
}
