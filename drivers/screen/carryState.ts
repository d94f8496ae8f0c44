/**
 * Selection and check state where a person sees it: on the labelled thing.
 *
 * Apps often put `selected` or `checkable`/`checked` on a node without words
 * of its own: a Compose tab whose selected wrapper holds the clickable
 * "Latest", a bottom-bar item whose selected indicator pill sits beside the
 * label "Home", a checkable wrapper around a labelled row. The listing shows
 * lines for labelled elements, so the state would be lost. It is carried:
 *
 * - down, when the unlabelled element holds labelled elements that all end
 *   up on one line (one labelled child, or words folded into one tappable):
 *   that line's element takes the state;
 * - up, when it holds no words at all (an icon, an indicator) and is not
 *   tappable itself: the nearest labelled ancestor takes the state, if that
 *   ancestor is a control (tappable, or a tab) rather than a mere container.
 *
 * `selected` is also noise: Android passes `setSelected` down to children, and
 * apps select text views only to make them scroll (marquee). So a selected
 * node under a selected ancestor repeats that ancestor and is no source, and a
 * carried `selected` that every peer of its holder got as well (each tile of a
 * quick settings page) distinguishes nothing and is taken back. An element's
 * own state is never removed; carrying only adds.
 */
import type { RawNode } from './RawNode.ts';
import type { UiElement } from './types.ts';

/** `elements` and `nodes` are parallel: `nodes[k]` is the dump node of `elements[k]`. */
export function carryState(elements: UiElement[], nodes: RawNode[]): void {
  const tree = new ElementTree(elements);
  const madeSelected = new Set<number>();
  for (let k = 0; k < elements.length; k++) {
    const source = elements[k] as UiElement;
    if (source.label) continue;
    const node = nodes[k] as RawNode;
    const selected = node.selected && !hasSelectedAncestor(node);
    const checkable = source.flags.checkable;
    if (!selected && !checkable) continue;
    const target = tree.holderOf(k);
    if (target === undefined) continue;
    const t = elements[target] as UiElement;
    if (selected && !t.flags.selected) {
      t.flags.selected = true;
      madeSelected.add(target);
    }
    if (checkable && !t.flags.checkable) {
      t.flags.checkable = true;
      t.flags.checked = source.flags.checked;
    }
  }
  for (const k of madeSelected) {
    const peers = tree.peersOf(k);
    if (peers.length >= 2 && peers.every((p) => (elements[p] as UiElement).flags.selected)) {
      for (const p of peers) if (madeSelected.has(p)) (elements[p] as UiElement).flags.selected = false;
    }
  }
}

function hasSelectedAncestor(node: RawNode): boolean {
  for (let up = node.parent; up; up = up.parent) if (up.selected) return true;
  return false;
}

function isTappable(e: UiElement): boolean {
  return e.flags.clickable || e.flags.longClickable || e.role === 'input';
}

/**
 * Tree walks over the flat element list without building a tree: elements are
 * in document (pre-)order, so the descendants of `k` are the elements after it
 * with a greater depth, and ids are `e<index>`.
 */
class ElementTree {
  constructor(private readonly elements: UiElement[]) {}

  private at(k: number): UiElement {
    return this.elements[k] as UiElement;
  }

  private parentOf(k: number): number {
    const p = this.at(k).parent;
    return p === null ? -1 : Number(p.slice(1));
  }

  /** Indices of `k`'s children. */
  private childrenOf(k: number): number[] {
    const out: number[] = [];
    const depth = this.at(k).depth;
    for (let d = k + 1; d < this.elements.length && this.at(d).depth > depth; d++) {
      if (this.at(d).depth === depth + 1) out.push(d);
    }
    return out;
  }

  /** The element whose line should show the state of unlabelled element `k`, if one is clear. */
  holderOf(k: number): number | undefined {
    const owners = new Set<number>();
    for (const d of this.topLabelled(k)) owners.add(this.lineOwner(d));
    if (owners.size === 1) return [...owners][0];
    if (owners.size > 1 || isTappable(this.at(k))) return undefined;
    for (let up = this.parentOf(k); up >= 0; up = this.parentOf(up)) {
      const a = this.at(up);
      if (!a.label) continue;
      return isTappable(a) || a.role === 'tab' ? up : undefined;
    }
    return undefined;
  }

  /** `k` and its siblings of the same kind: the tappable ones when `k` is tappable, else those of its role. */
  peersOf(k: number): number[] {
    const e = this.at(k);
    const parent = this.parentOf(k);
    if (parent < 0) return [k];
    const same = (o: UiElement): boolean => (isTappable(e) ? isTappable(o) : o.role === e.role);
    return this.childrenOf(parent).filter((c) => same(this.at(c)));
  }

  /** Labelled descendants of `k` with no labelled element between them and `k`. */
  private topLabelled(k: number): number[] {
    const out: number[] = [];
    const depth = this.at(k).depth;
    // Depth of the labelled element whose subtree is being skipped, or Infinity.
    let skipBelow = Infinity;
    for (let d = k + 1; d < this.elements.length && this.at(d).depth > depth; d++) {
      const e = this.at(d);
      if (e.depth > skipBelow) continue;
      skipBelow = Infinity;
      if (e.label) {
        out.push(d);
        skipBelow = e.depth;
      }
    }
    return out;
  }

  /** The element whose line says `d`'s words: the tappable they were folded into, else `d` itself. */
  private lineOwner(d: number): number {
    const e = this.at(d);
    if (isTappable(e)) return d;
    for (let up = this.parentOf(d); up >= 0; up = this.parentOf(up)) {
      const a = this.at(up);
      if (isTappable(a)) return a.label.includes(e.label) ? up : d;
    }
    return d;
  }
}
