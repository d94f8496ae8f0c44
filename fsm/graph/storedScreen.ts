/**
 * The representative screen of a state, kept so that the state can be keyed
 * again when the identity rules change (IDENTITY_VERSION): every element the
 * parser kept, with the attributes perception reads (class, ids, texts,
 * bounds, flags) and its parent, compressed into one string (about 1-3 KB a
 * state). `restoreScreen` rebuilds the hierarchy and parses it again through
 * drivers/screen, so a re-key applies new window, role and identity rules
 * alike. Only nodes the parser had dropped (hidden, zero-size, off screen)
 * are missing.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { buildScreen, type RawHierarchy, type RawNode, type Screen } from '../../drivers/screen/index.ts';
import { FsmFormatError } from '../errors.ts';

/** `v1:` + base64 of the deflated JSON of a StoredScreenData. */
export type StoredScreen = string;

const PREFIX = 'v1:';

type StoredNode = [
  parent: number,
  window: number,
  className: string,
  text: string,
  resourceId: string,
  contentDesc: string,
  hint: string,
  pkg: string,
  left: number,
  top: number,
  right: number,
  bottom: number,
  flags: number,
];

interface StoredScreenData {
  format: Screen['format'];
  width: number;
  height: number;
  rotation: number;
  activity?: string;
  /** Per window: package and bounds (a window whose root node was dropped needs a stand-in root). */
  windows: [pkg: string, left: number, top: number, right: number, bottom: number][];
  nodes: StoredNode[];
}

const FLAGS = [
  'clickable',
  'longClickable',
  'scrollable',
  'checkable',
  'checked',
  'enabled',
  'focusable',
  'focused',
  'selected',
  'password',
] as const;

export function storeScreen(screen: Screen): StoredScreen {
  const index = new Map(screen.elements.map((e, i) => [e.id, i]));
  const windowIndex = new Map(screen.windows.map((w, i) => [w.id, i]));
  const data: StoredScreenData = {
    format: screen.format,
    width: screen.width,
    height: screen.height,
    rotation: screen.rotation,
    windows: screen.windows.map((w) => [w.package, w.bounds.left, w.bounds.top, w.bounds.right, w.bounds.bottom]),
    nodes: screen.elements.map((e) => {
      let flags = 0;
      FLAGS.forEach((f, bit) => {
        if (e.flags[f]) flags |= 1 << bit;
      });
      const b = e.bounds;
      return [
        e.parent === null ? -1 : (index.get(e.parent) ?? -1),
        windowIndex.get(e.window) ?? 0,
        e.className,
        e.text,
        e.resourceId,
        e.contentDesc,
        e.hint,
        e.package,
        b.left,
        b.top,
        b.right,
        b.bottom,
        flags,
      ];
    }),
  };
  if (screen.activity) data.activity = screen.activity;
  return PREFIX + deflateRawSync(JSON.stringify(data)).toString('base64');
}

function decode(stored: StoredScreen): StoredScreenData {
  if (!stored.startsWith(PREFIX))
    throw new FsmFormatError(`stored screen in an unknown format (${JSON.stringify(stored.slice(0, 8))})`);
  try {
    return JSON.parse(inflateRawSync(Buffer.from(stored.slice(PREFIX.length), 'base64')).toString('utf8'));
  } catch (error) {
    throw new FsmFormatError(`stored screen is damaged: ${(error as Error).message}`);
  }
}

/** The Screen a stored one was taken from, parsed again with today's rules. */
export function restoreScreen(stored: StoredScreen): Screen {
  const data = decode(stored);
  const nodes: RawNode[] = data.nodes.map((n) => {
    const raw: RawNode = {
      tag: 'node',
      className: n[2],
      text: n[3],
      resourceId: n[4],
      contentDesc: n[5],
      hint: n[6],
      package: n[7],
      bounds: { left: n[8], top: n[9], right: n[10], bottom: n[11] },
      checkable: false,
      checked: false,
      clickable: false,
      longClickable: false,
      enabled: false,
      focusable: false,
      focused: false,
      scrollable: false,
      password: false,
      selected: false,
      displayed: true,
      // The stored element already reads a shown hint as the hint (buildScreen moved it).
      showingHint: false,
      parent: null,
      children: [],
    };
    FLAGS.forEach((f, bit) => {
      raw[f] = (n[12] & (1 << bit)) !== 0;
    });
    return raw;
  });
  // One top-level node per window, in window order; a window with several top nodes gets a stand-in root.
  const tops = data.windows.map(() => [] as RawNode[]);
  data.nodes.forEach((n, i) => {
    const node = nodes[i]!;
    const parent = n[0] >= 0 ? nodes[n[0]] : undefined;
    if (parent) {
      node.parent = parent;
      parent.children.push(node);
    } else (tops[n[1]] ?? tops[0])?.push(node);
  });
  const roots = tops.flatMap((top, w) => {
    if (top.length <= 1) return top;
    const [pkg, left, topEdge, right, bottom] = data.windows[w]!;
    const root: RawNode = {
      ...top[0]!,
      className: 'android.widget.FrameLayout',
      text: '',
      resourceId: '',
      contentDesc: '',
      hint: '',
      package: pkg,
      bounds: { left, top: topEdge, right, bottom },
      clickable: false,
      longClickable: false,
      scrollable: false,
      checkable: false,
      checked: false,
      selected: false,
      focused: false,
      children: top,
    };
    for (const t of top) t.parent = root;
    return [root];
  });
  const raw: RawHierarchy = {
    format: data.format,
    rotation: data.rotation,
    width: data.width,
    height: data.height,
    roots,
    nodeCount: nodes.length,
  };
  return buildScreen(raw, {
    width: data.width,
    height: data.height,
    ...(data.activity ? { activity: data.activity } : {}),
  });
}
