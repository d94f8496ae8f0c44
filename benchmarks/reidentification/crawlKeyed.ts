/**
 * Crawls the virtual apps through a real Device (Appium + WebdriverIO) and keeps every observation with
 * the device's true node identity of each element (evaluation only: the walk never reads it). The walk is
 * a seeded mix of what changes lists: taps (open, add, delete, star, save, sort...), long presses
 * (delete, remove), typing into focused fields, swipes that scroll lists by random amounts, back and
 * relaunches; so a page is seen again after its list was grown, shrunk, reordered, edited or scrolled.
 */
import type { Device } from '../../drivers/device/Device.ts';
import type { VirtualDeviceControl } from '../../drivers/device/VirtualDeviceControl.ts';
import { parsePageSource } from '../../drivers/screen/index.ts';
import type { Screen, UiElement } from '../../drivers/screen/types.ts';
import { topInteractiveWindow } from '../../fsm/explore/index.ts';
import { stateKey, type StateKeyResult } from '../../fsm/index.ts';
import { elementIdentities } from './alignNodes.ts';

export interface KeyedObservation {
  seed: number;
  app: string;
  /** Inputs since the app was opened for this seed. */
  step: number;
  /** True page on display: screen id with the entry's params (pairs are made within one page). */
  page: string;
  pageSource: string;
  screen: Screen;
  analysis: StateKeyResult;
  /** Element id -> the device's true node identity. */
  identities: Map<string, string>;
  /** Scroll offsets of the page's scrollers. */
  scroll: Record<string, number>;
}

export interface CrawlKeyedOptions {
  device: Device;
  control: VirtualDeviceControl;
  /** Packages to crawl, each from a fresh reset per seed. */
  apps: readonly string[];
  seeds: readonly number[];
  /** Inputs per app and seed. */
  steps: number;
  /** Called after each observation (progress). */
  onObservation?: (o: KeyedObservation) => void;
}

const WORDS = ['Anna', 'Gym', 'pizza night', 'Paris', 'hello there', 'Project X', 'groceries', 'Zoe Park'];

/** A small seeded generator (mulberry32), so a crawl is the same every time for the same seed. */
export function seededRandom(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One observation with the true identity of each element: page source, then node keys, with no input between. */
export async function observeKeyed(
  device: Device,
  control: VirtualDeviceControl,
  where: { seed: number; app: string; step: number },
): Promise<KeyedObservation> {
  const o = await device.observe();
  const keys = await control.nodeKeys();
  const screen = parsePageSource(o.pageSource, { activity: o.activity });
  return {
    ...where,
    page: keys.page,
    pageSource: o.pageSource,
    screen,
    analysis: stateKey(screen),
    identities: elementIdentities(o.pageSource, screen, keys.nodes),
    scroll: keys.scroll,
  };
}

export async function crawlKeyed(options: CrawlKeyedOptions): Promise<KeyedObservation[]> {
  const { device, control } = options;
  const out: KeyedObservation[] = [];
  for (const seed of options.seeds) {
    for (const [appIndex, app] of options.apps.entries()) {
      await control.reset(seed);
      const random = seededRandom(seed * 1000 + appIndex + 1);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
      const attempt = async (fn: () => Promise<void>): Promise<void> => {
        try {
          await fn();
        } catch {
          // A tap on something that went away, a field that lost focus: the walk goes on, as a user would.
        }
      };
      const observe = async (step: number): Promise<Screen> => {
        const kept = await observeKeyed(device, control, { seed, app, step });
        out.push(kept);
        options.onObservation?.(kept);
        return kept.screen;
      };
      await device.openApp(app);
      let screen = await observe(0);
      for (let step = 1; step <= options.steps; step++) {
        const r = random();
        const top = topInteractiveWindow(screen);
        const inTop = (e: UiElement): boolean => e.window === top;
        const tappable = screen.elements.filter(
          (e) => inTop(e) && e.actionable && (e.flags.clickable || e.flags.checkable || e.role === 'input'),
        );
        const pressable = screen.elements.filter((e) => inTop(e) && e.flags.longClickable);
        const scrollers = screen.elements.filter((e) => inTop(e) && e.flags.scrollable);
        const keyboard = screen.windows.some((w) => w.kind === 'keyboard');
        if (screen.foregroundPackage !== app) await attempt(() => device.openApp(app));
        else if (keyboard && r < 0.45) await attempt(() => device.type(pick(WORDS)));
        else if (r < 0.1) await attempt(() => device.back());
        else if (r < 0.38 && scrollers.length > 0) {
          const s = pick(scrollers);
          const x = Math.round((s.bounds.left + s.bounds.right) / 2);
          const height = s.bounds.bottom - s.bounds.top;
          const from = Math.round(s.bounds.top + height * (0.25 + random() * 0.5));
          // Finger up (negative) shows rows further down; the distance is random, so rows land anywhere.
          const dy = Math.round((random() - 0.35) * height * 0.9);
          const to = Math.min(s.bounds.bottom - 1, Math.max(s.bounds.top + 1, from - dy));
          await attempt(() => device.swipe({ x, y: from }, { x, y: to }));
        } else if (r < 0.46 && pressable.length > 0) {
          const t = pick(pressable);
          await attempt(() => device.longPress({ point: t.tapPoint }));
        } else if (tappable.length > 0) {
          const t = pick(tappable);
          await attempt(() => device.tap({ point: t.tapPoint }));
        } else await attempt(() => device.back());
        screen = await observe(step);
      }
    }
  }
  return out;
}
