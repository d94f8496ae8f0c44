/**
 * Notes screens: the list (longer than the screen, empty state when no
 * notes), the editor (title and body), search and the Deleted (trash) list.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { searchPage } from '../../framework/searchPage.ts';
import { formatClock, formatDate } from '../../framework/time.ts';
import {
  column,
  editText,
  emptyState,
  fab,
  frame,
  imageButton,
  list,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { sortedNotes, type Note, type NotesState } from './state.ts';

type S = NotesState;

function noteCard(n: Note, onTap: (a: Act<S>) => void, onLongTap?: (a: Act<S>) => void): View<S> {
  return column<S>(
    {
      id: 'browse_note_interior_content',
      key: `note/${n.id}`,
      h: 250,
      pad: [16, 48, 16, 48],
      clickable: true,
      focusable: true,
      longClickable: Boolean(onLongTap),
      onTap,
      onLongTap,
      style: { border: '#c4c7c5', radius: 24 },
    },
    [
      text<S>(n.title || '(Untitled)', { id: 'index_note_title', h: 80, style: { bold: true, size: 38 } }),
      text<S>(n.body.replace(/\n/g, ' ').slice(0, 70), { id: 'index_note_text', h: 120, style: { color: '#444746' } }),
    ],
  );
}

/** As Keep shows them: pinned notes under a "Pinned" heading, the rest under "Others" (no headings when none is pinned). */
function browseCards(notes: readonly Note[], card: (n: Note) => View<S>): View<S>[] {
  const pinned = notes.filter((n) => n.pinned);
  if (pinned.length === 0) return notes.map(card);
  const heading = (label: string, id: string) => text<S>(label, { id, h: 60, style: { bold: true, size: 30 } });
  const others = notes.filter((n) => !n.pinned);
  return [
    heading('Pinned', 'pinned_header'),
    ...pinned.map(card),
    ...(others.length > 0 ? [heading('Others', 'others_header'), ...others.map(card)] : []),
  ];
}

export function openNote(id: number) {
  return (a: Act<S>): void => a.navigate('edit', { id });
}

function noteId(r: { params: Record<string, unknown>; local: Record<string, unknown> }): number | undefined {
  const id = r.params.id ?? r.local.id;
  return id === undefined ? undefined : Number(id);
}

/** Creates the note on first input (or on arrival of shared text), so empty new notes never appear in the list. */
export function ensureNote(a: Act<S>): Note {
  const id = noteId(a);
  const existing = id === undefined ? undefined : a.state.notes.find((n) => n.id === id);
  if (existing) return existing;
  const note: Note = {
    id: a.state.nextId++,
    title: String(a.params.title ?? ''),
    body: String(a.params.body ?? ''),
    edited: a.device.now,
    pinned: false,
  };
  a.state.notes.push(note);
  a.local.id = note.id;
  return note;
}

export function trashNote(a: Act<S>, id: number): void {
  const note = a.state.notes.find((n) => n.id === id);
  if (!note) return;
  a.state.notes = a.state.notes.filter((n) => n.id !== id);
  a.state.trash.unshift(note);
  a.snackbar('Note moved to trash', { label: 'Undo', run: 'restoreNote', payload: id });
}

