/** Settings (com.android.settings): a long top-level list and subpages that share one layout. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialSettings, type SettingsState } from './state.ts';

export type { SettingsState };

export default defineApp<SettingsState>({
  id: 'settings',
  package: 'com.android.settings',
  label: 'Settings',
  icon: 'S',
  launchActivity: '.Settings',
  home: 'main',
  initialState: initialSettings,
  screens,
  dialogs,
  actions: {
    setWallpaper: (a, payload) => {
      const name = (payload as { name?: string } | undefined)?.name;
      if (name) a.state.wallpaper.current = name;
    },
  },
});
