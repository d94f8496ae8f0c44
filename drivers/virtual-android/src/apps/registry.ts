/**
 * Every installed app, one line each. Adding an app = a folder under apps/
 * with an index.ts default-exporting defineApp({...}), plus one line here.
 * Order is the launcher's icon order.
 */
import type { AnyApp } from '../framework/types.ts';
import launcher from './launcher/index.ts';
import settings from './settings/index.ts';
import clock from './clock/index.ts';
import calculator from './calculator/index.ts';

export const APPS: AnyApp[] = [
  launcher,
  settings,
  clock,
  calculator,
];
