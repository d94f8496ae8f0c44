/**
 * Every installed app, one line each. Adding an app = a folder under apps/
 * with an index.ts default-exporting defineApp({...}), plus one line here.
 * Order is the launcher's icon order.
 */
import type { AnyApp } from '../framework/types.ts';
import launcher from './launcher/index.ts';
import settings from './settings/index.ts';
import clock from './clock/index.ts';
import contacts from './contacts/index.ts';
import messages from './messages/index.ts';
import mail from './mail/index.ts';
import calendar from './calendar/index.ts';
import notes from './notes/index.ts';
import calculator from './calculator/index.ts';
import shopping from './shopping/index.ts';
import maps from './maps/index.ts';
import chrome from './chrome/index.ts';
import files from './files/index.ts';

export const APPS: AnyApp[] = [
  launcher,
  settings,
  clock,
  contacts,
  messages,
  mail,
  calendar,
  notes,
  calculator,
  shopping,
  maps,
  chrome,
  files,
];
