/** Files dialogs: rename (a text field with validation) and delete confirmation, over lists and details alike. */
import type { Act, DialogDef } from '../../framework/types.ts';
import { alert, editText, text } from '../../framework/widgets.ts';
import { extension, type FilesState } from './state.ts';

type S = FilesState;

export const dialogs: Record<string, DialogDef<S>> = {
  rename: {
    render: (r) => {
      const f = r.state.files.find((x) => x.id === Number(r.params.id));
      const value = String(r.local.name ?? f?.name ?? '');
      const ok = (a: Act<S>): void => {
        const file = a.state.files.find((x) => x.id === Number(a.params.id));
        if (!file) return a.closeDialog();
        const name = String(a.local.name ?? file.name).trim();
        if (!name) a.local.error = "Name can't be empty";
        else if (name.includes('/')) a.local.error = 'Name can\'t contain "/"';
        else if (a.state.files.some((x) => x.id !== file.id && x.folder === file.folder && x.name === name))
          a.local.error = 'A file with this name already exists';
        else {
          const old = file.name;
          file.name = name;
          a.closeDialog();
          a.toast(old === name ? 'Name unchanged' : `Renamed to ${name}`);
        }
      };
      const body = [
        editText<S>('rename_input', 'File name', {
          value,
          onChange: (a, v) => {
            a.local.name = v;
            delete a.local.error;
          },
          onSubmit: ok,
        }),
      ];
      if (r.local.error)
        body.push(text<S>(String(r.local.error), { id: 'error', pad: [0, 64, 0, 64], style: { color: '#b3261e' } }));
      else if (f && extension(value) !== extension(f.name))
        body.push(
          text<S>('Changing the extension may make the file unusable', {
            id: 'warning',
            pad: [0, 64, 0, 64],
            style: { color: '#5f6368' },
          }),
        );
      return alert<S>({
        title: 'Rename',
        body,
        positive: { label: 'Rename', onTap: ok },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  delete: {
    render: (r) => {
      const f = r.state.files.find((x) => x.id === Number(r.params.id));
      return alert<S>({
        title: 'Delete 1 file?',
        message: f ? `"${f.name}" will be deleted permanently.` : 'This file was already deleted.',
        positive: {
          label: 'Delete',
          onTap: (a) => {
            const before = a.state.files.length;
            a.state.files = a.state.files.filter((x) => x.id !== Number(a.params.id));
            a.closeDialog();
            if (a.state.files.length < before) a.toast('1 file deleted');
          },
        },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
};
