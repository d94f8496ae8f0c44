/**
 * `startActivity` (behind Appium's `mobile: startActivity`) accepts the
 * activity name `getCurrentActivity` returns, in full or short form,
 * whichever way the app declares it.
 */
import { describe, expect, it } from 'vitest';
import { APPS, LAUNCHER_PACKAGE, Phone } from '../../../drivers/virtual-android/src/index.ts';

describe('Phone.startActivity', () => {
  it('starts every app by the activity name the device reports for it', () => {
    const phone = new Phone(APPS, { seed: 1 });
    for (const app of APPS) {
      if (app.package === LAUNCHER_PACKAGE) continue;
      phone.launch(app.package);
      const { activity, screenId } = phone.render();
      phone.home();
      phone.startActivity(app.package, activity);
      expect(phone.render().screenId.id, `${app.package} by ${activity}`).toBe(screenId.id);
    }
  });

  it('takes the full name of a short declaration and the short name of a full one', () => {
    const phone = new Phone(APPS, { seed: 1 });
    phone.startActivity('com.android.deskclock', 'com.android.deskclock.DeskClock');
    expect(phone.render().screenId.package).toBe('com.android.deskclock');
    phone.startActivity('com.android.deskclock', '.DeskClock');
    expect(phone.render().screenId.package).toBe('com.android.deskclock');
    phone.startActivity('com.android.settings', 'com.android.settings.Settings');
    expect(phone.render().screenId.id).toBe('settings/main');
    expect(() => phone.startActivity('com.android.settings', '.NoSuchThing')).toThrow(/no activity/);
  });
});
