/** When the framework opens a subgoal's app itself (no model call), and when it leaves the choice to the model. */
import { describe, expect, it } from 'vitest';
import { AppDirectory } from '../../../agent/execute/AppDirectory.ts';
import type { Perception } from '../../../agent/perceive/Perception.ts';
import type { Plan } from '../../../agent/roles/types.ts';
import { openSubgoalApp } from '../../../agent/run/openSubgoalApp.ts';

const apps = new AppDirectory();
apps.learn('Shopping', 'com.example.shop');
apps.learn('Messages', 'com.google.android.apps.messaging');
apps.setLabels(['Shopping', 'Messages', 'Notes']);

const on = (pkg: string) => ({ screen: { foregroundPackage: pkg } }) as unknown as Perception;
const plan: Plan = {
  subgoals: [
    { app: 'shopping', goal: 'read the subtotal' },
    { app: 'Messages', goal: 'text it to Carol' },
    { goal: 'check it went out' },
  ],
  source: 'model',
};
const opened = (index: number, pkg: string) => {
  const d = openSubgoalApp(plan, index, on(pkg), apps);
  return d?.action.type === 'open_app' ? d.action.app : undefined;
};

describe('openSubgoalApp', () => {
  it('opens the first subgoal app from the launcher, by its launcher label', () => {
    expect(opened(0, 'com.android.launcher3')).toBe('Shopping');
  });
  it('opens the next app when the phone is still in the app of the subgoal before', () => {
    expect(opened(1, 'com.example.shop')).toBe('Messages');
  });
  it('leaves the choice to the model anywhere else', () => {
    // A share sheet or another app leads on: the model decides.
    expect(opened(1, 'android')).toBeUndefined();
    expect(opened(1, 'com.google.android.gm')).toBeUndefined();
    // Already in the subgoal's app, a subgoal without an app, an app not on the launcher.
    expect(opened(1, 'com.google.android.apps.messaging')).toBeUndefined();
    expect(opened(2, 'com.android.launcher3')).toBeUndefined();
    const unknown: Plan = { subgoals: [{ app: 'Gallery', goal: 'x' }], source: 'model' };
    expect(openSubgoalApp(unknown, 0, on('com.android.launcher3'), apps)).toBeUndefined();
  });
});
