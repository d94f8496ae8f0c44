/**
 * Contacts, Messages, Mail, Calendar and Notes on the virtual phone, end to
 * end through a real Appium server and WebdriverIO: each app's main task,
 * checked on ground truth, plus sharing and copy/paste across apps.
 */
import { describe, expect, it } from 'vitest';
import { acc, xpath, id, textIs, useVirtualPhone } from '../../support/virtualPhone.ts';
import { ARRIVAL_GAP_MS } from '../../../drivers/virtual-android/src/apps/messages/index.ts';

interface Contact {
  id: number;
  first: string;
  last: string;
  phone: string;
  email: string;
}
interface Message {
  from: 'me' | 'them';
  text: string;
  time: number;
}
interface Conversation {
  id: number;
  name: string;
  address: string;
  unread: boolean;
  messages: Message[];
}
interface Mail {
  folder: string;
  to: string;
  subject: string;
  body: string;
}
interface CalEvent {
  title: string;
  date: string;
  start: number;
  end: number;
  reminder: number | null;
}
interface Note {
  id: number;
  title: string;
  body: string;
}

interface Apps {
  'com.google.android.contacts': { contacts: Contact[]; calls: { name: string; phone: string }[] };
  'com.google.android.apps.messaging': { conversations: Conversation[] };
  'com.google.android.gm': { mails: Mail[] };
  'com.google.android.calendar': { events: CalEvent[]; draft: unknown };
  'com.google.android.keep': { notes: Note[]; trash: Note[] };
}

async function scrollUntil(text: string, max = 10): Promise<void> {
  for (let i = 0; i < max && !(await source()).includes(`text="${text}"`); i++)
    await phone.opened.device.scroll('down');
  expect((await source()).includes(`text="${text}"`), `${text} after scrolling`).toBe(true);
}

/** Page-source checks as booleans, so a failure names the text instead of dumping the whole XML. */
async function shows(fragment: string): Promise<boolean> {
  return (await source()).includes(fragment);
}

function conversation(a: Apps, name: string): Conversation | undefined {
  return a['com.google.android.apps.messaging'].conversations.find((c) => c.name === name);
}

const phone = useVirtualPhone(3);
const { source, screen } = phone;
const apps = () => phone.apps<Apps>();

describe('Contacts', () => {
  it('scrolls the lettered list to a contact, shows details and places a call', async () => {
    await phone.opened.device.tap(acc('Contacts'));
    expect(await screen()).toBe('contacts/list');
    const first = await source();
    expect(/text="A" resource-id="com\.google\.android\.contacts:id\/header"/.test(first)).toBe(true);
    expect(first.includes('text="Zoe Fischer"')).toBe(false);
    await scrollUntil('Zoe Fischer');
    await phone.opened.device.tap(
      xpath('//*[@resource-id="com.google.android.contacts:id/cliv_name_textview" and @text="Zoe Fischer"]'),
    );
    expect(await screen()).toBe('contacts/details');
    expect(await shows('text="+1 415-555-0155"'), 'text="+1 415-555-0155"').toBe(true);
    await phone.opened.device.tap(id('call_button'));
    expect(await screen()).toBe('contacts/call');
    expect((await apps())['com.google.android.contacts'].calls).toEqual([
      expect.objectContaining({ name: 'Zoe Fischer', phone: '+1 415-555-0155' }),
    ]);
    await phone.opened.device.tap(acc('End call'));
    expect(await screen()).toBe('contacts/details');
  });

  it('creates a contact, finds it by search and deletes it after confirming', async () => {
    await phone.opened.device.openApp('com.google.android.contacts');
    await phone.opened.device.tap(acc('Create contact'));
    expect(await screen()).toBe('contacts/new');
    await phone.opened.device.type('Maya', { target: id('first_name') });
    await phone.opened.device.type('Lopez', { target: id('last_name') });
    await phone.opened.device.type('+1 415-555-0100', { target: id('phone_field') });
    await phone.opened.device.tap(textIs('Save'));
    expect(await screen()).toBe('contacts/details');
    const added = (await apps())['com.google.android.contacts'].contacts.find((c) => c.first === 'Maya');
    expect(added).toMatchObject({ last: 'Lopez', phone: '+1 415-555-0100' });

    await phone.opened.device.back();
    await phone.opened.device.tap(acc('Search contacts'));
    await phone.opened.device.type('lopez', { target: id('search_view') });
    await phone.opened.device.tap(textIs('Maya Lopez'));
    await phone.opened.device.tap(acc('Delete'));
    expect(await screen()).toBe('contacts/details+contacts/delete');
    await phone.opened.device.tap(id('android:id/button1'));
    expect(await screen()).toBe('contacts/list');
    expect((await apps())['com.google.android.contacts'].contacts.some((c) => c.first === 'Maya')).toBe(false);
  });
});

