/** Settings screens. Simple pages come from `subpage`; the rest add their own rows. */
import type { ScreenDef, View } from '../../framework/types.ts';
import { listItem, emptyState } from '../../framework/widgets.ts';
import { preferencePage, prefRow, subpage, type Pref, type S } from './page.ts';

const on = (v: boolean): string => (v ? 'On' : 'Off');

/** Top level: longer than the screen, so lower entries need a scroll. */
const MAIN: { title: string; summary: (s: S) => string; screen: string }[] = [
  {
    title: 'Network & internet',
    summary: (s) =>
      s.network.airplane ? 'Airplane mode' : s.wifi.connected ? `Wi‑Fi: ${s.wifi.connected}` : 'Mobile, Wi‑Fi, hotspot',
    screen: 'network',
  },
  {
    title: 'Connected devices',
    summary: (s) => (s.bluetooth.enabled ? 'Bluetooth on' : 'Bluetooth, pairing'),
    screen: 'bluetooth',
  },
  { title: 'Apps', summary: () => 'Recent apps, default apps', screen: 'apps' },
  { title: 'Notifications', summary: () => 'Notification history, conversations', screen: 'notifications' },
  {
    title: 'Battery',
    summary: (s) => `${s.battery.level}%${s.battery.saver ? ' - Battery Saver on' : ''}`,
    screen: 'battery',
  },
  { title: 'Storage', summary: () => '41% used - 75.4 GB free', screen: 'storage' },
  {
    title: 'Sound & vibration',
    summary: (s) => `Volume, haptics, Do Not Disturb${s.sound.dnd ? ' (on)' : ''}`,
    screen: 'sound',
  },
  {
    title: 'Display',
    summary: (s) => `Dark theme ${s.display.darkMode ? 'on' : 'off'}, font size, brightness`,
    screen: 'display',
  },
  { title: 'Wallpaper & style', summary: () => 'Colors, themed icons, app grid', screen: 'wallpaper' },
  { title: 'Accessibility', summary: () => 'Display, interaction, audio', screen: 'accessibility' },
  { title: 'Security & privacy', summary: () => 'App security, device lock, permissions', screen: 'security' },
  { title: 'Location', summary: (s) => (s.location.enabled ? 'On - 3 apps have access' : 'Off'), screen: 'location' },
  { title: 'Safety & emergency', summary: () => 'Emergency SOS, medical info, alerts', screen: 'safety' },
  { title: 'Passwords & accounts', summary: () => 'Saved passwords, autofill, synced accounts', screen: 'accounts' },
  {
    title: 'Digital Wellbeing & parental controls',
    summary: () => 'Screen time, app timers, bedtime schedules',
    screen: 'wellbeing',
  },
  { title: 'System', summary: () => 'Languages, gestures, time, backup', screen: 'system' },
  { title: 'About phone', summary: (s) => s.about.deviceName, screen: 'about' },
  { title: 'Tips & support', summary: () => 'Help articles, phone & chat', screen: 'tips' },
];

