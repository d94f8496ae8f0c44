/**
 * Generates large, realistic page source for benchmarks and stress tests: a
 * status bar window and an app window with a toolbar and a long list whose
 * rows hold an icon, a title, a subtitle with a time and a switch. Both dump
 * formats, byte-for-byte the attribute sets real devices write (see
 * writePageSource.ts). Deterministic.
 */
import { writePageSource, type NodeSpec } from './writePageSource.ts';

export interface SyntheticPageSourceOptions {
  /** Approximate number of nodes (the generator stops at the first row boundary past it). */
  nodes: number;
  format?: 'uiautomator' | 'appium';
  width?: number;
  height?: number;
  /** App package (default com.example.synthetic). */
  package?: string;
}

const WORDS = [
  'Alarm',
  'Bluetooth',
  'Calendar',
  'Display',
  'Battery',
  'Storage',
  'Sound',
  'Privacy',
  'Location',
  'Accounts',
  'Network',
  'Apps',
];

export function syntheticPageSource(options: SyntheticPageSourceOptions): string {
  const format = options.format ?? 'appium';
  const W = options.width ?? 1080;
  const H = options.height ?? 2400;
  const pkg = options.package ?? 'com.example.synthetic';
  const id = (name: string): string => `${pkg}:id/${name}`;
  const statusBar: NodeSpec = {
    cls: 'android.widget.FrameLayout',
    pkg: 'com.android.systemui',
    b: [0, 0, W, 96],
    id: 'com.android.systemui:id/status_bar',
    children: [
      {
        cls: 'android.widget.TextView',
        pkg: 'com.android.systemui',
        b: [40, 20, 200, 76],
        text: '9:41',
        id: 'com.android.systemui:id/clock',
      },
      {
        cls: 'android.widget.ImageView',
        pkg: 'com.android.systemui',
        b: [960, 20, 1040, 76],
        desc: 'Battery 87 percent.',
      },
    ],
  };
  const rows: NodeSpec[] = [];
  const listTop = 300;
  const rowH = 180;
  // Seven nodes per row; the app's frame and toolbar add about ten.
  const rowCount = Math.max(1, Math.ceil((options.nodes - 14) / 7));
  for (let r = 0; r < rowCount; r++) {
    // Rows wrap around the visible list area so every node stays on screen: the worst case for extraction.
    const top = listTop + ((r * rowH) % (H - listTop - rowH));
    const word = WORDS[r % WORDS.length] as string;
    rows.push({
      cls: 'android.widget.LinearLayout',
      pkg,
      b: [0, top, W, top + rowH],
      clickable: true,
      id: id('row'),
      children: [
        { cls: 'android.widget.ImageView', pkg, b: [40, top + 40, 140, top + 140], id: id('icon') },
        {
          cls: 'android.widget.LinearLayout',
          pkg,
          b: [180, top + 20, 860, top + 160],
          children: [
            {
              cls: 'android.widget.TextView',
              pkg,
              b: [180, top + 20, 860, top + 90],
              text: `${word} ${r}`,
              id: id('title'),
            },
            {
              cls: 'android.widget.TextView',
              pkg,
              b: [180, top + 90, 860, top + 160],
              text: `Updated ${(r % 12) + 1}:${String(r % 60).padStart(2, '0')} · ${r * 3} items`,
              id: id('summary'),
            },
          ],
        },
        {
          cls: 'android.widget.LinearLayout',
          pkg,
          b: [880, top + 40, 1040, top + 140],
          children: [
            {
              cls: 'android.widget.Switch',
              pkg,
              b: [880, top + 40, 1040, top + 140],
              checkable: true,
              checked: r % 3 === 0,
              id: id('switch_widget'),
            },
          ],
        },
      ],
    });
  }
  const app: NodeSpec = {
    cls: 'android.widget.FrameLayout',
    pkg,
    b: [0, 0, W, H],
    children: [
      {
        cls: 'android.widget.LinearLayout',
        pkg,
        b: [0, 96, W, H],
        id: id('root'),
        children: [
          {
            cls: 'android.view.ViewGroup',
            pkg,
            b: [0, 96, W, 280],
            id: id('toolbar'),
            children: [
              { cls: 'android.widget.ImageButton', pkg, b: [0, 96, 168, 280], desc: 'Navigate up', clickable: true },
              { cls: 'android.widget.TextView', pkg, b: [200, 140, 800, 236], text: 'Synthetic settings' },
              {
                cls: 'android.widget.ImageButton',
                pkg,
                b: [912, 96, W, 280],
                desc: 'Search',
                clickable: true,
                id: id('search'),
              },
            ],
          },
          {
            cls: 'androidx.recyclerview.widget.RecyclerView',
            pkg,
            b: [0, listTop, W, H],
            id: id('list'),
            scrollable: true,
            children: rows,
          },
        ],
      },
    ],
  };
  return writePageSource([app, statusBar], { format, width: W, height: H });
}