function edit(r: RenderCtx<S>): View<S> {
  const id = noteId(r);
  const note = id === undefined ? undefined : r.state.notes.find((n) => n.id === id);
  if (id !== undefined && !note && r.params.id !== undefined)
    return screen<S>([toolbar<S>('', { up: true }), emptyState<S>('This note was deleted')]);
  const title = note?.title ?? String(r.params.title ?? '');
  const body = note?.body ?? String(r.params.body ?? '');
  const up = (a: Act<S>): void => {
    const nid = noteId(a);
    const n = nid === undefined ? undefined : a.state.notes.find((x) => x.id === nid);
    if (n && !n.title.trim() && !n.body.trim()) {
      a.state.notes = a.state.notes.filter((x) => x.id !== n.id);
      a.back();
      a.toast('Empty note discarded');
      return;
    }
    a.back();
  };
  const set =
    (field: 'title' | 'body') =>
    (a: Act<S>, v: string): void => {
      const n = ensureNote(a);
      n[field] = v;
      n.edited = a.device.now;
    };
  return screen<S>([
    row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168 }, [
      imageButton<S>('Navigate up', up, { h: 168, w: 160 }),
      { cls: 'android.view.View', grow: 1 },
      imageButton<S>(
        note?.pinned ? 'Unpin' : 'Pin',
        (a) => {
          const n = ensureNote(a);
          n.pinned = !n.pinned;
        },
        { id: 'menu_pin', selected: Boolean(note?.pinned) },
      ),
      imageButton<S>('Share', (a) => a.share([title, body].filter(Boolean).join('\n')), { id: 'menu_send' }),
      imageButton<S>(
        'Delete',
        (a) => {
          const nid = noteId(a);
          a.back();
          if (nid !== undefined) trashNote(a, nid);
        },
        { id: 'menu_delete' },
      ),
    ]),
    editText<S>('editable_title', 'Title', { value: title, onChange: set('title') }, { h: 160, style: { size: 48 } }),
    editText<S>(
      'edit_note_text',
      'Note',
      { value: body, onChange: set('body'), multiline: true },
      { grow: 1, h: undefined, style: {} },
    ),
    text<S>(
      note
        ? `Edited ${Math.floor(note.edited / 86_400_000) === Math.floor(r.device.now / 86_400_000) ? formatClock(note.edited) : formatDate(note.edited)}`
        : '',
      { id: 'last_edited', h: 90, pad: [0, 48, 0, 48], style: { size: 28, align: 'center', color: '#5f6368' } },
    ),
  ]);
}

export const screens: Record<string, ScreenDef<S>> = {
  list: {
    activity: '.activities.BrowseActivity',
    render: (r) => {
      const notes = sortedNotes(r.state.notes);
      return screen<S>([
        row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168, pad: [14, 24, 14, 24], gap: 12 }, [
          {
            cls: 'android.widget.TextView',
            id: 'open_search_bar_text_view',
            text: 'Search your notes',
            clickable: true,
            focusable: true,
            grow: 1,
            onTap: (a) => a.navigate('search'),
            style: { bg: '#e9eef6', radius: 70 },
          },
          imageButton<S>('Deleted', (a) => a.navigate('deleted'), { id: 'drawer_trash', h: undefined }),
        ]),
        frame<S>({ grow: 1 }, [
          notes.length
            ? list<S>(
                'notes',
                browseCards(notes, (n) =>
                  noteCard(n, openNote(n.id), (a) => a.showDialog('note_options', { id: n.id })),
                ),
                { id: 'notes_list', gap: 16, pad: [16, 24, 16, 24] },
              )
            : emptyState<S>('Notes you add appear here', 'empty_view'),
          fab<S>('New note', (a) => a.navigate('edit', {}), 'new_note_button'),
        ]),
      ]);
    },
  },
  edit: { activity: '.activities.EditorActivity', render: edit },
  search: {
    activity: '.activities.BrowseActivity',
    render: (r) => {
      return searchPage<S>(r, {
        fieldId: 'search_src_text',
        hint: 'Search your notes',
        results: (needle) => {
          const hits = sortedNotes(r.state.notes).filter((n) => `${n.title}\n${n.body}`.toLowerCase().includes(needle));
          return hits.length
            ? list<S>(
                'results',
                hits.map((n) => noteCard(n, openNote(n.id))),
                { id: 'notes_list', gap: 16, pad: [16, 24, 16, 24] },
              )
            : null;
        },
        noResults: 'No matching notes',
        prompt: 'Search your notes by words in the title or text',
      });
    },
  },
  deleted: {
    activity: '.activities.BrowseActivity',
    render: (r) =>
      screen<S>([
        toolbar<S>('Deleted', {
          up: true,
          actions: r.state.trash.length
            ? [imageButton<S>('Empty trash', (a) => a.showDialog('empty_trash'), { id: 'menu_empty_trash' })]
            : [],
        }),
        r.state.trash.length
          ? list<S>(
              'trash',
              r.state.trash.map((n) => noteCard(n, (a) => a.showDialog('trash_options', { id: n.id }))),
              { id: 'notes_list', gap: 16, pad: [16, 24, 16, 24] },
            )
          : emptyState<S>('No notes in Trash', 'empty_view'),
      ]),
  },
};
