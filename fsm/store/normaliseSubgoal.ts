/**
 * The key a shortcut is stored under: the subgoal's text lower-cased, with
 * punctuation and repeated spaces removed, so "Open Settings." and
 * "open settings" find the same shortcut.
 */
export function normaliseSubgoal(subgoal: string): string {
  return subgoal
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
