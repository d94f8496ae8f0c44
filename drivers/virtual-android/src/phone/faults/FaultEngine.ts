/**
 * Puts faults on the phone: decides them at screen arrivals and taps (through
 * FaultScheduler), draws them (a body that replaces the app's screen, or a
 * window over it), resolves them when their buttons are pressed, and logs
 * every one in the device state for evaluators.
 *
 * The driver brackets each input command with beforeInput/afterInput and
 * calls beforeObserve before each page source; code that drives a Phone
 * directly can call the same methods.
 */
import { intrinsicHeight, type Box } from '../../framework/layout.ts';
import type { JsonObject, View } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';
import type { RenderedWindow, UiNode } from '../UiNode.ts';
import { walk } from '../UiNode.ts';
import { attackById } from './attacks.ts';
import { attackDialogView, attackNotificationView } from './attackViews.ts';
import { parseFaultProfile } from './FaultProfile.ts';
import { plantContentAttacks, rollOverlayAttack } from './plantAttacks.ts';
import { faultStreamSeed, nearestNeighbour, rollArrival, rollMisTap } from './FaultScheduler.ts';
import type { ActiveFault, ElementRef, FaultLogEntry, FaultState } from './FaultState.ts';
import { initialFaultState } from './FaultState.ts';
import {
  adInterstitialView,
  crashDialogView,
  networkErrorView,
  PERMISSION_PACKAGE,
  permissionDialogView,
  ratingPromptView,
  spinnerView,
} from './faultViews.ts';

const LAUNCHER = 'com.android.launcher3';
const SETTINGS = 'com.android.settings';

export interface FaultOverlay {
  view: View<unknown>;
  pkg: string;
  rect: Box;
  /** Screen-id suffix: "fault/rating", "fault/crash", ... */
  dialog: string;
  /** A tap outside dismisses it. */
  cancelable: boolean;
}

export function elementRef(n: UiNode): ElementRef {
  const b = n.bounds;
  let label = '';
  walk(n, (c) => {
    if (!label) label = c.text || c.desc;
  });
  return {
    cls: n.cls,
    text: n.text,
    desc: n.desc,
    resourceId: n.resourceId,
    bounds: `[${b.left},${b.top}][${b.right},${b.bottom}]`,
    label,
  };
}

export class FaultEngine {
  constructor(private readonly phone: Phone) {}

  private get fs(): FaultState {
    return this.phone.state.faults;
  }

  /** Sets the profile (name, JSON text or object; null/'off' turns faults off) and restarts the fault stream and log. */
  configure(profile: unknown, options: JsonObject = {}): void {
    const config = parseFaultProfile(profile, options);
    const fresh = initialFaultState();
    if (config) {
      fresh.profile = typeof profile === 'string' && !profile.trim().startsWith('{') ? profile.trim() : 'custom';
      fresh.options = options;
      fresh.config = config;
      fresh.rng = faultStreamSeed(config.seed ?? this.phone.state.seed);
    }
    this.phone.state.faults = fresh;
    if (config) plantContentAttacks(this.phone, config);
    this.phone.invalidate();
  }

  /** Wall-clock delay the profile asks for on every command. */
  latencyMs(): number {
    return this.fs.config?.latencyMs ?? 0;
  }

  beforeInput(): void {
    if (this.fs.config) this.fs.step++;
  }

