/**
 * Contacts screens: the list with letter headers (longer than the screen),
 * search, contact details with Call / Message / Email, the editor (create
 * and edit share one layout but are two screens, `new` and `edit`) and the in-call screen.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { searchPage } from '../../framework/searchPage.ts';
import { formatClock } from '../../framework/time.ts';
import {
  button,
  column,
  editText,
  emptyState,
  fab,
  frame,
  heading,
  imageButton,
  list,
  listItem,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { contactName, sortedContacts, type Contact, type ContactsState } from './state.ts';

type S = ContactsState;
export const MESSAGES_PACKAGE = 'com.google.android.apps.messaging';
export const MAIL_PACKAGE = 'com.google.android.gm';

/** `section` tells a starred contact's row under Favorites from its row under its letter. */
function contactRow(c: Contact, section = ''): View<S> {
  return listItem<S>({
    title: contactName(c),
    id: 'contact_item',
    key: `contact/${c.id}${section}`,
    titleId: 'cliv_name_textview',
    onTap: (a) => a.navigate('details', { id: c.id }),
  });
}

function listRows(contacts: Contact[]): View<S>[] {
  const rows: View<S>[] = [];
  const starred = contacts.filter((c) => c.starred);
  if (starred.length) {
    rows.push(
      text<S>('Favorites', {
        id: 'header',
        key: 'header/favorites',
        h: 100,
        pad: [30, 48, 0, 48],
        style: { bold: true, color: '#0b57d0' },
      }),
    );
    for (const c of sortedContacts(starred)) rows.push(contactRow(c, '@favorites'));
  }
  let letter = '';
  for (const c of sortedContacts(contacts)) {
    const first = (contactName(c)[0] ?? '#').toUpperCase();
    if (first !== letter) {
      letter = first;
      rows.push(
        text<S>(letter, {
          id: 'header',
          key: `header/${letter}`,
          h: 100,
          pad: [30, 48, 0, 48],
          style: { bold: true, color: '#0b57d0' },
        }),
      );
    }
    rows.push(contactRow(c));
  }
  return rows;
}

function find(a: { state: S }, id: unknown): Contact | undefined {
  return a.state.contacts.find((c) => c.id === Number(id));
}

function detailRow(label: string, value: string, id: string, onTap: (a: Act<S>) => void, action: View<S>): View<S> {
  return row<S>({ id, h: 180, pad: [0, 48, 0, 48], clickable: true, focusable: true, onTap }, [
    column<S>({ grow: 1 }, [
      text<S>(value, { id: 'header', h: 80, style: { size: 38 } }),
      text<S>(label, { id: 'sub_header', h: 56, style: { size: 30, color: '#5f6368' } }),
    ]),
    action,
  ]);
}

export function call(a: Act<S>, c: Contact): void {
  a.state.calls.push({ name: contactName(c), phone: c.phone, time: a.device.now });
  a.navigate('call', { id: c.id });
}

function editor(r: RenderCtx<S>): View<S> {
  const existing = r.params.id === undefined ? undefined : r.state.contacts.find((c) => c.id === Number(r.params.id));
  const value = (f: 'first' | 'last' | 'phone' | 'email' | 'company'): string =>
    String(r.local[f] ?? existing?.[f] ?? '');
  const FIELD_IDS = {
    first: 'first_name',
    last: 'last_name',
    phone: 'phone_field',
    email: 'email_field',
    company: 'company_field',
  } as const;
  const field = (f: keyof typeof FIELD_IDS, hint: string): View<S> =>
    editText<S>(
      FIELD_IDS[f],
      hint,
      {
        value: value(f),
        onChange: (a, v) => {
          a.local[f] = v;
        },
      },
      { h: 150 },
    );
  const save = (a: Act<S>): void => {
    const get = (f: 'first' | 'last' | 'phone' | 'email' | 'company'): string =>
      String(a.local[f] ?? (existing ? existing[f] : '')).trim();
    if (!get('first') && !get('last') && !get('phone')) {
      a.toast('Add a name or phone number');
      return;
    }
    if (existing) {
      const c = find(a, existing.id);
      if (c)
        Object.assign(c, {
          first: get('first'),
          last: get('last'),
          phone: get('phone'),
          email: get('email'),
          company: get('company'),
        });
      a.back();
      a.toast('Contact saved');
    } else {
      const c: Contact = {
        id: a.state.nextId++,
        first: get('first'),
        last: get('last'),
        phone: get('phone'),
        email: get('email'),
        company: get('company'),
        starred: false,
      };
      a.state.contacts.push(c);
      a.replace('details', { id: c.id });
      a.toast('Contact saved');
    }
  };
  const dirty = ['first', 'last', 'phone', 'email', 'company'].some((f) => r.local[f] !== undefined);
  return screen<S>([
    row<S>({ cls: 'android.view.ViewGroup', id: 'toolbar', h: 168 }, [
      imageButton<S>('Cancel', (a) => (dirty ? a.showDialog('discard') : a.back()), { h: 168, w: 160 }),
      text<S>(existing ? 'Edit contact' : 'Create contact', {
        id: 'toolbar_title',
        h: 168,
        grow: 1,
        heading: true,
        style: { size: 44 },
      }),
      button<S>('Save', save, { id: 'editor_menu_save_button', w: 240, h: 120 }),
    ]),
    list<S>(
      'editor',
      [
        field('first', 'First name'),
        field('last', 'Last name'),
        field('company', 'Company'),
        field('phone', 'Phone'),
        field('email', 'Email'),
      ],
      { id: 'editors', gap: 24 },
    ),
  ]);
}

