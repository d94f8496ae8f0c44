/** Files (com.google.android.apps.nbu.files): categories, internal storage folders, file info, rename, delete. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialFiles, type FilesState } from './state.ts';

export type { FilesState };

export default defineApp<FilesState>({
  id: 'files',
  package: 'com.google.android.apps.nbu.files',
  label: 'Files',
  icon: 'F',
  launchActivity: '.home.HomeActivity',
  home: 'browse',
  initialState: initialFiles,
  screens,
  dialogs,
});
