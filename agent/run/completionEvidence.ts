/**
 * Whether an action that says it completes the task (`completes: "task"`)
 * showed, for sure, what it said would show: every expected label is on the
 * screen after it, every label expected gone is gone, and at least one of
 * them changed with the action (a label that was already there before proves
 * nothing), and no dialog is up (a confirmation still asks for a tap). Sure: the run ends without another call. Not sure: the end check
 * (one model call) looks, as after a `finish`.
 */
import type { Screen } from '../../drivers/screen/types.ts';
import type { Action } from '../actions/index.ts';
import { showsLabel } from '../roles/verifier/labelMatch.ts';

export function completionShown(action: Action, before: Screen, after: Screen): boolean {
  const visible = action.expected?.visible ?? [];
  const absent = action.expected?.absent ?? [];
  if (visible.length === 0 && absent.length === 0) return false;
  const holds =
    visible.every((l) => showsLabel(after, l) !== 'none') && absent.every((l) => showsLabel(after, l) !== 'exact');
  const changed =
    visible.some((l) => showsLabel(before, l) === 'none') || absent.some((l) => showsLabel(before, l) !== 'none');
  // A dialog up after it asks for one more step (a confirmation): not the end, whatever it shows. A toast or a
  // snackbar (a popup window without a control) is the app's report, not a question.
  const asking = after.windows.some(
    (w) => w.kind === 'dialog' || (w.kind === 'popup' && after.elements.some((e) => e.window === w.id && e.actionable)),
  );
  return holds && changed && !asking;
}
