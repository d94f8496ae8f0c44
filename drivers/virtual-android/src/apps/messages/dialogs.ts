/** Messages dialogs: a message's options (copy, delete) and deleting a whole conversation. */
import type { DialogDef, View } from '../../framework/types.ts';
import { alert, listItem } from '../../framework/widgets.ts';
import type { MessagesState } from './state.ts';

type S = MessagesState;

export const dialogs: Record<string, DialogDef<S>> = {
  message_options: {
    render: (r) => {
      const conv = r.state.conversations.find((c) => c.id === Number(r.params.conversation));
      const msg = conv?.messages.find((m) => m.id === Number(r.params.message));
      const body: View<S>[] = [
        listItem<S>({
          title: 'Copy text',
          id: 'action_copy_text',
          onTap: (a) => {
            a.setClipboard(msg?.text ?? '');
            a.closeDialog();
            a.toast('Message copied');
          },
        }),
        listItem<S>({
          title: 'Forward',
          id: 'action_forward',
          onTap: (a) => {
            a.closeDialog();
            a.navigate('new_chat', { draft: msg?.text ?? '' });
          },
        }),
        listItem<S>({
          title: 'Delete',
          id: 'action_delete_message',
          onTap: (a) => {
            const c = a.state.conversations.find((x) => x.id === Number(a.params.conversation));
            if (c) c.messages = c.messages.filter((m) => m.id !== Number(a.params.message));
            a.closeDialog();
            a.toast('Message deleted');
          },
        }),
      ];
      return alert<S>({
        title: msg ? (msg.text.length > 40 ? `${msg.text.slice(0, 37)}...` : msg.text) : 'Message',
        body,
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  delete_conversation: {
    render: (r) => {
      const conv = r.state.conversations.find((c) => c.id === Number(r.params.id));
      return alert<S>({
        title: 'Delete this conversation?',
        message: `Your conversation with ${conv?.name ?? 'this contact'} will be deleted.`,
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
        positive: {
          label: 'Delete',
          onTap: (a) => {
            a.state.conversations = a.state.conversations.filter((c) => c.id !== Number(a.params.id));
            a.closeDialog();
            a.toast('Conversation deleted');
          },
        },
      });
    },
  },
};
