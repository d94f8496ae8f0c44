/**
 * The element tree of a Screen in the shape screen identity walks it:
 * children by parent, elements by id, and a text-free shape hash per element
 * (classes, ids and actionability of its subtree), so "same kind of row" and
 * "same kind of cell" can be told without reading content.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { fnv1a } from '../hash.ts';
import { shortClassName } from './elementSignature.ts';

export interface ScreenTree {
  screen: Screen;
  byId: Map<string, UiElement>;
  children: Map<string, UiElement[]>;
  roots: UiElement[];
  /** Shape of each element's subtree: classes, ids and actionability; no text. */
  shape: Map<string, string>;
}

export function screenTree(screen: Screen): ScreenTree {
  const elements = screen.elements;
  const byId = new Map<string, UiElement>();
  const children = new Map<string, UiElement[]>();
  const roots: UiElement[] = [];
  for (const e of elements) {
    byId.set(e.id, e);
    if (e.parent === null) roots.push(e);
    else {
      const list = children.get(e.parent);
      if (list) list.push(e);
      else children.set(e.parent, [e]);
    }
  }
  // Bottom-up: children come after their parents in document order.
  const shape = new Map<string, string>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const e = elements[i]!;
    const kids = children.get(e.id);
    const inner = kids ? kids.map((k) => shape.get(k.id) ?? '').join(',') : '';
    shape.set(e.id, fnv1a(`${shortClassName(e.className)}#${e.resourceId}${e.actionable ? '!' : ''}(${inner})`));
  }
  return { screen, byId, children, roots, shape };
}

/** Every element below `e`, depth first, document order. */
export function descendants(tree: ScreenTree, e: UiElement): UiElement[] {
  const out: UiElement[] = [];
  const stack = [...(tree.children.get(e.id) ?? [])].reverse();
  while (stack.length > 0) {
    const d = stack.pop()!;
    out.push(d);
    const kids = tree.children.get(d.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The nearest ancestors of `e`, closest first. */
export function* ancestors(tree: ScreenTree, e: UiElement): Generator<UiElement> {
  for (let p = e.parent ? tree.byId.get(e.parent) : undefined; p; p = p.parent ? tree.byId.get(p.parent) : undefined)
    yield p;
}
