/** The device facts screens render from (size, dark mode, keyboard, clock), read off the state. */
import type { DeviceInfo } from '../framework/types.ts';
import type { DeviceState } from './DeviceState.ts';
import { focusValid } from './focus.ts';
import { SCREEN_H, SCREEN_W, SETTINGS_PACKAGE } from './phoneConstants.ts';

export function deviceInfo(state: DeviceState): DeviceInfo {
  // Dark mode is a Settings switch, so it is read from the Settings app's own data.
  const settings = state.apps[SETTINGS_PACKAGE] as { display?: { darkMode?: boolean } } | undefined;
  return {
    width: SCREEN_W,
    height: SCREEN_H,
    darkMode: Boolean(settings?.display?.darkMode),
    keyboardShown: state.keyboard && focusValid(state),
    now: state.clock,
  };
}