describe('Messages', () => {
  it('sends a text in an existing conversation', async () => {
    await phone.opened.device.tap(acc('Messages'));
    expect(await screen()).toBe('messages/list');
    await phone.opened.device.tap(textIs('Alice Chen'));
    expect(await screen()).toBe('messages/thread');
    await phone.opened.device.type('See you at noon', {
      target: xpath('//android.widget.EditText[@text="Text message"]'),
    });
    await phone.opened.device.tap(acc('Send'));
    const last = conversation(await apps(), 'Alice Chen')!.messages.at(-1)!;
    expect(last).toMatchObject({ from: 'me', text: 'See you at noon' });
    expect(await shows('text="See you at noon"'), 'text="See you at noon"').toBe(true);
  });

  it('starts a chat with a new recipient chosen by name', async () => {
    await phone.opened.device.openApp('com.google.android.apps.messaging');
    expect(conversation(await apps(), 'Zoe Fischer')).toBeUndefined();
    await phone.opened.device.tap(acc('Start chat'));
    expect(await screen()).toBe('messages/new_chat');
    await phone.opened.device.type('zoe', { target: id('recipient_text_view') });
    await phone.opened.device.tap(textIs('Zoe Fischer'));
    expect(await screen()).toBe('messages/thread');
    await phone.opened.device.type('Book club at yours?', { target: id('compose_message_text'), submit: true });
    const conv = conversation(await apps(), 'Zoe Fischer')!;
    expect(conv.address).toBe('+1 415-555-0155');
    expect(conv.messages.map((m) => m.text)).toEqual(['Book club at yours?']);
  });

  it('receives a new message between visits', async () => {
    await phone.opened.device.openApp('com.google.android.apps.messaging');
    const before = conversation(await apps(), 'Alice Chen')!.messages.length;
    await phone.opened.device.home();
    // Let virtual time pass: on the virtual phone a wait moves its clock by the time waited.
    await phone.opened.device.wait(ARRIVAL_GAP_MS);
    await phone.opened.device.tap(acc('Messages'));
    const alice = conversation(await apps(), 'Alice Chen')!;
    expect(alice.messages.length).toBe(before + 1);
    expect(alice.messages.at(-1)).toMatchObject({ from: 'them', text: 'Running a bit late, order for me please' });
    expect(alice.unread).toBe(true);
    expect(
      await shows('text="Running a bit late, order for me please"'),
      'text="Running a bit late, order for me please"',
    ).toBe(true);
  });

  it('copies a message with long-press', async () => {
    await phone.opened.device.openApp('com.google.android.apps.messaging');
    await phone.opened.device.tap(textIs('David Kim'));
    await phone.opened.device.longPress(
      xpath(
        '//*[@resource-id="com.google.android.apps.messaging:id/message_text" and @text="The door code for the building is 4827"]',
      ),
    );
    expect(await screen()).toBe('messages/thread+messages/message_options');
    await phone.opened.device.tap(textIs('Copy text'));
    expect(await phone.opened.device.getClipboard()).toBe('The door code for the building is 4827');
  });
});

