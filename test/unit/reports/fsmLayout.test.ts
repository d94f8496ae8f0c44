import { describe, expect, it } from 'vitest';
import { LABEL_MAX_WIDTH, labelBox, wrapLabel } from '../../../reports/fsm/layout/labelBox.ts';
import { layoutApp, type LayoutEdge, type LayoutNode } from '../../../reports/fsm/layout/layoutApp.ts';
import { textWidth } from '../../../reports/fsm/layout/textWidth.ts';

function overlaps(layout: ReturnType<typeof layoutApp>, nodes: LayoutNode[]): string[] {
  const boxes = nodes.map((n) => {
    const p = layout.positions.get(n.id)!;
    return { id: n.id, x1: p.x - n.width / 2, x2: p.x + n.width / 2, y1: p.y - n.height / 2, y2: p.y + n.height / 2 };
  });
  const hits: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) hits.push(`${a.id}/${b.id}`);
    }
  return hits;
}

/** A tree of `n` screens (each one's parent earlier), with back edges: what exploring an app learns. */
function tree(n: number): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  const nodes: LayoutNode[] = [];
  const edges: LayoutEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `s${i}`, width: 40 + ((i * 37) % 90), height: i % 4 === 0 ? 34 : 21 });
    if (i > 0) {
      const parent = `s${Math.floor((i - 1) / 3)}`;
      edges.push({ source: parent, target: `s${i}` }, { source: `s${i}`, target: parent });
    }
  }
  return { nodes, edges };
}

describe('FSM view layout', () => {
  it('measures text in DejaVu Sans: wide letters are wider, and width grows with size', () => {
    expect(textWidth('MMMM', 11)).toBeGreaterThan(textWidth('iiii', 11) * 2.5);
    expect(textWidth('Alarm', 22)).toBeCloseTo(textWidth('Alarm', 11) * 2, 6);
    expect(textWidth('', 11)).toBe(0);
  });

  it('wraps a long name on two lines at most and cuts the rest with an ellipsis', () => {
    expect(wrapLabel('Alarm')).toEqual(['Alarm']);
    const lines = wrapLabel('Conversation … > Please review the Q plan before Thursday and send it to the team');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
    // one word longer than a line is cut, not spilled
    const [word] = wrapLabel('Supercalifragilisticexpialidocious-settings-screen');
    expect(word!.endsWith('…')).toBe(true);
    expect(textWidth(word!, 11)).toBeLessThanOrEqual(LABEL_MAX_WIDTH);
  });

  it('sizes a state’s box to its label', () => {
    const short = labelBox('Clock');
    const long = labelBox('Sound & vibration > Ring volume');
    expect(short.lines).toEqual(['Clock']);
    expect(long.lines).toHaveLength(2);
    expect(long.height).toBeGreaterThan(short.height);
    expect(short.width).toBeGreaterThanOrEqual(textWidth('Clock', 11));
  });

  it('places every state of an app without overlaps, the entry first at the top left, the same way every time', () => {
    const { nodes, edges } = tree(40);
    const layout = layoutApp(nodes, edges, 's0');
    expect(layout.positions.size).toBe(40);
    expect(overlaps(layout, nodes)).toEqual([]);
    const entry = layout.positions.get('s0')!;
    for (const p of layout.positions.values()) {
      expect(p.x).toBeGreaterThanOrEqual(entry.x - 70);
      expect(p.y).toBeGreaterThanOrEqual(entry.y - 20);
    }
    // deeper screens are not left of shallower ones: s0 -> s1 -> s4 -> s13
    const xs = ['s0', 's1', 's4', 's13'].map((id) => layout.positions.get(id)!.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layoutApp(nodes, edges, 's0')).toEqual(layout);
    // the box holds every state
    for (const n of nodes) {
      const p = layout.positions.get(n.id)!;
      expect(p.x + n.width / 2).toBeLessThanOrEqual(layout.width + 0.001);
      expect(p.y + n.height / 2).toBeLessThanOrEqual(layout.height + 0.001);
    }
  });

  it('keeps an app’s box near the shape of a page, not a strip, and places states no path from the entry reaches', () => {
    const { nodes, edges } = tree(60);
    nodes.push({ id: 'island', width: 80, height: 21 }, { id: 'island2', width: 80, height: 21 });
    edges.push({ source: 'island', target: 'island2' });
    const layout = layoutApp(nodes, edges, 's0');
    expect(layout.positions.has('island')).toBe(true);
    expect(overlaps(layout, nodes)).toEqual([]);
    const ratio = layout.width / layout.height;
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(4);
  });

  it('lays out an app with one state, or none', () => {
    expect(layoutApp([{ id: 'a', width: 50, height: 21 }], [], 'a')).toMatchObject({ width: 50, height: 21 });
    expect(layoutApp([], [], undefined)).toMatchObject({ width: 0, height: 0 });
  });
});
