/** Settings: system toggles and choices (AndroidWorld's "system" tasks). */
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { launch, rid, scrollDown, tap, tapId, typeInto, clearField, answer } from '../steps.ts';

const S = (rest: string) => app('Settings', rest);

export const settingsTasks = [
  defineTask({
    id: 'settings_dark_theme',
    instruction: 'Turn on the dark theme.',
    apps: ['Settings'],
    difficulty: 1,
    category: 'settings',
    success: { path: S('display.darkMode'), equals: true },
    reference: [launch('Settings'), tap('Display'), tap('Dark theme')],
  }),
  defineTask({
    id: 'settings_wifi_off',
    instruction: 'Switch Wi-Fi off.',
    apps: ['Settings'],
    difficulty: 1,
    category: 'settings',
    seed: 2,
    success: { path: S('wifi.enabled'), equals: false },
    reference: [launch('Settings'), tap('Network & internet'), tap('Internet'), tapId(rid('Settings', 'wifi_switch'))],
  }),
  defineTask({
    id: 'settings_battery_saver',
    instruction: 'My battery is low, turn on Battery Saver.',
    apps: ['Settings'],
    difficulty: 2,
    category: 'settings',
    faultProfile: 'light',
    success: { path: S('battery.saver'), equals: true },
    reference: [
      launch('Settings'),
      tap('Battery'),
      tap('Battery Saver'),
      tapId(rid('Settings', 'battery_saver_switch')),
    ],
  }),
  defineTask({
    id: 'settings_screen_timeout',
    instruction: 'Make the screen stay on for 5 minutes before it turns off.',
    apps: ['Settings'],
    difficulty: 2,
    category: 'settings',
    seed: 3,
    startInApp: true,
    success: { path: S('display.screenTimeout'), equals: '5 minutes' },
    reference: [tap('Display'), tap('Screen timeout'), tap('5 minutes')],
  }),
  defineTask({
    id: 'settings_pair_headphones',
    instruction: 'Pair my Bose QC45 headphones over Bluetooth.',
    apps: ['Settings'],
    difficulty: 2,
    category: 'settings',
    success: { path: S('bluetooth.paired[*]'), some: { path: 'name', equals: 'Bose QC45' } },
    reference: [launch('Settings'), tap('Connected devices'), tap('Pair new device'), tap('Bose QC45')],
  }),
  defineTask({
    id: 'settings_rename_device',
    instruction: 'Rename this phone to "Maple Test Phone".',
    apps: ['Settings'],
    difficulty: 2,
    category: 'settings',
    success: { path: S('about.deviceName'), equals: 'Maple Test Phone' },
    reference: [
      launch('Settings'),
      scrollDown(),
      tap('About phone'),
      tap('Device name'),
      clearField(rid('Settings', 'edittext')),
      typeInto(rid('Settings', 'edittext'), 'Maple Test Phone'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'settings_mute_shopping_notifications',
    instruction: 'Stop the Shopping app from sending me notifications, but keep Do Not Disturb off.',
    apps: ['Settings'],
    difficulty: 3,
    category: 'settings',
    success: {
      all: [
        { path: S('notifications.blocked'), contains: 'com.maple.shopping' },
        { path: S('sound.dnd'), equals: false },
      ],
    },
    reference: [launch('Settings'), tap('Apps'), scrollDown(), tap('Shopping'), tap('Notifications')],
  }),
  defineTask({
    id: 'settings_wifi_password_lookup',
    instruction:
      'Which Wi-Fi network am I connected to, and is its signal good? Tell me the network name and signal strength.',
    apps: ['Settings'],
    difficulty: 2,
    category: 'lookup',
    // The connected network and its strength; naming any other network (a dump of the list) fails.
    success: { answer: { items: ['HomeNet', ['Poor', 'weak']], others: { path: S('wifi.networks[*].ssid') } } },
    reference: [
      launch('Settings'),
      tap('Network & internet'),
      tap('Internet'),
      tap('HomeNet'),
      answer('HomeNet, signal strength Poor'),
    ],
  }),
];
