/** Maps (com.google.android.apps.maps): search, place details with hours, save to lists, share, directions. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialMaps, type MapsState } from './state.ts';

export type { MapsState };

export default defineApp<MapsState>({
  id: 'maps',
  package: 'com.google.android.apps.maps',
  label: 'Maps',
  icon: 'M',
  launchActivity: 'com.google.android.maps.MapsActivity',
  home: 'explore',
  initialState: initialMaps,
  screens,
  dialogs,
});
