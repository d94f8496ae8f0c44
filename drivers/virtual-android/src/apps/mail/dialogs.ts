/** Mail dialogs: the navigation drawer (folders) and the discard-draft confirmation. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, listItem } from '../../framework/widgets.ts';
import { FOLDERS, inFolder, saveDraft } from './screens.ts';
import type { MailState } from './state.ts';

type S = MailState;

export const dialogs: Record<string, DialogDef<S>> = {
  drawer: {
    render: (r) =>
      alert<S>({
        title: 'Gmail',
        body: FOLDERS.map((f) => {
          const count =
            f.screen === 'inbox'
              ? inFolder(r.state, 'inbox').filter((m) => !m.read).length
              : f.screen === 'drafts'
                ? inFolder(r.state, 'drafts').length
                : 0;
          return listItem<S>({
            title: f.title,
            summary: count ? String(count) : undefined,
            id: 'drawer_folder',
            onTap: (a) => {
              a.closeDialog();
              a.popTo('inbox');
              if (f.screen !== 'inbox') a.navigate(f.screen);
            },
          });
        }),
      }),
  },
  discard: {
    render: () =>
      alert<S>({
        title: 'Discard draft?',
        message: 'Your unsent message will be deleted.',
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        neutral: {
          label: 'Save draft',
          onTap: (a) => {
            saveDraft(
              a,
              {
                to: String(a.params.to ?? ''),
                subject: String(a.params.subject ?? ''),
                body: String(a.params.body ?? ''),
              },
              a.params.draftId === undefined ? undefined : Number(a.params.draftId),
            );
            a.closeDialog();
            a.back();
            a.toast('Saved to Drafts');
          },
        },
        positive: {
          label: 'Discard',
          onTap: (a) => {
            if (a.params.draftId !== undefined)
              a.state.mails = a.state.mails.filter((m) => m.id !== Number(a.params.draftId));
            a.closeDialog();
            a.back();
            a.toast('Draft discarded');
          },
        },
      }),
  },
};
