/** Notes (com.google.android.keep): list, edit, search, delete with Undo, trash; accepts shared text as a new note. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { ensureNote, screens } from './screens.ts';
import { initialNotes, type Note, type NotesState } from './state.ts';

export type { Note, NotesState } from './state.ts';

export default defineApp<NotesState>({
  id: 'notes',
  package: 'com.google.android.keep',
  label: 'Notes',
  icon: 'N',
  launchActivity: '.activities.BrowseActivity',
  home: 'list',
  initialState: initialNotes,
  screens,
  dialogs,
  actions: {
    restoreNote: (a, payload) => {
      const note = a.state.trash.find((n: Note) => n.id === Number(payload));
      if (!note) return;
      a.state.trash = a.state.trash.filter((n: Note) => n.id !== note.id);
      a.state.notes.push(note);
    },
  },
  share: { screen: 'edit', params: (text) => ({ body: text, shared: true }) },
  // Shared text becomes a saved note as soon as the editor opens on it, as Keep does.
  onResume: (a) => {
    if (a.params.shared === true && a.local.id === undefined && a.params.id === undefined) ensureNote(a);
  },
});
