/**
 * Short builders for reference-solution steps, so the task files read like
 * the taps a person makes. Each returns a plain `ScriptStep` (JSON): the
 * suite's tasks are data, these only save typing.
 */
import type { ScriptStep } from '../../types.ts';
import { PKG, type AppLabel } from './packages.ts';

/** Tap the first element whose visible text is exactly `text`. */
export const tap = (text: string): ScriptStep => ({ do: 'tap', target: { text } });
/** Tap by content description (icon buttons, launcher icons). */
export const tapDesc = (desc: string): ScriptStep => ({ do: 'tap', target: { desc } });
/** Tap by resource id; `pkg:id/x` or a bare id expanded with `pkg`. */
export const tapId = (id: string): ScriptStep => ({ do: 'tap', target: { id } });
/** Tap the first element an XPath finds. */
export const tapXpath = (xpath: string): ScriptStep => ({
  do: 'tap',
  target: { locator: { strategy: 'xpath', value: xpath } },
});
/** Long-press by visible text. */
export const longPress = (text: string): ScriptStep => ({ do: 'longPress', target: { text } });
export const longPressXpath = (xpath: string): ScriptStep => ({
  do: 'longPress',
  target: { locator: { strategy: 'xpath', value: xpath } },
});
/** Type into the field with this resource id (appends, as Appium's value does). */
export const typeInto = (id: string, text: string, submit = false): ScriptStep => ({
  do: 'type',
  text,
  target: { id },
  ...(submit ? { submit: true } : {}),
});
export const clearField = (id: string): ScriptStep => ({ do: 'clear', target: { id } });
export const scrollDown = (): ScriptStep => ({ do: 'scroll', direction: 'down' });
export const scrollUp = (): ScriptStep => ({ do: 'scroll', direction: 'up' });
export const back = (): ScriptStep => ({ do: 'back' });
export const home = (): ScriptStep => ({ do: 'home' });
export const enter = (): ScriptStep => ({ do: 'enter' });
export const answer = (text: string): ScriptStep => ({ do: 'answer', text });
/** From the home screen: tap the app's launcher icon. */
export const launch = (label: AppLabel): ScriptStep => tapDesc(label);
/** Open an app by package (what "open X" does without the launcher). */
export const openApp = (label: AppLabel): ScriptStep => ({ do: 'openApp', package: PKG[label] });
/** A resource id in an app's namespace. */
export const rid = (label: AppLabel, id: string): string => `${PKG[label]}:id/${id}`;
/** XPath: an element with this resource id and text. */
export const idText = (label: AppLabel, id: string, text: string): string =>
  `//*[@resource-id="${rid(label, id)}" and @text=${JSON.stringify(text)}]`;
