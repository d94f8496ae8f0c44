/**
 * Fixed facts about the virtual phone: its screen geometry, the two system
 * packages the phone itself depends on.
 * They live apart from Phone so the render, input and page-source modules can
 * share them without importing the Phone class. (How long inputs take: inputTiming.ts.)
 */
export const SCREEN_W = 1080;
export const SCREEN_H = 2400;
export const STATUS_BAR_H = 80;
/** Top edge of the on-screen keyboard; app content ends here while it is up. */
export const KEYBOARD_TOP = 1480;
export const LAUNCHER_PACKAGE = 'com.android.launcher3';
/** Settings owns the dark-mode switch every screen reads. */
export const SETTINGS_PACKAGE = 'com.android.settings';
