/**
 * Mail screens. Inbox, Starred, Sent, Drafts and Trash are distinct screens
 * built by one function (same layout, different title and rows), reached
 * from the navigation drawer; plus the open mail, compose and search.
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
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import type { Folder, Mail, MailState } from './state.ts';

type S = MailState;
export type FolderScreen = Folder | 'starred';
export const FOLDERS: { screen: FolderScreen; title: string }[] = [
  { screen: 'inbox', title: 'Inbox' },
  { screen: 'starred', title: 'Starred' },
  { screen: 'sent', title: 'Sent' },
  { screen: 'drafts', title: 'Drafts' },
  { screen: 'trash', title: 'Trash' },
];

function when(ms: number, now: number): string {
  return Math.floor(ms / 86_400_000) === Math.floor(now / 86_400_000) ? formatClock(ms) : formatDate(ms).slice(5);
}

export function inFolder(s: S, f: FolderScreen): Mail[] {
  const mails =
    f === 'starred' ? s.mails.filter((m) => m.starred && m.folder !== 'trash') : s.mails.filter((m) => m.folder === f);
  return mails.sort((a, b) => b.time - a.time);
}

function mailRow(m: Mail, now: number, folder: FolderScreen): View<S> {
  const who = folder === 'sent' || folder === 'drafts' ? `To: ${m.to || '(no recipient)'}` : m.from;
  const bold = !m.read;
  return row<S>(
    {
      id: 'mail_item',
      key: `mail/${m.id}`,
      h: 250,
      pad: [20, 48, 20, 48],
      clickable: true,
      focusable: true,
      desc: `${bold ? 'Unread, ' : ''}${who}, ${m.subject}`,
      onTap: (a) => {
        const mail = a.state.mails.find((x) => x.id === m.id);
        if (mail) mail.read = true;
        if (m.folder === 'drafts') a.navigate('compose', { draftId: m.id });
        else a.navigate('mail', { id: m.id });
      },
    },
    [
      column<S>({ grow: 1 }, [
        text<S>(who, { id: 'senders', h: 70, style: { size: 36, bold } }),
        text<S>(m.subject || '(no subject)', { id: 'subject', h: 60, style: { size: 32, bold } }),
        text<S>(m.body.replace(/\n/g, ' ').slice(0, 60), {
          id: 'snippet',
          h: 60,
          style: { size: 30, color: '#5f6368' },
        }),
      ]),
      column<S>({ w: 200 }, [
        text<S>(when(m.time, now), { id: 'date', h: 70, style: { size: 28, align: 'right', bold } }),
        imageButton<S>(
          m.starred ? 'Starred' : 'Not starred',
          (a) => {
            const x = a.state.mails.find((y) => y.id === m.id);
            if (x) x.starred = !x.starred;
          },
          { id: 'star', checkable: true, checked: m.starred, w: 200, h: 120 },
        ),
      ]),
    ],
  );
}

function folderPage(folder: FolderScreen, title: string): ScreenDef<S> {
  return {
    activity: '.ConversationListActivityGmail',
    render: (r) => {
      const mails = inFolder(r.state, folder);
      const unread = mails.filter((m) => !m.read).length;
      return screen<S>([
        row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168, pad: [0, 24, 0, 0] }, [
          imageButton<S>('Open navigation drawer', (a) => a.showDialog('drawer'), { h: 168, w: 160 }),
          {
            cls: 'android.widget.TextView',
            id: 'open_search',
            text: 'Search in mail',
            clickable: true,
            focusable: true,
            grow: 1,
            h: 130,
            onTap: (a) => a.navigate('search'),
            style: { bg: '#e9eef6', radius: 65 },
          },
          imageButton<S>(`Account ${r.state.account}`, (a) => a.toast(a.state.account), {
            id: 'og_apd_ring_view',
            w: 150,
          }),
        ]),
        text<S>(unread ? `${title} · ${unread} unread` : title, {
          id: 'folder_title',
          h: 90,
          pad: [20, 48, 0, 48],
          style: { size: 30, color: '#5f6368' },
        }),
        frame<S>({ grow: 1 }, [
          mails.length
            ? list<S>(
                folder,
                mails.map((m) => mailRow(m, r.device.now, folder)),
                { id: 'thread_list_view' },
              )
            : emptyState<S>(`Nothing in ${title}`),
          fab<S>('Compose', (a) => a.navigate('compose', {}), 'compose_button'),
        ]),
      ]);
    },
  };
}

function mailView(r: RenderCtx<S>): View<S> {
  const m = r.state.mails.find((x) => x.id === Number(r.params.id));
  if (!m) return screen<S>([toolbar<S>('', { up: true }), emptyState<S>('This message was deleted')]);
  const lines = m.body.split('\n').flatMap((para) => {
    const out: string[] = [];
    for (let i = 0; i < para.length || i === 0; i += 40) out.push(para.slice(i, i + 40));
    return out;
  });
  const reply = (a: Act<S>): void =>
    a.navigate('compose', { to: m.folder === 'sent' ? m.to : m.fromEmail, subject: `Re: ${m.subject}` });
  const forward = (a: Act<S>): void =>
    a.navigate('compose', {
      subject: `Fwd: ${m.subject}`,
      body: `\n\n---------- Forwarded message ---------\nFrom: ${m.from} <${m.fromEmail}>\n${m.body}`,
    });
  return screen<S>([
    toolbar<S>('', {
      up: true,
      actions: [
        imageButton<S>(
          'Archive',
          (a) => {
            a.back();
            a.toast('Archived');
          },
          { id: 'archive' },
        ),
        imageButton<S>(
          'Delete',
          (a) => {
            const x = a.state.mails.find((y) => y.id === m.id);
            if (x) x.folder = 'trash';
            a.back();
            a.toast('Moved to Trash');
          },
          { id: 'delete' },
        ),
        imageButton<S>(
          'Mark as unread',
          (a) => {
            const x = a.state.mails.find((y) => y.id === m.id);
            if (x) x.read = false;
            a.back();
          },
          { id: 'mark_unread' },
        ),
      ],
    }),
    list<S>(
      'mail',
      [
        text<S>(m.subject || '(no subject)', {
          id: 'subject_and_folder_view',
          h: 150,
          heading: true,
          pad: [20, 48, 0, 48],
          style: { size: 48 },
        }),
        row<S>({ h: 160, pad: [10, 48, 10, 48] }, [
          column<S>({ grow: 1 }, [
            text<S>(m.from, { id: 'sender_name', h: 70, style: { bold: true } }),
            text<S>(`${m.fromEmail} · to ${m.to === r.state.account ? 'me' : m.to}`, {
              id: 'recipient_summary',
              h: 60,
              style: { size: 28, color: '#5f6368' },
            }),
          ]),
          text<S>(when(m.time, r.device.now), { id: 'upper_date', w: 200, h: undefined, style: { size: 28 } }),
        ]),
        ...lines.map((l) => text<S>(l, { id: 'message_body', pad: [0, 48, 0, 48] })),
        row<S>({ h: 170, pad: [20, 48, 20, 48], gap: 30 }, [
          button<S>('Reply', reply, { id: 'reply_button', h: 130 }),
          button<S>('Forward', forward, { id: 'forward_button', h: 130 }),
        ]),
      ],
      { id: 'conversation_pager' },
    ),
  ]);
}

export interface Draft {
  to: string;
  subject: string;
  body: string;
}

export function draftOf(r: { state: S; params: Record<string, unknown>; local: Record<string, unknown> }): Draft {
  const saved =
    r.params.draftId === undefined ? undefined : r.state.mails.find((m) => m.id === Number(r.params.draftId));
  const pick = (f: keyof Draft): string => String(r.local[f] ?? r.params[f] ?? saved?.[f] ?? '');
  return { to: pick('to'), subject: pick('subject'), body: pick('body') };
}

/** Sends the composed mail: a new mail in Sent, the draft (if any) removed. */
export function sendMail(a: Act<S>): void {
  const d = draftOf(a);
  if (!/\S+@\S+/.test(d.to)) {
    a.toast('Add at least one recipient');
    return;
  }
  a.state.mails = a.state.mails.filter((m) => m.id !== Number(a.params.draftId ?? -1));
  a.state.mails.push({
    id: a.state.nextId++,
    folder: 'sent',
    from: 'Me',
    fromEmail: a.state.account,
    to: d.to.trim(),
    subject: d.subject.trim(),
    body: d.body,
    time: a.device.now,
    read: true,
    starred: false,
  });
  a.back();
  a.toast('Sent');
}

