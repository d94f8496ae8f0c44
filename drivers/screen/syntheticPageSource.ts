/**
 * Generates large, realistic page source for benchmarks and stress tests: a
 * status bar window and an app window with a toolbar and a long list whose
 * rows hold an icon, a title, a subtitle with a time and a switch. Both dump
 * formats, byte-for-byte the attribute sets real devices write. Deterministic.
 */

export interface SyntheticPageSourceOptions {
  /** Approximate number of nodes (the generator stops at the first row boundary past it). */
  nodes: number;
  format?: 'uiautomator' | 'appium';
  width?: number;
  height?: number;
  /** App package (default com.example.synthetic). */
  package?: string;
}

interface Spec {
  cls: string;
  pkg: string;
  b: [number, number, number, number];
  text?: string;
  desc?: string;
  id?: string;
  clickable?: boolean;
  checkable?: boolean;
  checked?: boolean;
  scrollable?: boolean;
  children?: Spec[];
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attrs(s: Spec, index: number, format: 'uiautomator' | 'appium'): string {
  const b = `[${s.b[0]},${s.b[1]}][${s.b[2]},${s.b[3]}]`;
  const t = (v: boolean | undefined): string => (v ? 'true' : 'false');
  if (format === 'uiautomator') {
    return `index="${index}" text="${esc(s.text ?? '')}" resource-id="${s.id ?? ''}" class="${s.cls}" package="${s.pkg}" content-desc="${esc(s.desc ?? '')}" checkable="${t(s.checkable)}" checked="${t(s.checked)}" clickable="${t(s.clickable)}" enabled="true" focusable="${t(s.clickable)}" focused="false" scrollable="${t(s.scrollable)}" long-clickable="false" password="false" selected="false" bounds="${b}" drawing-order="${index + 1}" hint=""`;
  }
  return `index="${index}" package="${s.pkg}" class="${s.cls}" text="${esc(s.text ?? '')}"${s.desc ? ` content-desc="${esc(s.desc)}"` : ''}${s.id ? ` resource-id="${s.id}"` : ''} checkable="${t(s.checkable)}" checked="${t(s.checked)}" clickable="${t(s.clickable)}" enabled="true" focusable="${t(s.clickable)}" focused="false" long-clickable="false" password="false" scrollable="${t(s.scrollable)}" selected="false" bounds="${b}" displayed="true" a11y-important="true" screen-reader-focusable="false" drawing-order="${index + 1}" showing-hint="false" text-entry-key="false" dismissable="false" a11y-focused="false" heading="false" live-region="0" context-clickable="false" content-invalid="false"`;
}

function write(out: string[], s: Spec, index: number, format: 'uiautomator' | 'appium', indent: string): void {
  const tag = format === 'uiautomator' ? 'node' : s.cls;
  const a = attrs(s, index, format);
  const nl = format === 'appium' ? '\n' : '';
  const pad = format === 'appium' ? indent : '';
  if (!s.children || s.children.length === 0) {
    out.push(`${pad}<${tag} ${a} />${nl}`);
    return;
  }
  out.push(`${pad}<${tag} ${a}>${nl}`);
  s.children.forEach((c, k) => write(out, c, k, format, `${indent}  `));
  out.push(`${pad}</${tag}>${nl}`);
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
  const statusBar: Spec = {
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
  const rows: Spec[] = [];
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
  const app: Spec = {
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
  const out: string[] = [];
  out.push(`<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>`);
  if (format === 'appium')
    out.push(`\n<hierarchy index="0" class="hierarchy" rotation="0" width="${W}" height="${H}">\n`);
  else out.push(`<hierarchy rotation="0">`);
  write(out, app, 0, format, '  ');
  write(out, statusBar, 1, format, '  ');
  out.push('</hierarchy>');
  return out.join('');
}
