/** A tiny hand-built "Notes" app and a "Mail" app for tracker tests: screens as a device would show them. */
import type { AbstractAction } from '../../../fsm/index.ts';
import { button, buildScreen, frame, input, list, row, text, toolbar, type WindowSpec } from './screenBuilder.ts';

export const NOTES = 'com.example.notes';
export const MAIL = 'com.example.mail';

export function home(notes: string[] = ['Groceries', 'Trip plan'], confirm?: string) {
  const windows: WindowSpec[] = [
    {
      kind: 'app',
      root: frame(
        toolbar('Notes', button('', 'com.example:id/settings', { desc: 'Settings' })),
        list(
          'com.example:id/notes',
          notes.map((n) => row(n, 'edited 2 min ago')),
        ),
        button('New note', 'com.example:id/fab'),
      ),
    },
  ];
  // A confirmation over the list (what a long press on a note opens).
  if (confirm)
    windows.push({
      kind: 'dialog',
      root: frame(
        text(confirm, { id: 'android:id/message' }),
        button('Cancel', 'android:id/button2'),
        button('Delete', 'android:id/button1'),
      ),
    });
  return buildScreen({ pkg: NOTES, activity: '.MainActivity', windows });
}

export function editor(dialog = false) {
  const windows: WindowSpec[] = [
    {
      kind: 'app',
      root: frame(
        toolbar('Edit note'),
        input('Title', 'com.example:id/title_input'),
        button('Save', 'com.example:id/save'),
      ),
    },
  ];
  if (dialog)
    windows.push({
      kind: 'dialog',
      root: frame(button('Keep editing', 'android:id/button2'), button('Discard', 'android:id/button1')),
    });
  return buildScreen({ pkg: NOTES, activity: '.EditActivity', windows });
}

export function settings() {
  return buildScreen({
    pkg: NOTES,
    activity: '.SettingsActivity',
    windows: [
      { kind: 'app', root: frame(toolbar('Settings'), list('com.example:id/prefs', [row('Theme'), row('Sync')])) },
    ],
  });
}

export function mailInbox() {
  return buildScreen({
    pkg: MAIL,
    activity: '.Inbox',
    windows: [{ kind: 'app', root: frame(toolbar('Inbox'), button('Compose', 'com.example:id/compose')) }],
  });
}

export const tapFab: AbstractAction = { kind: 'tap', target: 'button|fab|New note' };
export const tapSettings: AbstractAction = { kind: 'tap', target: 'button|settings|Settings' };
export const tapSave: AbstractAction = { kind: 'tap', target: 'button|save|Save' };
export const back: AbstractAction = { kind: 'back' };