/** Saves a draft (from the discard dialog, which carries the draft in its params). */
export function saveDraft(a: Act<S>, d: Draft, draftId: number | undefined): void {
  const existing = draftId === undefined ? undefined : a.state.mails.find((m) => m.id === draftId);
  if (existing) Object.assign(existing, { to: d.to, subject: d.subject, body: d.body, time: a.device.now });
  else
    a.state.mails.push({
      id: a.state.nextId++,
      folder: 'drafts',
      from: 'Me',
      fromEmail: a.state.account,
      to: d.to,
      subject: d.subject,
      body: d.body,
      time: a.device.now,
      read: true,
      starred: false,
    });
}

/** The discard dialog gets the draft itself: a dialog's params and local are its own. */
function askDiscard(a: Act<S>): void {
  const d = draftOf(a);
  a.showDialog('discard', {
    to: d.to,
    subject: d.subject,
    body: d.body,
    ...(a.params.draftId === undefined ? {} : { draftId: Number(a.params.draftId) }),
  });
}

function compose(r: RenderCtx<S>): View<S> {
  const d = draftOf(r);
  const dirty =
    ['to', 'subject', 'body'].some((f) => r.local[f] !== undefined) ||
    (r.params.draftId === undefined && Boolean(r.params.body));
  const set =
    (f: keyof Draft) =>
    (a: Act<S>, v: string): void => {
      a.local[f] = v;
    };
  const bodyLines = Math.max(4, d.body.split('\n').length + 1);
  return screen<S>([
    row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168 }, [
      imageButton<S>('Navigate up', (a) => (dirty ? askDiscard(a) : a.back()), { h: 168, w: 160 }),
      text<S>('Compose', { id: 'toolbar_title', h: 168, grow: 1, heading: true, style: { size: 44 } }),
      imageButton<S>('Attach file', (a) => a.toast('No files to attach'), { id: 'add_attachment' }),
      imageButton<S>('Send', sendMail, { id: 'send' }),
      imageButton<S>('Discard', askDiscard, { id: 'discard' }),
    ]),
    list<S>(
      'compose',
      [
        row<S>({ h: 150, pad: [0, 48, 0, 48] }, [
          text<S>('From', { w: 180, h: undefined, style: { color: '#5f6368' } }),
          text<S>(r.state.account, { id: 'from_account_name', grow: 1, h: undefined }),
        ]),
        row<S>({ h: 150, pad: [0, 48, 0, 0] }, [
          text<S>('To', { w: 132, h: undefined, style: { color: '#5f6368' } }),
          editText<S>('to', 'To', { value: d.to, onChange: set('to') }, { grow: 1, h: undefined }),
        ]),
        editText<S>('subject', 'Subject', { value: d.subject, onChange: set('subject') }),
        editText<S>(
          'body',
          'Compose email',
          { value: d.body, onChange: set('body'), multiline: true },
          { h: 64 * bodyLines + 40 },
        ),
      ],
      { id: 'compose_scrollview' },
    ),
  ]);
}

function search(r: RenderCtx<S>): View<S> {
  return searchPage<S>(r, {
    fieldId: 'open_search_view_edit_text',
    hint: 'Search in mail',
    results: (needle) => {
      const hits = r.state.mails
        .filter(
          (m) =>
            m.folder !== 'trash' &&
            [m.from, m.fromEmail, m.to, m.subject, m.body].some((f) => f.toLowerCase().includes(needle)),
        )
        .sort((a, b) => b.time - a.time);
      return hits.length
        ? list<S>(
            'results',
            hits.map((m) => mailRow(m, r.device.now, m.folder)),
            { id: 'thread_list_view' },
          )
        : null;
    },
    noResults: 'No results found',
    prompt: 'Search by sender, subject or words in the mail',
  });
}

export const screens: Record<string, ScreenDef<S>> = {
  ...Object.fromEntries(FOLDERS.map((f) => [f.screen, folderPage(f.screen, f.title)])),
  mail: { activity: '.ConversationListActivityGmail', render: mailView },
  compose: { activity: 'com.android.mail.compose.ComposeActivityGmail', render: compose },
  search: { activity: '.ConversationListActivityGmail', render: search },
};
