/** What one render of the phone produces: its windows and the true identity of the screen on display. */
import type { RenderedWindow } from './UiNode.ts';

export interface ScreenIdentity {
  package: string;
  /** "<app id>/<screen name>", e.g. "settings/wifi". */
  screen: string;
  /** "<app id>/<dialog name>" or "system/share" when a dialog is on top. */
  dialog: string | null;
  keyboard: boolean;
  /** screen, plus "+dialog" when one is open: the true identity of what is displayed. */
  id: string;
}

export interface Rendered {
  windows: RenderedWindow[];
  screenId: ScreenIdentity;
  activity: string;
  darkMode: boolean;
}
