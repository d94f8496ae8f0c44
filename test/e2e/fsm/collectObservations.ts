/**
 * Collects labelled observations from the virtual phone for the identity
 * measurement: seeded random walks through every app (taps on what the
 * parsed screen shows as actionable, scrolls by random amounts, typing,
 * back, app switches), with pop-ups, slow loads and network errors on.
 * The phone is driven in-process for speed, with the same fault brackets as
 * the Appium driver (beforeInput / afterInput / beforeObserve), and page
 * sources are the exact bytes the driver sends (pageSource(render())).
 * The true screen id is for labelling only; the walk never reads it.
 */
import { parsePageSource } from '../../../drivers/screen/index.ts';
import type { Screen } from '../../../drivers/screen/types.ts';
import { APPS, LAUNCHER_PACKAGE, pageSource, Phone } from '../../../drivers/virtual-android/src/index.ts';
import { topInteractiveWindow } from '../../../fsm/explore/index.ts';
import type { LabelledObservation } from '../../../fsm/index.ts';

export interface CollectOptions {
  seeds: number[];
  /** Inputs per app per seed. */
  stepsPerApp: number;
  faults?: Record<string, unknown>;
}

export interface CollectedObservation extends LabelledObservation {
  /** The device's own id before normalisation (see trueIdOf). */
  rawId: string;
  pageSource: string;
  seed: number;
}

/**
 * A slow load or network error replaces the whole screen body with the same
 * spinner / error page: the device still names it after the screen beneath,
 * which nothing on display shows. For identity it is one screen per
 * activity (the observer knows the activity), with or without a dialog left over it.
 */
export function trueIdOf(rawId: string, activity: string, dialogShown: boolean): string {
  const m = /\+fault\/(slow_load|network_error)$/.exec(rawId);
  return m ? `${activity}:fault/${m[1]}${dialogShown ? '+dialog' : ''}` : rawId;
}

const WORDS = ['Anna', 'meeting notes', 'pizza', 'Paris', 'hello there', '42', 'groceries'];

export function collectObservations(options: CollectOptions): CollectedObservation[] {
  const out: CollectedObservation[] = [];
  const apps = APPS.map((a) => a.package);
  for (const seed of options.seeds) {
    const phone = new Phone(APPS, { seed });
    phone.faults.configure(options.faults ?? { popupRate: 0.12, slowLoadRate: 0.12, networkErrorRate: 0.04, seed });
    let rng = (seed * 2654435761) >>> 0;
    const random = (): number => {
      rng = (rng + 0x6d2b79f5) >>> 0;
      let t = rng;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
    const input = (fn: () => void): void => {
      phone.faults.beforeInput();
      try {
        fn();
      } catch {
        // A tap on something that went away, a scroll past the end: the device would answer with an error.
      } finally {
        phone.faults.afterInput();
      }
    };
    const observe = (): Screen => {
      phone.faults.beforeObserve();
      const rendered = phone.render();
      const source = pageSource(rendered);
      const screen = parsePageSource(source, { activity: rendered.activity });
      out.push({
        trueId: trueIdOf(
          rendered.screenId.id,
          rendered.activity,
          rendered.windows.some((w) => w.key === 'dialog'),
        ),
        rawId: rendered.screenId.id,
        screen,
        pageSource: source,
        seed,
      });
      return screen;
    };
    for (const pkg of apps) {
      if (pkg === LAUNCHER_PACKAGE) continue;
      input(() => phone.launch(pkg));
      let screen = observe();
      for (let step = 0; step < options.stepsPerApp; step++) {
        const r = random();
        const top = topInteractiveWindow(screen);
        const targets = screen.elements.filter(
          (e) => e.window === top && e.actionable && (e.flags.clickable || e.flags.checkable || e.role === 'input'),
        );
        const scrollers = screen.elements.filter((e) => e.window === top && e.flags.scrollable);
        const keyboard = screen.windows.some((w) => w.kind === 'keyboard');
        if (screen.foregroundPackage !== pkg && r < 0.7) input(() => phone.launch(pkg));
        else if (keyboard && r < 0.5) input(() => phone.typeText(pick(WORDS)));
        else if (r < 0.12) input(() => phone.back());
        else if (r < 0.3 && scrollers.length > 0) {
          const s = pick(scrollers);
          const node = phone.scrollableAt(s.tapPoint.x, s.tapPoint.y);
          const dy = Math.round((random() - 0.3) * 1600);
          if (node) input(() => phone.scrollNode(node, dy));
        } else if (r < 0.32) input(() => phone.launch(pick(apps)));
        else if (targets.length > 0) {
          const t = pick(targets);
          input(() => phone.tap(t.tapPoint.x, t.tapPoint.y));
        } else input(() => phone.back());
        screen = observe();
      }
      input(() => phone.home());
    }
  }
  return out;
}