describe('Mail', () => {
  it('scrolls the inbox, opens a mail, composes and sends one, and finds it in Sent', async () => {
    await phone.opened.device.tap(acc('Mail'));
    expect(await screen()).toBe('mail/inbox');
    expect(await shows('text="Book club pick"'), 'text="Book club pick"').toBe(false);
    await scrollUntil('Book club pick', 15);
    await phone.opened.device.tap(textIs('Book club pick'));
    expect(await screen()).toBe('mail/mail');
    expect(await shows('Meeting on June 28.'), 'Meeting on June 28.').toBe(true);
    await phone.opened.device.back();

    await phone.opened.device.tap(acc('Compose'));
    expect(await screen()).toBe('mail/compose');
    await phone.opened.device.type('carol.singh@example.com', { target: id('to') });
    await phone.opened.device.type('Sunday', { target: id('subject') });
    await phone.opened.device.type('I will bring dessert.', { target: id('body') });
    await phone.opened.device.tap(acc('Send'));
    expect(await screen()).toBe('mail/inbox');
    const sent = (await apps())['com.google.android.gm'].mails.filter((m) => m.folder === 'sent');
    expect(sent.at(-1)).toMatchObject({
      to: 'carol.singh@example.com',
      subject: 'Sunday',
      body: 'I will bring dessert.',
    });

    await phone.opened.device.tap(acc('Open navigation drawer'));
    expect(await screen()).toBe('mail/inbox+mail/drawer');
    await phone.opened.device.tap(textIs('Sent'));
    expect(await screen()).toBe('mail/sent');
    expect(await shows('text="Sunday"'), 'text="Sunday"').toBe(true);
  });

  it('asks before discarding a draft', async () => {
    await phone.opened.device.openApp('com.google.android.gm');
    const count = (await apps())['com.google.android.gm'].mails.length;
    await phone.opened.device.tap(acc('Compose'));
    await phone.opened.device.type('Draft to throw away', { target: id('subject') });
    await phone.opened.device.tap(acc('Navigate up'));
    expect(await screen()).toBe('mail/compose+mail/discard');
    await phone.opened.device.tap(id('android:id/button1'));
    expect(await screen()).toBe('mail/inbox');
    expect((await apps())['com.google.android.gm'].mails.length).toBe(count);
  });
});

describe('Calendar', () => {
  it('creates an event with the date picker, time picker and a reminder', async () => {
    await phone.opened.device.tap(acc('Calendar'));
    expect(await screen()).toBe('calendar/schedule');
    expect(await shows('text="Lunch with Alice"'), 'text="Lunch with Alice"').toBe(true);
    await phone.opened.device.tap(acc('Create new event'));
    expect(await screen()).toBe('calendar/new');
    await phone.opened.device.type('Piano lesson', { target: id('title') });
    await phone.opened.device.tap(textIs('Date'));
    expect(await screen()).toBe('calendar/new+calendar/date_picker');
    await phone.opened.device.tap(xpath('//android.widget.TextView[@text="20"]'));
    await phone.opened.device.tap(id('android:id/button1'));
    await phone.opened.device.tap(textIs('Start time'));
    expect(await screen()).toBe('calendar/new+calendar/time_picker');
    await phone.opened.device.clear(id('input_hour'));
    await phone.opened.device.type('14', { target: id('input_hour') });
    await phone.opened.device.clear(id('input_minute'));
    await phone.opened.device.type('30', { target: id('input_minute') });
    await phone.opened.device.tap(id('android:id/button1'));
    await phone.opened.device.tap(textIs('Notification'));
    expect(await screen()).toBe('calendar/new+calendar/reminder');
    await phone.opened.device.tap(textIs('1 hour before'));
    await phone.opened.device.tap(textIs('Save'));
    expect(await screen()).toBe('calendar/schedule');
    const cal = (await apps())['com.google.android.calendar'];
    expect(cal.events.find((e) => e.title === 'Piano lesson')).toMatchObject({
      date: '2025-06-20',
      start: 14 * 60 + 30,
      end: 15 * 60 + 30,
      reminder: 60,
    });
    expect(cal.draft).toBeNull();

    await phone.opened.device.tap(acc('Month'));
    expect(await screen()).toBe('calendar/month');
    await phone.opened.device.tap(acc('Friday, June 20, 1 event'));
    expect(await screen()).toBe('calendar/day');
    await phone.opened.device.tap(textIs('Piano lesson'));
    expect(await screen()).toBe('calendar/event');
    expect(await shows('text="1 hour before"'), 'text="1 hour before"').toBe(true);
  });
});

