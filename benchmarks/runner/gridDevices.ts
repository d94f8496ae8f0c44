/**
 * A Selenium Grid 4 hub as the device source: N sessions through the hub's
 * URL, which the Grid places on its nodes. What the runner adds for a Grid:
 *   - the driver is read from what the nodes advertise when --driver is not
 *     given, and a driver no node serves is refused before any run;
 *   - one session per run (a session held between runs would keep a node
 *     from the other workers once a node is lost);
 *   - `unreachable()`: the hub no longer answers, so the run stops cleanly.
 */
import { readGridStatus, upSlots, type GridStatus } from '../../drivers/grid/index.ts';
import { appiumUrls, type DeviceSource } from './deviceSources.ts';
import { BenchConfigError } from './errors.ts';
import { unreachable } from './unreachable.ts';

export type DeviceDriver = 'uiautomator2' | 'virtual';

const AUTOMATION_NAME: Record<DeviceDriver, string> = { uiautomator2: 'UiAutomator2', virtual: 'VirtualAndroid' };

/** What a --device URL turned out to be: a Grid hub (with its status) or a plain Appium server. */
export interface DeviceUrlTarget {
  driver: DeviceDriver;
  grid: GridStatus | null;
}

/**
 * Looks at the --device URLs before anything runs. One URL is asked for its
 * /status: a Grid lists its nodes (and their stereotypes decide the default
 * driver); an Appium server does not. Several URLs are taken as Appium servers.
 */
export async function probeDeviceUrls(
  urls: readonly string[],
  driverFlag: DeviceDriver | undefined,
): Promise<DeviceUrlTarget> {
  if (urls.length !== 1 || !/^https?:\/\//.test(urls[0] as string))
    return { driver: driverFlag ?? 'uiautomator2', grid: null };
  const url = urls[0] as string;
  let grid: GridStatus | null;
  try {
    grid = await readGridStatus(url);
  } catch (error) {
    throw new BenchConfigError(
      `--device ${url} does not answer (GET /status: ${error instanceof Error ? error.message : String(error)}). ` +
        'Start the Appium server or the Grid first (`maple device start`, `maple grid start --nodes N`).',
    );
  }
  if (!grid) return { driver: driverFlag ?? 'uiautomator2', grid: null };
  const names = upSlots(grid).map((s) => String(s.stereotype['appium:automationName'] ?? ''));
  const driver =
    driverFlag ??
    (names.length > 0 && names.every((n) => n.toLowerCase() === 'virtualandroid') ? 'virtual' : 'uiautomator2');
  const wanted = AUTOMATION_NAME[driver];
  if (!names.some((n) => n.toLowerCase() === wanted.toLowerCase()))
    throw new BenchConfigError(
      `the Grid at ${url} has no node that is up with appium:automationName ${wanted}` +
        ` (its nodes advertise: ${[...new Set(names)].join(', ') || 'nothing; no node is up'}). ` +
        'Start nodes for it, or pick the matching --driver.',
    );
  return { driver, grid };
}

export interface GridDevicesOptions {
  driver: DeviceDriver;
  latencyMs?: number;
}

/** N sessions on the Grid at `hubUrl` (default N: the slots of its nodes that are up). */
export function gridDevices(
  hubUrl: string,
  grid: GridStatus,
  count: number | undefined,
  options: GridDevicesOptions,
): DeviceSource {
  const wanted = AUTOMATION_NAME[options.driver].toLowerCase();
  const slots = upSlots(grid).filter((s) => String(s.stereotype['appium:automationName']).toLowerCase() === wanted);
  const size = count ?? Math.max(1, slots.length);
  const base = appiumUrls([hubUrl], size, {
    driver: options.driver,
    ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
  });
  const queued = size > slots.length ? `; ${size - slots.length} more than its slots wait in the Grid's queue` : '';
  return {
    ...base,
    describe: `${size} session(s) (${options.driver}) on the Selenium Grid at ${hubUrl} (${grid.nodes.length} node(s), ${slots.length} slot(s)${queued})`,
    sessionPerRun: true,
    unreachable: () => unreachable([hubUrl], 'the Selenium Grid hub'),
  };
}
