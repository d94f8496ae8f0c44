/**
 * A short caption for a transition in diagrams: the action kind and the
 * static label of its target (or its resource id), e.g. "tap New note".
 */
import type { AbstractAction } from '../AbstractAction.ts';

export function actionCaption(action: AbstractAction): string {
  const parts: string[] = [action.kind];
  if (action.app) parts.push(action.app);
  if (action.target) {
    const segments = action.target.split('>').pop()!.split('|');
    const label = segments[2] || segments[1] || segments[0] || '';
    if (label) parts.push(label);
  }
  if (action.direction) parts.push(action.direction);
  return parts.join(' ');
}
