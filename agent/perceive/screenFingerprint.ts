/**
 * A hash of what is visible in the app's windows: labels, texts, flags and
 * positions of elements outside the status and navigation bars. Two
 * observations with the same fingerprint look the same to a user, so an
 * action between them did nothing (NoChange).
 */
import { createHash } from 'node:crypto';
import type { Screen } from '../../drivers/screen/types.ts';

const IGNORED_WINDOWS = new Set(['status_bar', 'navigation_bar']);

export function screenFingerprint(screen: Screen): string {
  const ignored = new Set(screen.windows.filter((w) => IGNORED_WINDOWS.has(w.kind)).map((w) => w.id));
  const hash = createHash('sha1');
  hash.update(`${screen.foregroundPackage}|${screen.activity ?? ''}\n`);
  for (const e of screen.elements) {
    if (ignored.has(e.window)) continue;
    const f = e.flags;
    const b = e.bounds;
    hash.update(
      `${e.className}|${e.resourceId}|${e.text}|${e.contentDesc}|${f.checked ? 1 : 0}${f.selected ? 1 : 0}${f.focused ? 1 : 0}${f.enabled ? 1 : 0}|${b.left},${b.top},${b.right},${b.bottom}\n`,
    );
  }
  return hash.digest('hex').slice(0, 16);
}