  /** After an input: ends stale faults, and gives a newly arrived screen its chance of a fault. */
  afterInput(): void {
    const fs = this.fs;
    if (!fs.config) return;
    const place = this.phone.place();
    const a = fs.active;
    if (a && (a.package !== place.pkg || a.entryId !== place.entryId)) this.resolve('left');
    else if (a?.type === 'slowLoad' && a.until !== undefined && this.phone.state.clock >= a.until)
      this.resolve('loaded');
    const key = `${place.pkg}#${place.entryId}`;
    if (key === fs.place) return;
    fs.place = key;
    if (place.pkg === LAUNCHER || fs.active) return;
    const attack = rollOverlayAttack(fs, fs.config, place, this.phone.state.clock);
    if (attack) {
      fs.active = {
        type: 'attack',
        attackId: attack.id,
        package: place.pkg,
        entryId: place.entryId,
        logIndex: fs.log.length - 1,
      };
      this.phone.invalidate();
      return;
    }
    const hit = rollArrival(fs, fs.config);
    if (!hit) return;
    const entry: FaultLogEntry = {
      step: fs.step,
      type: hit.type,
      screen: place.screen,
      package: place.pkg,
      clock: this.phone.state.clock,
    };
    if (hit.type === 'popup') entry.kind = hit.kind;
    fs.log.push(entry);
    const active: ActiveFault = {
      type: hit.type,
      package: place.pkg,
      entryId: place.entryId,
      logIndex: fs.log.length - 1,
    };
    if (hit.type === 'popup') active.kind = hit.kind;
    if (hit.type === 'slowLoad') {
      active.seen = 0;
      active.until = this.phone.state.clock + fs.config.slowLoadMs;
    }
    fs.active = active;
    this.phone.invalidate();
  }

  /** Before a page source: a slow load shows its spinner for slowLoadObservations page sources, then the screen. */
  beforeObserve(): void {
    const a = this.visible();
    if (a?.type !== 'slowLoad' || !this.fs.config) return;
    if ((a.seen ?? 0) >= this.fs.config.slowLoadObservations) {
      this.resolve('loaded');
      return;
    }
    a.seen = (a.seen ?? 0) + 1;
  }

  /** The fault on display now, if any. */
  visible(): ActiveFault | null {
    const a = this.fs.active;
    if (!a || !this.fs.config) return null;
    const place = this.phone.place();
    if (a.package !== place.pkg || a.entryId !== place.entryId) return null;
    if (a.type === 'slowLoad' && a.until !== undefined && this.phone.state.clock >= a.until) return null;
    return a;
  }

  private resolve(how: string): void {
    const a = this.fs.active;
    if (!a) return;
    const entry = this.fs.log[a.logIndex];
    if (entry && !entry.resolved) entry.resolved = { step: this.fs.step, how };
    this.fs.active = null;
    this.phone.invalidate();
  }

  private label(pkg: string): string {
    return this.phone.app(pkg).label;
  }

  /** A view that replaces the app's screen (spinner, network error), or null. */
  body(): View<unknown> | null {
    const a = this.visible();
    if (a?.type === 'slowLoad') return spinnerView();
    if (a?.type === 'networkError') return networkErrorView(() => this.resolve('Retry'));
    return null;
  }

  /** A window over the app (pop-ups, crash dialog), or null. */
  overlay(): FaultOverlay | null {
    const a = this.visible();
    if (!a || a.type === 'slowLoad' || a.type === 'networkError') return null;
    const label = this.label(a.package);
    const centred = (view: View<unknown>, pkg: string, dialog: string, cancelable: boolean): FaultOverlay => {
      const h = intrinsicHeight(view);
      const top = Math.floor((2400 - h) / 2);
      return { view, pkg, dialog, cancelable, rect: { left: 60, top, right: 1020, bottom: top + h } };
    };
    if (a.type === 'attack') return this.attackOverlay(a.attackId ?? '', centred);
    if (a.type === 'crash') {
      const pkg = a.package;
      return centred(
        crashDialogView(
          label,
          () => {
            this.resolve('App info');
            this.phone.terminate(pkg);
            if (this.phone.apps.has(SETTINGS)) this.phone.launch(SETTINGS, 'app_info', { pkg, label });
          },
          () => {
            this.resolve('Close app');
            this.phone.terminate(pkg);
          },
        ),
        'android',
        'fault/crash',
        false,
      );
    }
    if (a.kind === 'rating') {
      return centred(
        ratingPromptView(
          label,
          () => this.resolve('Not now'),
          (act) => {
            this.resolve('Rate');
            act.toast('Thanks for your feedback!');
          },
        ),
        a.package,
        'fault/rating',
        true,
      );
    }
    if (a.kind === 'permission') {
      return centred(
        permissionDialogView(
          label,
          () => this.resolve('Allow'),
          () => this.resolve("Don't allow"),
        ),
        PERMISSION_PACKAGE,
        'fault/permission',
        false,
      );
    }
    return {
      view: adInterstitialView(() => this.resolve('Close ad')),
      pkg: a.package,
      dialog: 'fault/ad',
      cancelable: false,
      rect: { left: 0, top: 0, right: 1080, bottom: 2400 },
    };
  }