describe('Notes', () => {
  it('writes a note, searches it, deletes it and brings it back with Undo', async () => {
    await phone.opened.device.tap(acc('Notes'));
    expect(await screen()).toBe('notes/list');
    await phone.opened.device.tap(acc('New note'));
    expect(await screen()).toBe('notes/edit');
    await phone.opened.device.type('Packing', { target: id('editable_title') });
    await phone.opened.device.type('passport, charger', { target: id('edit_note_text') });
    await phone.opened.device.back();
    await phone.opened.device.back();
    expect(await screen()).toBe('notes/list');
    const note = (await apps())['com.google.android.keep'].notes.find((n) => n.title === 'Packing')!;
    expect(note.body).toBe('passport, charger');

    await phone.opened.device.tap(textIs('Search your notes'));
    await phone.opened.device.type('passport', { target: id('search_src_text') });
    await phone.opened.device.tap(textIs('Packing'));
    await phone.opened.device.tap(acc('Delete'));
    expect(await screen()).toBe('notes/search');
    expect((await apps())['com.google.android.keep'].notes.some((n) => n.id === note.id)).toBe(false);
    expect(await shows('text="Note moved to trash"'), 'text="Note moved to trash"').toBe(true);
    await phone.opened.device.tap(id('com.google.android.material:id/snackbar_action'));
    expect((await apps())['com.google.android.keep'].notes.some((n) => n.id === note.id)).toBe(true);
  });

  it('shows the empty state once every note is deleted', async () => {
    await phone.opened.device.openApp('com.google.android.keep');
    const total = (await apps())['com.google.android.keep'].notes.length;
    for (let i = 0; i < total; i++) {
      await phone.opened.device.longPress(id('browse_note_interior_content'));
      await phone.opened.device.tap(textIs('Delete'));
    }
    expect((await apps())['com.google.android.keep'].notes).toEqual([]);
    expect(await shows('text="Notes you add appear here"'), 'text="Notes you add appear here"').toBe(true);
  });
});

describe('across apps', () => {
  it('shares a note to Messages through the share sheet and sends it', async () => {
    await phone.opened.device.openApp('com.google.android.keep');
    await phone.opened.device.tap(textIs('Wi-Fi at the cabin'));
    await phone.opened.device.tap(acc('Share'));
    expect(await screen()).toBe('notes/edit+system/share');
    await phone.opened.device.tap(xpath('//*[@resource-id="android:id/text1" and @text="Messages"]'));
    expect(await screen()).toBe('messages/new_chat');
    await phone.opened.device.type('carol', { target: id('recipient_text_view'), submit: true });
    expect(await screen()).toBe('messages/thread');
    await phone.opened.device.tap(acc('Send'));
    const last = conversation(await apps(), 'Carol Singh')!.messages.at(-1)!;
    expect(last).toMatchObject({ from: 'me', text: 'Wi-Fi at the cabin\nNetwork CabinNet, password pinecone42' });
  });

  it('copies a message and pastes it into a new note with the keyboard Paste key', async () => {
    await phone.opened.device.openApp('com.google.android.apps.messaging');
    await phone.opened.device.tap(textIs('Grace Okafor'));
    await phone.opened.device.longPress(xpath('//*[@text="Flight lands at 6:45 pm, terminal 2"]'));
    await phone.opened.device.tap(textIs('Copy text'));
    await phone.opened.device.home();
    await phone.opened.device.tap(acc('Notes'));
    await phone.opened.device.tap(acc('New note'));
    await phone.opened.device.tap(id('edit_note_text'));
    expect(
      await shows('resource-id="com.maple.keyboard:id/key_paste"'),
      'resource-id="com.maple.keyboard:id/key_paste"',
    ).toBe(true);
    await phone.opened.device.tap(acc('Paste'));
    const notes = (await apps())['com.google.android.keep'].notes;
    expect(notes.at(-1)!.body).toBe('Flight lands at 6:45 pm, terminal 2');
  });
});
