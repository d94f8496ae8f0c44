/** Notes dialogs: a note's actions (long-press), a deleted note's actions, and emptying the trash. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, listItem } from '../../framework/widgets.ts';
import { trashNote } from './screens.ts';
import type { NotesState } from './state.ts';

type S = NotesState;

export const dialogs: Record<string, DialogDef<S>> = {
  note_options: {
    render: (r) => {
      const note = r.state.notes.find((n) => n.id === Number(r.params.id));
      return alert<S>({
        title: note?.title || '(Untitled)',
        body: [
          listItem<S>({
            title: 'Delete',
            id: 'action_delete',
            onTap: (a) => {
              a.closeDialog();
              trashNote(a, Number(a.params.id));
            },
          }),
          listItem<S>({
            title: 'Make a copy',
            id: 'action_copy',
            onTap: (a) => {
              const n = a.state.notes.find((x) => x.id === Number(a.params.id));
              if (n) a.state.notes.push({ ...n, id: a.state.nextId++, edited: a.device.now, pinned: false });
              a.closeDialog();
            },
          }),
          listItem<S>({
            title: 'Send',
            id: 'action_send',
            onTap: (a) => {
              const n = a.state.notes.find((x) => x.id === Number(a.params.id));
              a.closeDialog();
              a.share(n ? [n.title, n.body].filter(Boolean).join('\n') : '');
            },
          }),
          listItem<S>({
            title: note?.pinned ? 'Unpin' : 'Pin',
            id: 'action_pin',
            onTap: (a) => {
              const n = a.state.notes.find((x) => x.id === Number(a.params.id));
              if (n) n.pinned = !n.pinned;
              a.closeDialog();
            },
          }),
        ],
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  trash_options: {
    render: (r) => {
      const note = r.state.trash.find((n) => n.id === Number(r.params.id));
      return alert<S>({
        title: note?.title || '(Untitled)',
        message: 'Restore this note or delete it forever?',
        neutral: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        negative: {
          label: 'Delete forever',
          onTap: (a) => {
            a.state.trash = a.state.trash.filter((n) => n.id !== Number(a.params.id));
            a.closeDialog();
            a.toast('Note deleted');
          },
        },
        positive: {
          label: 'Restore',
          onTap: (a) => {
            const n = a.state.trash.find((x) => x.id === Number(a.params.id));
            if (n) {
              a.state.trash = a.state.trash.filter((x) => x.id !== n.id);
              a.state.notes.push(n);
            }
            a.closeDialog();
            a.toast('Note restored');
          },
        },
      });
    },
  },
  empty_trash: {
    render: (r) =>
      alert<S>({
        title: 'Empty trash?',
        message: `All ${r.state.trash.length} notes in Trash will be permanently deleted.`,
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'Empty trash',
          onTap: (a) => {
            a.state.trash = [];
            a.closeDialog();
          },
        },
      }),
  },
};
