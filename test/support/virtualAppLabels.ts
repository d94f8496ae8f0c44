/**
 * The launcher labels of the virtual phone's apps, in launcher order, read
 * from the app registry so tests follow when an app is added.
 */
import { APPS, Phone } from '../../drivers/virtual-android/src/index.ts';

export const VIRTUAL_APP_LABELS: readonly string[] = new Phone(APPS, { seed: 1 }).installed().map((a) => a.label);