export const screens: Record<string, ScreenDef<S>> = {
  list: {
    activity: 'com.android.contacts.activities.PeopleActivity',
    render: (r) =>
      screen<S>([
        toolbar<S>('Contacts', {
          actions: [
            imageButton<S>('Search contacts', (a) => a.navigate('search'), { id: 'menu_search' }),
            imageButton<S>('More options', (a) => a.toast(`${a.state.contacts.length} contacts`), {
              id: 'overflow_menu',
            }),
          ],
        }),
        frame<S>({ grow: 1 }, [
          r.state.contacts.length
            ? list<S>('contacts', listRows(r.state.contacts), { id: 'contacts_list' })
            : emptyState<S>('No contacts yet'),
          fab<S>('Create contact', (a) => a.navigate('new', {}), 'floating_action_button'),
        ]),
      ]),
  },
  search: {
    activity: 'com.android.contacts.activities.PeopleActivity',
    render: (r) => {
      return searchPage<S>(r, {
        fieldId: 'search_view',
        hint: 'Search contacts',
        results: (needle) => {
          const hits = sortedContacts(r.state.contacts).filter((c) =>
            [contactName(c), c.phone, c.email, c.company].some((f) => f.toLowerCase().includes(needle)),
          );
          return hits.length
            ? list<S>(
                'results',
                hits.map((c) => contactRow(c)),
                { id: 'search_results' },
              )
            : null;
        },
        noResults: 'No contacts found',
        prompt: 'Search your contacts by name, number or email',
      });
    },
  },
  details: {
    activity: 'com.android.contacts.quickcontact.QuickContactActivity',
    render: (r) => {
      const c = r.state.contacts.find((x) => x.id === Number(r.params.id));
      if (!c) return screen<S>([toolbar<S>('Contact', { up: true }), emptyState<S>('This contact was deleted')]);
      const act = (label: string, id: string, run: (a: Act<S>) => void): View<S> =>
        button<S>(label, run, { id, h: 130 });
      const sms = (a: Act<S>): void =>
        a.openApp(MESSAGES_PACKAGE, 'thread', { address: c.phone, name: contactName(c) });
      const mail = (a: Act<S>): void => a.openApp(MAIL_PACKAGE, 'compose', { to: c.email });
      const rows: View<S>[] = [
        heading<S>(contactName(c), { id: 'large_title', h: 150, style: { size: 56, align: 'center' } }),
        text<S>(c.company, { id: 'company', h: 70, style: { align: 'center', color: '#5f6368' } }),
        row<S>({ h: 170, pad: [20, 48, 20, 48], gap: 30 }, [
          act('Call', 'call_button', (a) => call(a, c)),
          act('Message', 'message_button', sms),
          act('Email', 'email_button', mail),
        ]),
        text<S>('Contact info', { id: 'card_title', h: 100, pad: [30, 48, 0, 48], style: { bold: true } }),
      ];
      if (c.phone)
        rows.push(
          detailRow(
            'Mobile',
            c.phone,
            'phone_entry',
            (a) => call(a, c),
            imageButton<S>('Text message', sms, { id: 'third_icon' }),
          ),
        );
      if (c.email)
        rows.push(
          detailRow('Email', c.email, 'email_entry', mail, imageButton<S>('Send email', mail, { id: 'third_icon' })),
        );
      const recent = r.state.calls.filter((x) => x.phone === c.phone);
      if (recent.length)
        rows.push(
          text<S>(`Last call ${formatClock(recent[recent.length - 1]!.time)}`, {
            id: 'recent_call',
            pad: [0, 48, 0, 48],
          }),
        );
      return screen<S>([
        toolbar<S>('', {
          up: true,
          actions: [
            imageButton<S>(
              c.starred ? 'Remove from favorites' : 'Add to favorites',
              (a) => {
                const x = find(a, c.id);
                if (x) x.starred = !x.starred;
              },
              { id: 'menu_star', selected: c.starred },
            ),
            imageButton<S>('Edit contact', (a) => a.navigate('edit', { id: c.id }), { id: 'menu_edit' }),
            imageButton<S>('Delete', (a) => a.showDialog('delete', { id: c.id }), { id: 'menu_delete' }),
          ],
        }),
        list<S>('details', rows, { id: 'quickcontact_scroll' }),
      ]);
    },
  },
  // One editor, two screens: "Create contact" (empty form, Save adds) and "Edit contact" (filled in, Save
  // updates) are titled differently and do different things, so they are told apart (docs/fsm.md, section 8).
  new: { activity: 'com.android.contacts.activities.ContactEditorActivity', render: editor },
  edit: { activity: 'com.android.contacts.activities.ContactEditorActivity', render: editor },
  call: {
    activity: 'com.android.incallui.InCallActivity',
    render: (r) => {
      const c = r.state.contacts.find((x) => x.id === Number(r.params.id));
      return screen<S>([
        text<S>('Calling…', {
          id: 'contactgrid_status_text',
          h: 200,
          pad: [100, 0, 0, 0],
          style: { align: 'center', color: '#5f6368' },
        }),
        heading<S>(c ? contactName(c) : 'Unknown', {
          id: 'contactgrid_contact_name',
          h: 160,
          style: { size: 64, align: 'center' },
        }),
        text<S>(c?.phone ?? '', { id: 'contactgrid_location', h: 100, style: { align: 'center' } }),
        { cls: 'android.view.View', grow: 1 },
        row<S>({ h: 260, pad: [40, 300, 80, 300] }, [
          imageButton<S>(
            'End call',
            (a) => {
              a.back();
              a.toast('Call ended');
            },
            { id: 'incall_end_call', w: undefined, h: undefined, style: { bg: '#dc362e', radius: 90 } },
          ),
        ]),
      ]);
    },
  },
};
