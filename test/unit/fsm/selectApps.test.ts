import { describe, expect, it } from 'vitest';
import { selectApps } from '../../../cli/commands/fsm.ts';

const ALL = ['com.android.deskclock', 'com.google.android.apps.maps', 'com.android.settings', 'com.google.android.gm'];

describe('maple fsm export --app', () => {
  it('takes a package, a last segment or a launcher label the package spells', () => {
    expect(selectApps(ALL, 'com.android.deskclock')).toEqual(['com.android.deskclock']);
    expect(selectApps(ALL, 'settings')).toEqual(['com.android.settings']);
    expect(selectApps(ALL, 'Clock')).toEqual(['com.android.deskclock']);
    expect(selectApps(ALL, 'Maps')).toEqual(['com.google.android.apps.maps']);
    expect(selectApps(ALL, undefined)).toEqual(ALL);
  });

  it('refuses an unknown or ambiguous name and says what to give', () => {
    expect(() => selectApps(ALL, 'Mail')).toThrow(/no FSM for app "Mail".*known apps: com\.android\.deskclock/);
    expect(() => selectApps(ALL, 'android')).toThrow(/matches several apps.*give the package name/);
  });
});
