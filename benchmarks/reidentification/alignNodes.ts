/**
 * Element -> page-source node, so an element of a parsed Screen can be given the device's true node
 * identity (nodes in document order, as `mobile: mapleNodeKeys` lists them). Elements are the kept nodes
 * in document order, so one forward walk pairs each element with the next node of the same class,
 * resource id, description and bounds (not text: the parser reads a field showing its hint as empty); a
 * node the parser dropped (no area, off screen, under the keyboard) never has the area of the element
 * after it, so it is skipped, never taken.
 */
import { scanHierarchy, type RawNode, type Screen } from '../../drivers/screen/index.ts';

export class AlignmentError extends Error {
  override name = 'AlignmentError';
}

function flatten(xml: string): RawNode[] {
  const out: RawNode[] = [];
  const stack = [...scanHierarchy(xml).hierarchy.roots].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** Element id -> identity, given the page source the screen was parsed from and one identity per node. */
export function elementIdentities(
  pageSource: string,
  screen: Screen,
  nodeIdentities: readonly string[],
): Map<string, string> {
  const nodes = flatten(pageSource);
  if (nodes.length !== nodeIdentities.length)
    throw new AlignmentError(
      `the page source has ${nodes.length} nodes but ${nodeIdentities.length} identities came with it: fetch both from the same render (page source, then mapleNodeKeys, with no input between)`,
    );
  const out = new Map<string, string>();
  let j = 0;
  for (const e of screen.elements) {
    while (j < nodes.length) {
      const n = nodes[j]!;
      const b = n.bounds;
      j++;
      if (
        b &&
        n.className === e.className &&
        n.resourceId === e.resourceId &&
        n.contentDesc === e.contentDesc &&
        b.left === e.bounds.left &&
        b.top === e.bounds.top &&
        b.right === e.bounds.right &&
        b.bottom === e.bounds.bottom
      ) {
        out.set(e.id, nodeIdentities[j - 1]!);
        break;
      }
    }
    if (!out.has(e.id))
      throw new AlignmentError(`element ${e.id} (${e.className} "${e.label}") matches no page-source node`);
  }
  return out;
}
