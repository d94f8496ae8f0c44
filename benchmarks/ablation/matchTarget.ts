/**
 * Finds a reference step's target on a parsed Screen, with the same meaning
 * the device gives it (text, resource id, content description, and the
 * XPath / UiSelector shapes the virtual suite's references use). Only what
 * the Screen keeps is searched: an element scrolled off screen is "not on
 * the current screen", which is exactly what the noisy oracle needs to know.
 */
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import type { ScriptTarget } from '../types.ts';

type Cond = { attr: string; value: string; contains: boolean };

const ATTR: Record<string, (e: UiElement) => string> = {
  'resource-id': (e) => e.resourceId,
  text: (e) => e.text,
  'content-desc': (e) => e.contentDesc,
};

/** `//*[@a="v" and contains(@b, "w")]//*[...]` → one condition list per segment; null for shapes it does not know. */
function parseXpath(xpath: string): Cond[][] | null {
  const segments = xpath.split('//*').filter((s) => s.length > 0);
  if (segments.length === 0) return null;
  const out: Cond[][] = [];
  for (const seg of segments) {
    const m = /^\[(.*)\]$/.exec(seg.trim());
    if (!m) return null;
    const conds: Cond[] = [];
    for (const part of (m[1] as string).split(/\s+and\s+/)) {
      const eq = /^@([\w-]+)="([^"]*)"$/.exec(part.trim());
      const co = /^contains\(@([\w-]+),\s*"([^"]*)"\)$/.exec(part.trim());
      const c = eq
        ? { attr: eq[1]!, value: eq[2]!, contains: false }
        : co
          ? { attr: co[1]!, value: co[2]!, contains: true }
          : null;
      if (!c || !ATTR[c.attr]) return null;
      conds.push(c);
    }
    out.push(conds);
  }
  return out;
}

function holds(e: UiElement, conds: Cond[]): boolean {
  return conds.every((c) => {
    const v = ATTR[c.attr]!(e);
    return c.contains ? v.includes(c.value) : v === c.value;
  });
}

function xpathMatch(screen: Screen, chain: Cond[][]): UiElement | undefined {
  const byId = new Map(screen.elements.map((e) => [e.id, e]));
  const last = chain[chain.length - 1]!;
  return screen.elements.find((e) => {
    if (!holds(e, last)) return false;
    // Earlier segments must match ancestors, outermost first.
    let need = chain.length - 2;
    for (
      let up = e.parent ? byId.get(e.parent) : undefined;
      up && need >= 0;
      up = up.parent ? byId.get(up.parent) : undefined
    ) {
      if (holds(up, chain[need]!)) need--;
    }
    return need < 0;
  });
}

export function matchTarget(screen: Screen, target: ScriptTarget): UiElement | undefined {
  const els = screen.elements;
  if ('text' in target) return els.find((e) => e.text === target.text);
  if ('id' in target) return els.find((e) => e.resourceId === target.id);
  if ('desc' in target) return els.find((e) => e.contentDesc === target.desc);
  if ('point' in target) return undefined;
  const { strategy, value } = target.locator;
  if (strategy === 'id') return els.find((e) => e.resourceId === value);
  if (strategy === 'accessibility id') return els.find((e) => e.contentDesc === value);
  if (strategy === 'xpath') {
    const chain = parseXpath(value);
    return chain ? xpathMatch(screen, chain) : undefined;
  }
  const m = /^new UiSelector\(\)\.(text|textStartsWith|textContains|description|resourceId)\("([^"]*)"\)$/.exec(value);
  if (!m) return undefined;
  const v = m[2]!;
  switch (m[1]) {
    case 'text':
      return els.find((e) => e.text === v);
    case 'textStartsWith':
      return els.find((e) => e.text.startsWith(v));
    case 'textContains':
      return els.find((e) => e.text.includes(v));
    case 'description':
      return els.find((e) => e.contentDesc === v);
    default:
      return els.find((e) => e.resourceId === v);
  }
}
