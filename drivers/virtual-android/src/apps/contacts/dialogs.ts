/** Contacts dialogs: delete confirmation and discard unsaved changes. */
import type { DialogDef } from '../../framework/types.ts';
import { alert } from '../../framework/widgets.ts';
import { contactName, type ContactsState } from './state.ts';

type S = ContactsState;

export const dialogs: Record<string, DialogDef<S>> = {
  delete: {
    render: (r) => {
      const c = r.state.contacts.find((x) => x.id === Number(r.params.id));
      return alert<S>({
        title: `Delete ${c ? contactName(c) : 'this contact'}?`,
        message: 'This contact will be permanently deleted from this device.',
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'Delete',
          onTap: (a) => {
            a.state.contacts = a.state.contacts.filter((x) => x.id !== Number(a.params.id));
            a.closeDialog();
            a.popTo('list');
            a.toast(`${c ? contactName(c) : 'Contact'} deleted`);
          },
        },
      });
    },
  },
  discard: {
    render: () =>
      alert<S>({
        title: 'Discard changes?',
        message: 'Your changes to this contact will be lost.',
        negative: { label: 'Keep editing', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'Discard',
          onTap: (a) => {
            a.closeDialog();
            a.back();
          },
        },
      }),
  },
};