  private attackOverlay(
    id: string,
    centred: (view: View<unknown>, pkg: string, dialog: string, cancelable: boolean) => FaultOverlay,
  ): FaultOverlay | null {
    const spec = attackById(id);
    if (!spec) return null;
    const input = {
      title: spec.title,
      body: spec.body,
      bait: spec.bait ?? 'OK',
      onBait: () => this.resolve('bait'),
      onDismiss: () => this.resolve('Dismiss'),
    };
    if (spec.kind === 'notification') {
      const view = attackNotificationView(input);
      return {
        view,
        pkg: 'com.android.systemui',
        dialog: 'fault/attack',
        cancelable: false,
        rect: { left: 24, top: 100, right: 1056, bottom: 100 + intrinsicHeight(view) },
      };
    }
    const system = spec.kind === 'systemDialog';
    return centred(
      attackDialogView(input, system),
      system ? 'android' : this.phone.state.foreground,
      'fault/attack',
      false,
    );
  }

  /** Screen-id suffix of a visible fault ("fault/network_error"), or null. */
  dialogId(): string | null {
    const a = this.visible();
    if (!a) return null;
    if (a.type === 'slowLoad') return 'fault/slow_load';
    if (a.type === 'networkError') return 'fault/network_error';
    if (a.type === 'attack') return 'fault/attack';
    return a.type === 'crash' ? 'fault/crash' : `fault/${a.kind}`;
  }

  /** Back while a fault shows: closes a pop-up (as its dismissive choice) or the crashed app. Returns whether it handled Back. */
  onBack(): boolean {
    const a = this.visible();
    if (!a || a.type === 'slowLoad' || a.type === 'networkError') return false;
    if (a.type === 'crash') {
      this.resolve('back');
      this.phone.terminate(a.package);
    } else {
      this.resolve('back');
    }
    return true;
  }

  /** A tap outside the fault window. */
  onOutsideTap(): void {
    const a = this.visible();
    if (a?.type === 'popup' && a.kind === 'rating') this.resolve('outside');
  }

  /**
   * Maybe slips a tap onto a neighbour: returns the node to activate instead
   * (the nearest other clickable element in the same window), or null.
   */
  misTap(node: UiNode, window: RenderedWindow): UiNode | null {
    const fs = this.fs;
    if (!fs.config || fs.config.misTapRate <= 0 || (window.key !== 'app' && window.key !== 'dialog')) return null;
    let intended: UiNode | null = node;
    while (intended && !(intended.view?.onTap || intended.view?.input)) intended = intended.parent;
    if (!intended) return null;
    if (!rollMisTap(fs, fs.config)) return null;
    const candidates: UiNode[] = [];
    walk(window.root, (n) => {
      if (n !== intended && n.clickable && n.enabled && (n.view?.onTap || n.view?.input)) candidates.push(n);
    });
    const actual = nearestNeighbour(intended.bounds, candidates);
    if (!actual) return null;
    const place = this.phone.place();
    fs.log.push({
      step: fs.step,
      type: 'misTap',
      screen: place.screen,
      package: place.pkg,
      clock: this.phone.state.clock,
      intended: elementRef(intended),
      actual: elementRef(actual),
    });
    return actual;
  }
}
