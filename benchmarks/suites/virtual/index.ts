/**
 * MAPLE's own virtual suite: tasks over the virtual phone's apps, each with
 * a success predicate over the device's ground truth and a reference
 * solution run through the Device interface (docs/benchmarks.md, "The
 * virtual suite").
 */
import type { BenchTask } from '../../types.ts';
import { settingsTasks } from './tasks/settings.ts';
import { clockTasks } from './tasks/clock.ts';
import { contactsTasks } from './tasks/contacts.ts';
import { messagesTasks } from './tasks/messages.ts';
import { mailTasks } from './tasks/mail.ts';
import { calendarTasks } from './tasks/calendar.ts';
import { notesTasks } from './tasks/notes.ts';
import { calculatorTasks } from './tasks/calculator.ts';
import { shoppingTasks } from './tasks/shopping.ts';
import { mapsTasks } from './tasks/maps.ts';
import { chromeTasks } from './tasks/chrome.ts';
import { filesTasks } from './tasks/files.ts';
import { crossAppTasks } from './tasks/crossApp.ts';
import { assertValidSuite } from './validateSuite.ts';
import { PARAPHRASES } from './paraphrases.ts';

export {
  defineTask,
  countActions,
  type VirtualTaskSpec,
  type VirtualTask,
  type VirtualCategory,
} from './defineTask.ts';
export { PKG, app, type AppLabel } from './packages.ts';
export { checkReference, type ReferenceCheck } from './checkReference.ts';
export {
  checkTaskSoundness,
  soundnessProblems,
  type SoundnessCheck,
  type SoundnessCheckName,
  type TaskSoundness,
} from './checkSoundness.ts';
export { validateVirtualSuite, assertValidSuite, VirtualSuiteError, type SuiteProblem } from './validateSuite.ts';
export { PARAPHRASES } from './paraphrases.ts';
export { suiteStats, suiteMarkdownTable, appDifficultyTable, type SuiteStats } from './suiteStats.ts';

/** Every task of the virtual suite: single-app tasks grouped by app, then the cross-app tasks. Validated on load. */
export function loadVirtualSuite(): BenchTask[] {
  const tasks: BenchTask[] = [
    ...settingsTasks,
    ...clockTasks,
    ...contactsTasks,
    ...messagesTasks,
    ...mailTasks,
    ...calendarTasks,
    ...notesTasks,
    ...calculatorTasks,
    ...shoppingTasks,
    ...mapsTasks,
    ...chromeTasks,
    ...filesTasks,
    ...crossAppTasks,
  ];
  // Each task carries its two paraphrases (paraphrases.ts); `--variant` decides which wordings run.
  return assertValidSuite(tasks.map((t) => ({ ...t, paraphrases: PARAPHRASES[t.id] })));
}