export const screens: Record<string, ScreenDef<S>> = {
  main: {
    activity: '.Settings',
    render: (r) =>
      preferencePage(
        'Settings',
        MAIN.map((m) => prefRow({ title: m.title, summary: m.summary(r.state), onTap: (a) => a.navigate(m.screen) })),
        { up: false, scrollKey: 'main' },
      ),
  },
  network: subpage(
    'Network & internet',
    (s) => [
      {
        title: 'Internet',
        summary: s.wifi.enabled ? (s.wifi.connected ?? 'Not connected') : 'Wi‑Fi is off',
        onTap: (a) => a.navigate('wifi'),
      },
      { title: 'SIMs', summary: 'T-Mobile' },
      {
        title: 'Airplane mode',
        toggle: {
          checked: s.network.airplane,
          set: (a, v) => {
            a.state.network.airplane = v;
            if (v) {
              a.state.wifi.enabled = false;
              a.state.wifi.connected = null;
            }
          },
        },
      },
      {
        title: 'Hotspot & tethering',
        summary: on(s.network.hotspot),
        toggle: {
          checked: s.network.hotspot,
          set: (a, v) => {
            a.state.network.hotspot = v;
          },
        },
      },
      { title: 'Data Saver', summary: on(s.network.dataSaver), onTap: (a) => a.navigate('data_saver') },
      { title: 'VPN', summary: 'None' },
      { title: 'Private DNS', summary: 'Automatic' },
    ],
    '.Settings$NetworkDashboardActivity',
  ),
  wifi: {
    activity: '.Settings$WifiSettingsActivity',
    render: (r) => {
      const s = r.state;
      const rows: View<S>[] = [
        prefRow({
          title: 'Use Wi‑Fi',
          id: 'wifi_switch',
          toggle: {
            checked: s.wifi.enabled,
            set: (a, v) => {
              a.state.wifi.enabled = v;
              a.state.wifi.connected = v ? (a.state.wifi.saved[0] ?? null) : null;
            },
          },
        }),
      ];
      if (s.wifi.enabled) {
        const sorted = [...s.wifi.networks].sort(
          (x, y) => Number(y.ssid === s.wifi.connected) - Number(x.ssid === s.wifi.connected),
        );
        for (const n of sorted) {
          const summary =
            n.ssid === s.wifi.connected
              ? 'Connected'
              : s.wifi.saved.includes(n.ssid)
                ? 'Saved'
                : n.secured
                  ? 'Secured'
                  : 'Open';
          rows.push(
            listItem<S>({
              title: n.ssid,
              summary,
              id: 'wifi_network',
              key: `wifi/${n.ssid}`,
              onTap: (a) =>
                n.ssid === a.state.wifi.connected
                  ? a.navigate('wifi_details', { ssid: n.ssid })
                  : a.showDialog('wifi_connect', { ssid: n.ssid }),
            }),
          );
        }
        rows.push(prefRow({ title: 'Add network', onTap: (a) => a.toast('Adding networks needs a QR code') }));
      } else {
        rows.push(emptyState<S>('To see available networks, turn Wi‑Fi on.', 'empty_wifi'));
      }
      rows.push(prefRow({ title: 'Saved networks', summary: `${s.wifi.saved.length} networks` }));
      return preferencePage('Internet', rows, { scrollKey: 'wifi' });
    },
  },
  wifi_details: {
    activity: '.SubSettings',
    render: (r) => {
      const ssid = String(r.params.ssid ?? '');
      const net = r.state.wifi.networks.find((n) => n.ssid === ssid);
      return preferencePage(ssid, [
        prefRow({ title: 'Status', summary: r.state.wifi.connected === ssid ? 'Connected' : 'Disconnected' }),
        prefRow({
          title: 'Signal strength',
          summary: ['Poor', 'Fair', 'Good', 'Excellent'][(net?.strength ?? 1) - 1] ?? 'Good',
        }),
        prefRow({ title: 'Security', summary: net?.secured ? 'WPA2-Personal' : 'None' }),
        prefRow({
          title: 'Forget',
          id: 'forget_button',
          onTap: (a) => {
            a.state.wifi.saved = a.state.wifi.saved.filter((x) => x !== ssid);
            if (a.state.wifi.connected === ssid) a.state.wifi.connected = null;
            a.back();
            a.toast(`Forgot ${ssid}`);
          },
        }),
        prefRow({
          title: 'Share',
          id: 'share_button',
          onTap: (a) => a.share(`Wi-Fi ${ssid} password: ${net?.password ?? ''}`),
        }),
      ]);
    },
  },
  bluetooth: {
    activity: '.Settings$ConnectedDeviceDashboardActivity',
    render: (r) => {
      const b = r.state.bluetooth;
      const rows: View<S>[] = [
        prefRow({
          title: 'Use Bluetooth',
          id: 'bluetooth_switch',
          toggle: {
            checked: b.enabled,
            set: (a, v) => {
              a.state.bluetooth.enabled = v;
              if (!v) for (const d of a.state.bluetooth.paired) d.connected = false;
            },
          },
        }),
      ];
      rows.push(
        prefRow({
          title: 'Device name',
          summary: b.deviceName,
          onTap: (a) => a.showDialog('rename', { field: 'bluetooth' }),
        }),
      );
      // As on Android 13+, pairing is always offered and turns Bluetooth on.
      rows.push(
        prefRow({
          title: 'Pair new device',
          id: 'pair_new',
          onTap: (a) => {
            a.state.bluetooth.enabled = true;
            a.navigate('bluetooth_pair');
          },
        }),
      );
      if (b.enabled) {
        for (const d of b.paired)
          rows.push(
            listItem<S>({
              title: d.name,
              summary: d.connected ? 'Connected' : 'Saved',
              id: 'paired_device',
              key: `paired/${d.name}`,
              onTap: (a) => {
                const dev = a.state.bluetooth.paired.find((x) => x.name === d.name);
                if (dev) dev.connected = !dev.connected;
              },
            }),
          );
      }
      return preferencePage('Connected devices', rows, { scrollKey: 'bt' });
    },
  },
  bluetooth_pair: {
    activity: '.SubSettings',
    render: (r) =>
      preferencePage(
        'Pair new device',
        r.state.bluetooth.available.length
          ? r.state.bluetooth.available.map((name) =>
              listItem<S>({
                title: name,
                summary: 'Available',
                id: 'available_device',
                key: `available/${name}`,
                onTap: (a) => {
                  a.state.bluetooth.available = a.state.bluetooth.available.filter((x) => x !== name);
                  a.state.bluetooth.paired.push({ name, connected: true });
                  a.back();
                  a.toast(`Paired with ${name}`);
                },
              }),
            )
          : [emptyState<S>('No devices found')],
      ),
  },
  data_saver: subpage(
    'Data Saver',
    (s) => [
      {
        title: 'Use Data Saver',
        id: 'data_saver_switch',
        toggle: {
          checked: s.network.dataSaver,
          set: (a, v) => {
            a.state.network.dataSaver = v;
          },
        },
      },
      {
        title: 'Unrestricted data',
        summary: `${s.network.unrestricted.length} apps allowed to use unrestricted data when Data Saver is on`,
      },
    ],
    '.Settings$DataSaverSummaryActivity',
  ),
  display: subpage(
    'Display',
    (s) => [
      { title: 'Brightness level', summary: `${s.display.brightness}%`, onTap: (a) => a.showDialog('brightness') },
      {
        title: 'Adaptive brightness',
        toggle: {
          checked: s.display.adaptiveBrightness,
          set: (a, v) => {
            a.state.display.adaptiveBrightness = v;
          },
        },
      },
      {
        title: 'Dark theme',
        id: 'dark_theme',
        summary: s.display.darkMode ? 'Will never turn off automatically' : 'Will never turn on automatically',
        toggle: {
          checked: s.display.darkMode,
          set: (a, v) => {
            a.state.display.darkMode = v;
          },
        },
      },
      {
        title: 'Font size',
        summary: s.display.fontSize,
        onTap: (a) =>
          a.showDialog('choice', {
            title: 'Font size',
            key: 'fontSize',
            options: ['Small', 'Default', 'Large', 'Largest'],
          }),
      },
      {
        title: 'Screen timeout',
        summary: `After ${s.display.screenTimeout} of inactivity`,
        onTap: (a) =>
          a.showDialog('choice', {
            title: 'Screen timeout',
            key: 'screenTimeout',
            options: ['15 seconds', '30 seconds', '1 minute', '2 minutes', '5 minutes', '10 minutes', '30 minutes'],
          }),
      },
      {
        title: 'Auto-rotate screen',
        toggle: {
          checked: s.display.autoRotate,
          set: (a, v) => {
            a.state.display.autoRotate = v;
          },
        },
      },
      { title: 'Screen saver', summary: 'Clock' },
    ],
    '.Settings$DisplaySettingsActivity',
  ),
  battery: subpage(
    'Battery',
    (s) => [
      { title: `${s.battery.level}%`, summary: `About ${Math.round(s.battery.level / 4)} hr left` },
      { title: 'Battery usage', summary: 'View usage for past 24 hours' },
      { title: 'Battery Saver', summary: on(s.battery.saver), onTap: (a) => a.navigate('battery_saver') },
      {
        title: 'Adaptive Battery',
        toggle: {
          checked: s.battery.adaptive,
          set: (a, v) => {
            a.state.battery.adaptive = v;
          },
        },
      },
      {
        title: 'Battery percentage',
        summary: 'Show battery percentage in status bar',
        toggle: {
          checked: s.battery.percentage,
          set: (a, v) => {
            a.state.battery.percentage = v;
          },
        },
      },
    ],
    '.Settings$PowerUsageSummaryActivity',
  ),
  battery_saver: subpage('Battery Saver', (s) => [
    {
      title: 'Use Battery Saver',
      id: 'battery_saver_switch',
      toggle: {
        checked: s.battery.saver,
        set: (a, v) => {
          a.state.battery.saver = v;
        },
      },
    },
    { title: 'Set a schedule', summary: 'No schedule' },
  ]),
  apps: {
    activity: '.Settings$ManageApplicationsActivity',
    render: (r) => {
      const extra = ['Chrome', 'Gmail', 'Google Play Store', 'Photos', 'YouTube', 'Drive', 'Keep Notes', 'Translate'];
      const names = [
        ...r.apps.map((x) => ({ label: x.label, pkg: x.package })),
        ...extra.map((label) => ({ label, pkg: `com.google.android.${label.toLowerCase().replace(/[^a-z]/g, '')}` })),
      ].sort((x, y) => x.label.localeCompare(y.label));
      return preferencePage(
        'All apps',
        names.map((n) =>
          listItem<S>({
            title: n.label,
            summary: r.state.apps.disabled.includes(n.pkg)
              ? 'Disabled'
              : r.state.apps.stopped.includes(n.pkg)
                ? 'Stopped'
                : `${(n.label.length * 7.3).toFixed(1)} MB`,
            id: 'app_entry',
            key: `app/${n.pkg}`,
            onTap: (a) => a.navigate('app_info', { pkg: n.pkg, label: n.label }),
          }),
        ),
        { scrollKey: 'apps' },
      );
    },
  },
  app_info: {
    activity: '.applications.InstalledAppDetailsTop',
    render: (r) => {
      const pkg = String(r.params.pkg ?? '');
      const label = String(r.params.label ?? pkg);
      const s = r.state;
      const rows: Pref[] = [
        {
          title: 'Notifications',
          summary: s.notifications.blocked.includes(pkg) ? 'Off' : 'On',
          toggle: {
            checked: !s.notifications.blocked.includes(pkg),
            set: (a, v) => {
              a.state.notifications.blocked = v
                ? a.state.notifications.blocked.filter((x) => x !== pkg)
                : [...a.state.notifications.blocked, pkg];
            },
          },
        },
        { title: 'Permissions', summary: 'No permissions requested' },
        { title: 'Storage & cache', summary: '12.4 MB used in internal storage' },
        {
          title: 'Force stop',
          id: 'force_stop_button',
          onTap: (a) => {
            if (!a.state.apps.stopped.includes(pkg)) a.state.apps.stopped.push(pkg);
            a.system.removeTask(pkg);
            a.toast(`${label} stopped`);
          },
        },
        {
          title: s.apps.disabled.includes(pkg) ? 'Enable' : 'Disable',
          id: 'disable_button',
          onTap: (a) => {
            a.state.apps.disabled = a.state.apps.disabled.includes(pkg)
              ? a.state.apps.disabled.filter((x) => x !== pkg)
              : [...a.state.apps.disabled, pkg];
          },
        },
      ];
      return preferencePage(label, rows.map(prefRow));
    },
  },
  wallpaper: {
    activity: '.Settings$WallpaperSettingsActivity',
    render: (r) =>
      preferencePage(
        'Wallpaper & style',
        [
          prefRow({ title: 'Current wallpaper', summary: r.state.wallpaper.current }),
          ...r.state.wallpaper.options.map((w) =>
            listItem<S>({
              title: w,
              summary: w === r.state.wallpaper.current ? 'Applied' : 'Tap to apply',
              id: 'wallpaper_option',
              key: `wallpaper/${w}`,
              selected: w === r.state.wallpaper.current,
              onTap: (a) => a.showDialog('set_wallpaper', { name: w }),
            }),
          ),
        ],
        { scrollKey: 'wallpaper' },
      ),
  },
  sound: subpage('Sound & vibration', (s) => [
    {
      title: 'Ring volume',
      summary: `${s.sound.ringVolume * 10}%`,
      onTap: (a) =>
        a.showDialog('choice', {
          title: 'Ring volume',
          key: 'ringVolume',
          options: ['0', '2', '4', '5', '6', '8', '10'],
        }),
    },
    {
      title: 'Do Not Disturb',
      summary: on(s.sound.dnd),
      toggle: {
        checked: s.sound.dnd,
        set: (a, v) => {
          a.state.sound.dnd = v;
        },
      },
    },
    {
      title: 'Vibrate for calls',
      toggle: {
        checked: s.sound.vibrate,
        set: (a, v) => {
          a.state.sound.vibrate = v;
        },
      },
    },
    {
      title: 'Phone ringtone',
      summary: s.sound.ringtone,
      onTap: (a) =>
        a.showDialog('choice', {
          title: 'Phone ringtone',
          key: 'ringtone',
          options: ['Crystal', 'Beacon', 'Chimes', 'Flutey Phone', 'Hello', 'Pixel Ring'],
        }),
    },
  ]),
  notifications: subpage('Notifications', (s) => [
    { title: 'App notifications', summary: `${s.notifications.blocked.length} apps blocked` },
    { title: 'Notification history' },
    {
      title: 'Notifications on lock screen',
      toggle: {
        checked: s.notifications.onLockScreen,
        set: (a, v) => {
          a.state.notifications.onLockScreen = v;
        },
      },
    },
  ]),
  storage: subpage('Storage', () => [
    { title: 'System', summary: '18 GB' },
    { title: 'Apps', summary: '9.2 GB' },
    { title: 'Images', summary: '3.1 GB' },
    { title: 'Free up space' },
  ]),
  accessibility: subpage('Accessibility', () => [
    { title: 'TalkBack', summary: 'Off' },
    { title: 'Select to Speak', summary: 'Off' },
    { title: 'Color and motion' },
    { title: 'Captions', summary: 'Off' },
  ]),
  security: subpage('Security & privacy', () => [
    { title: 'App security', summary: 'No issues found' },
    { title: 'Device unlock', summary: 'Screen lock, Face & Fingerprint Unlock' },
    { title: 'Privacy controls' },
  ]),
  location: subpage('Location', (s) => [
    {
      title: 'Use location',
      id: 'location_switch',
      toggle: {
        checked: s.location.enabled,
        set: (a, v) => {
          a.state.location.enabled = v;
        },
      },
    },
    { title: 'App location permissions', summary: '3 of 12 apps have access to location' },
    { title: 'Location services' },
  ]),
  safety: subpage('Safety & emergency', () => [
    { title: 'Emergency SOS' },
    { title: 'Medical information' },
    { title: 'Crisis alerts' },
  ]),
  accounts: subpage('Passwords & accounts', () => [
    { title: 'Password Manager' },
    { title: 'Autofill service', summary: 'Google' },
    { title: 'Automatically sync app data' },
  ]),
  wellbeing: subpage('Digital Wellbeing', () => [
    { title: 'Dashboard', summary: '2 hr 11 min today' },
    { title: 'Bedtime mode' },
    { title: 'Focus mode' },
  ]),
  system: subpage('System', () => [
    { title: 'Languages', summary: 'English (United States)' },
    { title: 'Gestures' },
    { title: 'Date & time', summary: 'GMT+00:00' },
    { title: 'Backup', summary: 'On' },
    { title: 'Reset options' },
  ]),
  about: subpage('About phone', (s) => [
    { title: 'Device name', summary: s.about.deviceName, onTap: (a) => a.showDialog('rename', { field: 'about' }) },
    { title: 'Model', summary: s.about.model },
    { title: 'Android version', summary: s.about.android },
    { title: 'Build number', summary: s.about.build },
  ]),
  tips: subpage('Tips & support', () => [{ title: 'Help articles' }, { title: 'Contact support' }]),
};
