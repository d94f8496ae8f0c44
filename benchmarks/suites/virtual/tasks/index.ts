/**
 * The virtual suite's 76 tasks as defined, in suite order (single-app tasks
 * grouped by app, then the cross-app tasks), before paraphrases are attached
 * and before validation: what `loadVirtualSuite()` returns and what the
 * other-values variants (otherValues.ts) are derived from.
 */
import type { VirtualTask } from '../defineTask.ts';
import { settingsTasks } from './settings.ts';
import { clockTasks } from './clock.ts';
import { contactsTasks } from './contacts.ts';
import { messagesTasks } from './messages.ts';
import { mailTasks } from './mail.ts';
import { calendarTasks } from './calendar.ts';
import { notesTasks } from './notes.ts';
import { calculatorTasks } from './calculator.ts';
import { shoppingTasks } from './shopping.ts';
import { mapsTasks } from './maps.ts';
import { chromeTasks } from './chrome.ts';
import { filesTasks } from './files.ts';
import { crossAppTasks } from './crossApp.ts';

export const virtualTasks: readonly VirtualTask[] = [
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
