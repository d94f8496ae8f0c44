/**
 * Lays out one app's states for the FSM view: layers by distance from the
 * app's entry screen, each layer ordered so that neighbours stay close
 * (barycentre sweeps, as layered graph drawing does), then the layers in
 * order flowed into columns of even height: the entry at the top left,
 * deeper screens further right and down. Every state is a box sized to its
 * label; boxes never overlap, so every label is readable at any zoom the box
 * is, and the columns leave little empty space, so the zoom that shows all
 * of a phone's apps is as large as it can be. Linear in states and
 * transitions: 200 states lay out in milliseconds, where dagre's crossing
 * reduction took seconds.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface AppLayout {
  /** Box centres, relative to the app's top-left corner. */
  positions: Map<string, { x: number; y: number }>;
  width: number;
  height: number;
}

export const COLUMN_GAP = 32;
export const ROW_GAP = 5;
const SWEEPS = 4;

/** Depth of every node: BFS from the entry, then from each part the entry does not reach. */
function depths(nodes: LayoutNode[], out: Map<string, string[]>, entry: string | undefined): Map<string, number> {
  const depth = new Map<string, number>();
  const indegree = new Map(nodes.map((n) => [n.id, 0]));
  for (const targets of out.values()) for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  const bfs = (root: string): void => {
    depth.set(root, 0);
    const queue = [root];
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i]!;
      for (const next of out.get(at) ?? []) {
        if (depth.has(next)) continue;
        depth.set(next, depth.get(at)! + 1);
        queue.push(next);
      }
    }
  };
  if (entry && indegree.has(entry)) bfs(entry);
  for (;;) {
    const rest = nodes.filter((n) => !depth.has(n.id));
    if (rest.length === 0) break;
    // A part the entry does not reach starts at its own source: the state fewest others lead to.
    rest.sort((a, b) => (indegree.get(a.id) ?? 0) - (indegree.get(b.id) ?? 0));
    bfs(rest[0]!.id);
  }
  return depth;
}

/** Reorders each layer by the mean position of its neighbours in the layer before (down) or after (up). */
function sweep(layers: string[][], neighbours: Map<string, string[]>): void {
  const position = new Map<string, number>();
  const index = (): void => layers.forEach((layer) => layer.forEach((id, i) => position.set(id, i / layer.length)));
  index();
  const order = (layer: string[], ref: Set<string>): void => {
    const key = new Map<string, number>();
    layer.forEach((id, i) => {
      const near = (neighbours.get(id) ?? []).filter((n) => ref.has(n)).map((n) => position.get(n)!);
      key.set(id, near.length ? near.reduce((a, b) => a + b, 0) / near.length : i / layer.length);
    });
    layer.sort((a, b) => key.get(a)! - key.get(b)!);
  };
  for (let s = 0; s < SWEEPS; s++) {
    for (let d = 1; d < layers.length; d++) {
      order(layers[d]!, new Set(layers[d - 1]));
      index();
    }
    for (let d = layers.length - 2; d >= 0; d--) {
      order(layers[d]!, new Set(layers[d + 1]));
      index();
    }
  }
}

/** Rows a column holds about: k √n, with k chosen so an app's box comes out a little wider than tall. */
export function rowBudget(states: number): number {
  return Math.max(6, Math.ceil(1.9 * Math.sqrt(states)));
}

export function layoutApp(nodes: LayoutNode[], edges: LayoutEdge[], entry?: string): AppLayout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out = new Map<string, string[]>();
  const neighbours = new Map<string, string[]>();
  const link = (map: Map<string, string[]>, a: string, b: string): void => {
    const list = map.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    map.set(a, list);
  };
  for (const e of edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    link(out, e.source, e.target);
    link(neighbours, e.source, e.target);
    link(neighbours, e.target, e.source);
  }
  const depth = depths(nodes, out, entry);
  const layers: string[][] = [];
  for (const n of nodes) (layers[depth.get(n.id)!] ??= []).push(n.id);
  const dense = layers.filter((l) => l !== undefined);
  sweep(dense, neighbours);

  // The layers in order, flowed into columns of even height like a newspaper's: the entry first (top left),
  // then each step further from it, so depth still reads left to right and no column stands half empty.
  const sequence = dense.flat();
  const count = Math.max(1, Math.ceil(sequence.length / rowBudget(nodes.length)));
  const total = sequence.reduce((h, id) => h + byId.get(id)!.height + ROW_GAP, 0);
  const target = total / count;
  const columns: string[][] = [[]];
  let filled = 0;
  for (const id of sequence) {
    const h = byId.get(id)!.height + ROW_GAP;
    const column = columns[columns.length - 1]!;
    if (column.length > 0 && filled + h / 2 > target && columns.length < count) {
      columns.push([id]);
      filled = h;
    } else {
      column.push(id);
      filled += h;
    }
  }

  const heightOf = (column: string[]): number =>
    column.reduce((h, id) => h + byId.get(id)!.height, 0) + ROW_GAP * Math.max(0, column.length - 1);
  const height = Math.max(0, ...columns.map(heightOf));
  const positions = new Map<string, { x: number; y: number }>();
  let left = 0;
  for (const column of columns) {
    const width = Math.max(...column.map((id) => byId.get(id)!.width));
    let top = 0;
    for (const id of column) {
      const node = byId.get(id)!;
      positions.set(id, { x: left + width / 2, y: top + node.height / 2 });
      top += node.height + ROW_GAP;
    }
    left += width + COLUMN_GAP;
  }
  return { positions, width: Math.max(0, left - COLUMN_GAP), height };
}
