/**
 * Messages screens: the conversation list, a thread with the "Text message"
 * field and Send, the new-conversation recipient picker, and search.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { searchPage } from '../../framework/searchPage.ts';
import { formatClock, formatDate } from '../../framework/time.ts';
import {
  button,
  column,
  editText,
  emptyState,
  fab,
  frame,
  imageButton,
  list,
  listItem,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { PEOPLE, fullName } from '../../world/people.ts';
import { lastTime, type Conversation, type MessagesState } from './state.ts';

type S = MessagesState;
const VISIBLE = 10;

export function when(ms: number, now: number): string {
  return Math.floor(ms / 86_400_000) === Math.floor(now / 86_400_000) ? formatClock(ms) : formatDate(ms);
}

function findConversation(s: S, params: Record<string, unknown>): Conversation | undefined {
  if (params.id !== undefined) return s.conversations.find((c) => c.id === Number(params.id));
  return s.conversations.find((c) => c.address === String(params.address ?? ''));
}

function conversationRow(c: Conversation, now: number): View<S> {
  const last = c.messages[c.messages.length - 1];
  const preview = last ? `${last.from === 'me' ? 'You: ' : ''}${last.text}` : '';
  return {
    ...listItem<S>({
      title: c.name,
      summary: preview,
      id: 'conversation_item',
      key: `conversation/${c.id}`,
      titleId: 'conversation_name',
      summaryId: 'conversation_snippet',
      onTap: (a) => {
        const conv = a.state.conversations.find((x) => x.id === c.id);
        if (conv) conv.unread = false;
        a.navigate('thread', { id: c.id });
      },
      onLongTap: (a) => a.showDialog('delete_conversation', { id: c.id }),
      trailing: text<S>(last ? when(last.time, now) : '', {
        id: 'conversation_timestamp',
        w: 240,
        h: undefined,
        style: { size: 28, align: 'right', bold: c.unread },
      }),
    }),
    desc: c.unread ? `Unread conversation with ${c.name}` : undefined,
  };
}

export function send(a: Act<S>, params: Record<string, unknown>, draft: string): void {
  const body = draft.trim();
  if (!body) return;
  let conv = findConversation(a.state, params);
  if (!conv) {
    const address = String(params.address ?? '');
    conv = { id: a.state.nextId++, name: String(params.name ?? address), address, unread: false, messages: [] };
    a.state.conversations.push(conv);
  }
  conv.messages.push({ id: a.state.nextId++, from: 'me', text: body, time: a.device.now });
  a.local.draft = '';
}

function bubble(c: Conversation, m: Conversation['messages'][number], now: number): View<S> {
  const lines = Math.max(1, Math.ceil(m.text.length / 26));
  const mine = m.from === 'me';
  return row<S>({ id: 'message_row', key: `message/${m.id}`, h: 64 * lines + 110, pad: [12, 48, 12, 48] }, [
    ...(mine ? [{ cls: 'android.view.View', w: 200 } as View<S>] : []),
    column<S>(
      {
        id: 'message_content',
        grow: 1,
        pad: [16, 32, 16, 32],
        longClickable: true,
        focusable: true,
        desc: `${mine ? 'You said' : `${c.name} said`} ${m.text} ${when(m.time, now)}`,
        onLongTap: (a) => a.showDialog('message_options', { conversation: c.id, message: m.id }),
        style: { bg: mine ? '#d3e3fd' : '#e9e7ec', radius: 40 },
      },
      [
        text<S>(m.text, { id: 'message_text', h: 64 * lines }),
        text<S>(when(m.time, now), { id: 'message_status', h: 40, style: { size: 24, color: '#5f6368' } }),
      ],
    ),
    ...(mine ? [] : [{ cls: 'android.view.View', w: 200 } as View<S>]),
  ]);
}

function thread(r: RenderCtx<S>): View<S> {
  const c = findConversation(r.state, r.params);
  const name = c?.name ?? String(r.params.name ?? r.params.address ?? 'New conversation');
  const draft = String(r.local.draft ?? r.params.draft ?? '');
  const msgs = c?.messages ?? [];
  const all = Boolean(r.local.all);
  const shown = all ? msgs : msgs.slice(-VISIBLE);
  const rows: View<S>[] = [];
  if (shown.length < msgs.length)
    rows.push(
      button<S>(
        'Show earlier messages',
        (a) => {
          a.local.all = true;
        },
        { id: 'load_earlier', h: 120, style: { align: 'center' } },
      ),
    );
  for (const m of shown) rows.push(bubble(c!, m, r.device.now));
  const doSend = (a: Act<S>): void => send(a, a.params, String(a.local.draft ?? a.params.draft ?? ''));
  return screen<S>([
    toolbar<S>(name, {
      up: true,
      id: 'conversation_title',
      actions: [
        imageButton<S>('Call', (a) => a.toast(`Calling ${name}`), { id: 'action_call' }),
        imageButton<S>('More options', (a) => a.toast(c?.address ?? name), { id: 'overflow_menu' }),
      ],
    }),
    rows.length
      ? list<S>('messages', rows, { id: 'messages_list' })
      : emptyState<S>(`Start a conversation with ${name}`, 'empty_thread'),
    row<S>({ id: 'compose_message_view', h: 180, pad: [15, 24, 15, 24], gap: 16 }, [
      editText<S>(
        'compose_message_text',
        'Text message',
        {
          value: draft,
          onChange: (a, v) => {
            a.local.draft = v;
          },
          onSubmit: doSend,
        },
        { grow: 1, h: undefined, pad: [0, 32, 0, 32], style: { border: '#79747e', radius: 70 } },
      ),
      imageButton<S>('Send', doSend, {
        id: 'send_message_button_icon',
        w: 150,
        h: undefined,
        enabled: draft.trim() !== '',
      }),
    ]),
  ]);
}

function pickerRows(query: string, draft: string | undefined): View<S>[] {
  const q = query.trim().toLowerCase();
  const go =
    (name: string, address: string) =>
    (a: Act<S>): void =>
      a.replace('thread', { address, name, ...(draft ? { draft } : {}) });
  const rows: View<S>[] = [];
  if (/^\+?[0-9][0-9 -]{2,}$/.test(query.trim()))
    rows.push(
      listItem<S>({
        title: `Send to ${query.trim()}`,
        id: 'contact_picker_item',
        key: 'send_to',
        onTap: go(query.trim(), query.trim()),
      }),
    );
  for (const p of PEOPLE) {
    if (q && ![fullName(p), p.phone, p.email].some((f) => f.toLowerCase().includes(q))) continue;
    rows.push(
      listItem<S>({
        title: fullName(p),
        summary: p.phone,
        id: 'contact_picker_item',
        key: `person/${p.phone}`,
        titleId: 'contact_name',
        summaryId: 'contact_details',
        onTap: go(fullName(p), p.phone),
      }),
    );
  }
  return rows;
}

export const screens: Record<string, ScreenDef<S>> = {
  list: {
    activity: '.ui.ConversationListActivity',
    render: (r) => {
      const convs = [...r.state.conversations].sort((x, y) => lastTime(y) - lastTime(x));
      return screen<S>([
        toolbar<S>('Messages', {
          actions: [
            imageButton<S>('Search', (a) => a.navigate('search'), { id: 'action_zero_state_search' }),
            imageButton<S>('More options', (a) => a.toast('Mark all as read'), { id: 'overflow_menu' }),
          ],
        }),
        frame<S>({ grow: 1 }, [
          convs.length
            ? list<S>(
                'conversations',
                convs.map((c) => conversationRow(c, r.device.now)),
                { id: 'conversation_list' },
              )
            : emptyState<S>('Your conversations will appear here'),
          fab<S>('Start chat', (a) => a.navigate('new_chat'), 'start_chat_fab'),
        ]),
      ]);
    },
  },
  thread: { activity: '.ui.conversation.ConversationActivity', render: thread },
  new_chat: {
    activity: '.ui.conversationlist.ShareIntentActivity',
    render: (r) => {
      const query = String(r.local.query ?? '');
      const draft = r.params.draft === undefined ? undefined : String(r.params.draft);
      const rows = pickerRows(query, draft);
      return screen<S>([
        toolbar<S>('New conversation', { up: true }),
        row<S>({ h: 170, pad: [10, 48, 10, 48] }, [
          text<S>('To', { w: 90, h: undefined }),
          editText<S>(
            'recipient_text_view',
            'Type a name, phone number, or email',
            {
              value: query,
              onChange: (a, v) => {
                a.local.query = v;
              },
              onSubmit: (a) => {
                const first = pickerRows(String(a.local.query ?? ''), draft)[0];
                if (first?.onTap) first.onTap(a);
              },
            },
            { grow: 1, h: undefined },
          ),
        ]),
        ...(draft
          ? [
              text<S>(`Sharing: ${draft.length > 50 ? `${draft.slice(0, 47)}...` : draft}`, {
                id: 'share_preview',
                pad: [0, 48, 0, 48],
                style: { color: '#5f6368' },
              }),
            ]
          : []),
        rows.length ? list<S>('contacts', rows, { id: 'contact_list' }) : emptyState<S>('No matching contacts'),
      ]);
    },
  },
  search: {
    activity: '.ui.search.ZeroStateSearchActivity',
    render: (r) => {
      return searchPage<S>(r, {
        fieldId: 'search_text',
        hint: 'Search conversations',
        results: (needle) => {
          const hits: View<S>[] = [];
          for (const c of r.state.conversations) {
            for (const m of c.messages) {
              if (m.text.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle)) {
                hits.push(
                  listItem<S>({
                    title: c.name,
                    summary: m.text,
                    id: 'search_result',
                    key: `message/${m.id}`,
                    onTap: (a) => a.navigate('thread', { id: c.id }),
                  }),
                );
              }
            }
          }
          return hits.length ? list<S>('results', hits, { id: 'search_results' }) : null;
        },
        noResults: 'No results',
        prompt: 'Search messages and people',
      });
    },
  },
};
