/** Settings data: every value a task may change or check. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export interface WifiNetwork {
  ssid: string;
  secured: boolean;
  password: string;
  strength: number;
}

export interface SettingsState {
  wifi: { enabled: boolean; connected: string | null; saved: string[]; networks: WifiNetwork[] };
  bluetooth: {
    enabled: boolean;
    deviceName: string;
    paired: { name: string; connected: boolean }[];
    available: string[];
  };
  network: { airplane: boolean; mobileData: boolean; dataSaver: boolean; hotspot: boolean; unrestricted: string[] };
  display: {
    darkMode: boolean;
    brightness: number;
    adaptiveBrightness: boolean;
    fontSize: string;
    screenTimeout: string;
    autoRotate: boolean;
  };
  battery: { level: number; saver: boolean; percentage: boolean; adaptive: boolean };
  sound: { ringVolume: number; dnd: boolean; vibrate: boolean; ringtone: string };
  wallpaper: { current: string; options: string[] };
  location: { enabled: boolean };
  notifications: { onLockScreen: boolean; blocked: string[] };
  apps: { stopped: string[]; disabled: string[] };
  about: { deviceName: string; model: string; android: string; build: string };
}

const SSIDS = [
  'HomeNet',
  'CoffeeHouse_Guest',
  'Library-Free',
  'NETGEAR-5G',
  'Office_Secure',
  'TP-Link_8842',
  'AirportWiFi',
  'Skyline Apartments',
];
const BT = ['Pixel Buds Pro', 'JBL Flip 5', 'Car Audio', 'Galaxy Watch', 'Bose QC45', 'Logitech K380'];

export function initialSettings(s: Seeded): SettingsState {
  const networks = SSIDS.map((ssid, i) => ({
    ssid,
    secured: i % 3 !== 1,
    password: `pass${s.int(1000, 9999)}`,
    strength: s.int(1, 4),
  }));
  return {
    wifi: { enabled: true, connected: 'HomeNet', saved: ['HomeNet'], networks },
    bluetooth: {
      enabled: false,
      deviceName: 'Pixel 7',
      paired: [
        { name: BT[0]!, connected: false },
        { name: BT[2]!, connected: false },
      ],
      available: BT.slice(3),
    },
    network: { airplane: false, mobileData: true, dataSaver: false, hotspot: false, unrestricted: [] },
    display: {
      darkMode: false,
      brightness: s.int(30, 80),
      adaptiveBrightness: true,
      fontSize: 'Default',
      screenTimeout: '30 seconds',
      autoRotate: false,
    },
    battery: { level: s.int(35, 95), saver: false, percentage: false, adaptive: true },
    sound: { ringVolume: 5, dnd: false, vibrate: true, ringtone: 'Crystal' },
    wallpaper: {
      current: 'Cosmic Blue',
      options: [
        'Cosmic Blue',
        'Mountain Dawn',
        'Ocean Drift',
        'Forest Path',
        'City Lights',
        'Desert Sand',
        'Aurora',
        'Minimal Grey',
      ],
    },
    location: { enabled: true },
    notifications: { onLockScreen: true, blocked: [] },
    apps: { stopped: [], disabled: [] },
    about: { deviceName: 'Pixel 7', model: 'Pixel 7', android: '14', build: 'UQ1A.240205.004' },
  };
}
