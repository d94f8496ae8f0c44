/**
 * From what the user typed (a launcher label such as "Clock", or a package
 * name) to the app's package, using only what the device shows: the
 * launcher's icons are tapped like a user would.
 */
import type { Device } from '../../drivers/device/Device.ts';
import { parsePageSource } from '../../drivers/screen/index.ts';
import { ExploreError } from './errors.ts';

const PACKAGE_NAME = /^[A-Za-z][\w]*(\.[A-Za-z_][\w]*)+$/;

/** Opens the app and returns its package. */
export async function openAppByName(device: Device, app: string): Promise<string> {
  if (PACKAGE_NAME.test(app)) {
    try {
      await device.openApp(app);
    } catch (error) {
      // The device's own words ("No app with package … is installed. Installed: …"), without the request.
      const inner = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      const reason = (inner instanceof Error ? inner.message : String(inner))
        .replace(/^WebDriverError: /, '')
        .replace(/ when running "[^"]*" with method "[A-Z]+"/g, '');
      throw new ExploreError(`cannot open ${app}: ${reason} Give an installed package or a launcher label.`);
    }
    const obs = await device.observe();
    if (obs.package !== app)
      throw new ExploreError(`opening package ${app} left the device in ${obs.package}; is it installed?`);
    return app;
  }
  await device.home();
  const obs = await device.observe();
  const screen = parsePageSource(obs.pageSource, { activity: obs.activity });
  const wanted = app.trim().toLowerCase();
  const icons = screen.elements.filter((e) => e.actionable && e.flags.clickable && e.label);
  const icon =
    icons.find((e) => e.label.trim().toLowerCase() === wanted) ??
    icons.find((e) => e.contentDesc.trim().toLowerCase() === wanted);
  if (!icon) {
    const labels = [...new Set(icons.map((e) => e.label))].join(', ');
    throw new ExploreError(`no launcher icon labelled "${app}"; give a package name or one of: ${labels}`);
  }
  await device.tap({ point: icon.tapPoint });
  const after = await device.observe();
  if (after.package === obs.package)
    throw new ExploreError(`tapping the launcher icon "${icon.label}" did not open an app`);
  return after.package;
}
