/**
 * The virtual phone: owns the DeviceState, renders it into windows of
 * UiNodes, and turns input (taps, swipes, keys, text) into app handler calls.
 * Every input advances the virtual clock by one second, so time-dependent
 * content (clock, stopwatch, toasts) moves deterministically with actions.
 */
import { intrinsicHeight, layout, type Box } from '../framework/layout.ts';
import { nextRandom, seeded } from '../framework/rng.ts';
import { formatClock, initialClock } from '../framework/time.ts';
import type {
  Act,
  AnyApp,
  DeviceInfo,
  Handler,
  InstalledApp,
  Json,
  JsonObject,
  RecentTask,
  RenderCtx,
  View,
} from '../framework/types.ts';
import type { DeviceState, StackEntry, Task } from './DeviceState.ts';
import { PhoneError } from './PhoneError.ts';
import { findMenu, MENU_ROW_H, MENU_W, POPUP_MENU_KEY, popupMenuView } from '../framework/overflowMenu.ts';
import { FaultEngine } from './faults/FaultEngine.ts';
import { initialFaultState } from './faults/FaultState.ts';
import { keyboardView } from './shell/keyboard.ts';
import { notificationShadeView } from './shell/notificationShade.ts';
import { shareSheetView } from './shell/shareSheet.ts';
import { statusBarView } from './shell/statusBar.ts';
import { toastView } from './shell/toast.ts';
import { snackbarView } from './shell/snackbar.ts';
import { toUiTree } from './toUiTree.ts';
import type { RenderedWindow, UiNode, WindowKey } from './UiNode.ts';
import { walk } from './UiNode.ts';

export const SCREEN_W = 1080;
export const SCREEN_H = 2400;
export const STATUS_BAR_H = 80;
export const KEYBOARD_TOP = 1480;
export const LAUNCHER_PACKAGE = 'com.android.launcher3';
export const SETTINGS_PACKAGE = 'com.android.settings';
const STEP_MS = 1000;

export interface ScreenIdentity {
  package: string;
  /** "<app id>/<screen name>", e.g. "settings/wifi". */
  screen: string;
  /** "<app id>/<dialog name>" or "system/share" when a dialog is on top. */
  dialog: string | null;
  keyboard: boolean;
  /** screen, plus "+dialog" when one is open: the true identity of what is displayed. */
  id: string;
}

export interface Rendered {
  windows: RenderedWindow[];
  screenId: ScreenIdentity;
  activity: string;
  darkMode: boolean;
}

export interface PhoneOptions {
  seed?: number;
}

export class Phone {
  state!: DeviceState;
  readonly apps: Map<string, AnyApp>;
  /** Seeded fault injection (off until configured). */
  readonly faults = new FaultEngine(this);
  private cache: Rendered | null = null;

  constructor(apps: AnyApp[], options: PhoneOptions = {}) {
    this.apps = new Map(apps.map((a) => [a.package, a]));
    if (!this.apps.has(LAUNCHER_PACKAGE))
      throw new PhoneError('InvalidRegistry', `The app registry has no launcher (${LAUNCHER_PACKAGE}).`);
    this.reset(options.seed ?? 1);
  }

  // ---------------------------------------------------------------- state

  reset(seed: number): void {
    const clock = initialClock(seed);
    const apps: Record<string, Json> = {};
    for (const app of this.apps.values())
      apps[app.package] = app.initialState(seeded(seed, app.package, clock)) as Json;
    this.state = {
      seed,
      clock,
      rng: seed >>> 0,
      nextId: 2,
      apps,
      tasks: [],
      launcher: { package: LAUNCHER_PACKAGE, stack: [this.newEntry('home', {}, 1)] },
      foreground: LAUNCHER_PACKAGE,
      focus: null,
      keyboard: false,
      shift: false,
      clipboard: '',
      toast: null,
      snackbar: null,
      systemDialog: null,
      faults: initialFaultState(),
      shade: false,
      notifications: [],
    };
    this.invalidate();
  }

  snapshot(): DeviceState {
    return structuredClone(this.state);
  }

  restore(state: DeviceState): void {
    this.state = structuredClone(state);
    this.invalidate();
  }

  invalidate(): void {
    this.cache = null;
  }

  groundTruth(): JsonObject {
    const r = this.render();
    return {
      seed: this.state.seed,
      clock: this.state.clock,
      time: formatClock(this.state.clock),
      foreground: this.state.foreground,
      screen: r.screenId.id,
      clipboard: this.state.clipboard,
      keyboardShown: r.screenId.keyboard,
      recents: this.state.tasks.map((t) => t.package),
      apps: structuredClone(this.state.apps) as JsonObject,
      notifications: structuredClone(this.state.notifications ?? []),
      faults: {
        profile: this.state.faults.profile,
        step: this.state.faults.step,
        log: structuredClone(this.state.faults.log),
      } as unknown as JsonObject,
    };
  }

  // ---------------------------------------------------------------- tasks

  private newEntry(screen: string, params: JsonObject, id?: number): StackEntry {
    return { id: id ?? this.state.nextId++, screen, params, local: {}, scroll: {} };
  }

  app(pkg: string): AnyApp {
    const app = this.apps.get(pkg);
    if (!app)
      throw new PhoneError(
        'NoSuchApp',
        `No app with package '${pkg}' is installed. Installed: ${[...this.apps.keys()].join(', ')}.`,
      );
    return app;
  }

  private foregroundTask(): Task {
    if (this.state.foreground === LAUNCHER_PACKAGE) return this.state.launcher;
    const task = this.state.tasks.find((t) => t.package === this.state.foreground);
    if (!task) throw new PhoneError('CorruptState', `Foreground package ${this.state.foreground} has no task.`);
    return task;
  }

  private top(task: Task): StackEntry {
    return task.stack[task.stack.length - 1]!;
  }

  private clearTransient(): void {
    this.state.focus = null;
    this.state.keyboard = false;
    this.state.systemDialog = null;
    this.state.snackbar = null;
    this.state.shade = false;
  }

  /** Where the user is: foreground package, its top back-stack entry and true screen name ("settings/wifi"). */
  place(): { pkg: string; entryId: number; screen: string } {
    const entry = this.top(this.foregroundTask());
    return {
      pkg: this.state.foreground,
      entryId: entry.id,
      screen: `${this.app(this.state.foreground).id}/${entry.screen}`,
    };
  }

  /** Brings an app to the front (resuming its task) or starts it. */
  launch(pkg: string, screen?: string, params: JsonObject = {}): void {
    const app = this.app(pkg);
    this.clearTransient();
    if (pkg === LAUNCHER_PACKAGE) {
      this.home();
      return;
    }
    const index = this.state.tasks.findIndex((t) => t.package === pkg);
    let task: Task;
    if (index >= 0) {
      task = this.state.tasks.splice(index, 1)[0]!;
    } else {
      task = { package: pkg, stack: [this.newEntry(app.home, {})] };
    }
    this.state.tasks.unshift(task);
    this.state.foreground = pkg;
    if (screen !== undefined) {
      this.requireScreen(app, screen);
      task.stack.push(this.newEntry(screen, params));
    }
    if (app.onResume) app.onResume(this.act(pkg, false));
    this.invalidate();
  }

  /** Starts a fresh task on the screen that declares this activity. */
  startActivity(pkg: string, activity: string): void {
    const app = this.app(pkg);
    // Activities are declared short ('.Settings') or full ('com.android.deskclock.DeskClock'), and callers
    // pass either form (getCurrentActivity returns the declared one): compare full names.
    const full = (name: string): string => (name.startsWith('.') ? pkg + name : name);
    const wanted = full(activity);
    const screen =
      full(app.launchActivity) === wanted
        ? app.home
        : Object.entries(app.screens).find(([, s]) => s.activity !== undefined && full(s.activity) === wanted)?.[0];
    if (screen === undefined)
      throw new PhoneError(
        'NoSuchActivity',
        `App ${pkg} has no activity '${activity}'. Known: ${[
          app.launchActivity,
          ...Object.values(app.screens)
            .map((s) => s.activity)
            .filter(Boolean),
        ].join(', ')}.`,
      );
    this.terminate(pkg);
    this.launch(pkg);
    const task = this.foregroundTask();
    if (screen !== app.home) task.stack.push(this.newEntry(screen, {}));
    this.invalidate();
  }

  terminate(pkg: string): boolean {
    this.app(pkg);
    const index = this.state.tasks.findIndex((t) => t.package === pkg);
    if (index < 0) return false;
    this.state.tasks.splice(index, 1);
    if (this.state.foreground === pkg) {
      this.state.foreground = LAUNCHER_PACKAGE;
      this.state.launcher.stack = [this.state.launcher.stack[0]!];
      this.clearTransient();
    }
    this.invalidate();
    return true;
  }

  /** 4 running in foreground, 3 in background (has a task), 1 not running. */
  appState(pkg: string): number {
    this.app(pkg);
    if (this.state.foreground === pkg) return 4;
    return this.state.tasks.some((t) => t.package === pkg) ? 3 : 1;
  }

  home(): void {
    this.clearTransient();
    this.state.foreground = LAUNCHER_PACKAGE;
    this.state.launcher.stack = [this.state.launcher.stack[0]!];
    this.invalidate();
  }

  recents(): void {
    const onRecents = this.state.foreground === LAUNCHER_PACKAGE && this.top(this.state.launcher).screen === 'recents';
    this.clearTransient();
    if (onRecents) {
      const last = this.state.tasks[0];
      if (last) this.launch(last.package);
      else this.home();
      return;
    }
    this.state.foreground = LAUNCHER_PACKAGE;
    this.state.launcher.stack = [this.state.launcher.stack[0]!, this.newEntry('recents', {})];
    this.invalidate();
  }

  back(): void {
    const entry = this.top(this.foregroundTask());
    if (this.state.shade) {
      this.state.shade = false;
    } else if (this.faults.onBack()) {
      // a fault pop-up or crash dialog took the Back
    } else if (entry.local[POPUP_MENU_KEY] !== undefined && !entry.dialog) {
      delete entry.local[POPUP_MENU_KEY];
    } else if (this.state.keyboard && this.focusValid()) {
      this.state.keyboard = false;
    } else if (this.state.systemDialog) {
      this.state.systemDialog = null;
    } else {
      this.act(this.state.foreground, false).back();
    }
    this.invalidate();
  }

  private requireScreen(app: AnyApp, screen: string): void {
    if (!app.screens[screen]) throw new PhoneError('NoSuchScreen', `App ${app.package} has no screen '${screen}'.`);
  }

  // ---------------------------------------------------------------- contexts

  deviceInfo(): DeviceInfo {
    const settings = this.state.apps[SETTINGS_PACKAGE] as { display?: { darkMode?: boolean } } | undefined;
    return {
      width: SCREEN_W,
      height: SCREEN_H,
      darkMode: Boolean(settings?.display?.darkMode),
      keyboardShown: this.state.keyboard && this.focusValid(),
      now: this.state.clock,
    };
  }

  installed(): InstalledApp[] {
    return [...this.apps.values()]
      .filter((a) => !a.hidden)
      .map((a) => ({ package: a.package, label: a.label, id: a.id, icon: a.icon, acceptsShare: Boolean(a.share) }));
  }

  private recentTasks(): RecentTask[] {
    return this.state.tasks.map((t) => {
      const app = this.app(t.package);
      return { package: t.package, label: app.label, title: this.top(t).screen };
    });
  }

  random(): number {
    const [value, next] = nextRandom(this.state.rng);
    this.state.rng = next;
    return value;
  }

  /** The action context for the top entry (or its dialog) of an app's task. */
  act(pkg: string, inDialog: boolean): Act<unknown> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Act methods below are object methods whose own `this` is the Act
    const phone = this;
    const task = pkg === LAUNCHER_PACKAGE ? this.state.launcher : this.state.tasks.find((t) => t.package === pkg);
    if (!task) throw new PhoneError('NoSuchTask', `App ${pkg} is not running.`);
    const entry = this.top(task);
    const app = this.app(pkg);
    const scope = inDialog && entry.dialog ? entry.dialog : entry;
    const leave = (): void => {
      entry.dialog = undefined;
      phone.state.focus = null;
      phone.state.keyboard = false;
      phone.state.snackbar = null;
    };
    return {
      state: this.state.apps[pkg],
      local: scope.local,
      params: scope.params,
      device: this.deviceInfo(),
      pkg,
      navigate(screen, params = {}) {
        phone.requireScreen(app, screen);
        leave();
        task.stack.push(phone.newEntry(screen, params));
      },
      replace(screen, params = {}) {
        phone.requireScreen(app, screen);
        leave();
        task.stack[task.stack.length - 1] = phone.newEntry(screen, params);
      },
      back() {
        if (entry.dialog) {
          entry.dialog = undefined;
          if (phone.state.focus?.inDialog) phone.state.focus = null;
          return;
        }
        leave();
        if (task.stack.length > 1) task.stack.pop();
        else if (pkg !== LAUNCHER_PACKAGE) phone.state.foreground = LAUNCHER_PACKAGE;
      },
      popTo(screen) {
        leave();
        while (task.stack.length > 1 && phone.top(task).screen !== screen) task.stack.pop();
      },
      showDialog(name, params = {}) {
        if (!app.dialogs?.[name]) throw new PhoneError('NoSuchDialog', `App ${pkg} has no dialog '${name}'.`);
        if (phone.state.focus && !phone.state.focus.inDialog) {
          phone.state.focus = null;
          phone.state.keyboard = false;
        }
        entry.dialog = { name, params, local: {}, scroll: {} };
      },
      closeDialog() {
        entry.dialog = undefined;
        if (phone.state.focus?.inDialog) {
          phone.state.focus = null;
          phone.state.keyboard = false;
        }
      },
      toast(text) {
        phone.state.toast = { text, until: phone.state.clock + 3 * STEP_MS + 500, package: pkg };
      },
      snackbar(text, action) {
        phone.state.snackbar = {
          text,
          until: phone.state.clock + 4 * STEP_MS + 500,
          package: pkg,
          entryId: phone.top(task).id,
          ...(action ? { action } : {}),
        };
      },
      share(text) {
        phone.state.systemDialog = { kind: 'share', text, from: pkg };
        phone.state.keyboard = false;
      },
      openApp(target, screen, params) {
        phone.launch(target, screen, params ?? {});
      },
      random: () => phone.random(),
      getClipboard: () => phone.state.clipboard,
      setClipboard: (text) => {
        phone.state.clipboard = text;
      },
      appState: <T>(other: string) => phone.state.apps[other] as T | undefined,
      notify(title, text) {
        phone.state.notifications = [
          { id: phone.state.nextId++, package: pkg, title, text, clock: phone.state.clock },
          ...(phone.state.notifications ?? []),
        ];
      },
      system: {
        launch: (target) => phone.launch(target),
        clearRecents: () => {
          phone.state.tasks = [];
          phone.home();
        },
        removeTask: (target) => {
          phone.state.tasks = phone.state.tasks.filter((t) => t.package !== target);
        },
      },
    };
  }

  private renderCtx(pkg: string, scope: { params: JsonObject; local: JsonObject }): RenderCtx<unknown> {
    return {
      state: this.state.apps[pkg],
      params: scope.params,
      local: scope.local,
      device: this.deviceInfo(),
      apps: this.installed(),
      recents: this.recentTasks(),
      pkg,
      time: (ms) => formatClock(ms ?? this.state.clock),
    };
  }

  private focusValid(): boolean {
    const f = this.state.focus;
    if (!f || f.package !== this.state.foreground || this.state.systemDialog) return false;
    const task = this.foregroundTask();
    const entry = this.top(task);
    return entry.id === f.entryId && (f.inDialog ? entry.dialog !== undefined : entry.dialog === undefined);
  }

  // ---------------------------------------------------------------- render

  render(): Rendered {
    if (this.cache) return this.cache;
    const s = this.state;
    if (s.toast && s.toast.until <= s.clock) s.toast = null;
    if (s.snackbar && s.snackbar.until <= s.clock) s.snackbar = null;
    const pkg = s.foreground;
    const app = this.app(pkg);
    const task = this.foregroundTask();
    const entry = this.top(task);
    const screenDef = app.screens[entry.screen];
    if (!screenDef) throw new PhoneError('NoSuchScreen', `App ${pkg} has no screen '${entry.screen}'.`);
    const focusOk = this.focusValid();
    const keyboardShown = s.keyboard && focusOk;
    const info = this.deviceInfo();
    const windows: RenderedWindow[] = [];
    const contentBottom = keyboardShown && !s.focus?.inDialog ? KEYBOARD_TOP : SCREEN_H;

    // App window: the decor root spans the screen; content sits under the status bar.
    const realBody = screenDef.render(this.renderCtx(pkg, entry));
    const body = this.faults.body() ?? realBody;
    const contentChildren: View<unknown>[] = [body];
    if (s.snackbar && s.snackbar.package === pkg && s.snackbar.entryId === entry.id)
      contentChildren.push(snackbarView(this, s.snackbar));
    const decor: View<unknown> = {
      cls: 'android.widget.FrameLayout',
      dir: 'col',
      children: [
        {
          cls: 'android.widget.FrameLayout',
          id: 'android:id/content',
          dir: 'overlay',
          pad: [STATUS_BAR_H, 0, 0, 0],
          h: contentBottom,
          children: contentChildren,
        },
      ],
    };
    const full: Box = { left: 0, top: 0, right: SCREEN_W, bottom: SCREEN_H };
    const appFocus = focusOk && !s.focus!.inDialog ? s.focus!.field : undefined;
    windows.push(this.window('app', pkg, decor, full, entry.scroll, appFocus, true, false));
    windows.push(
      this.window(
        'statusbar',
        'com.android.systemui',
        statusBarView(this, info),
        { ...full, bottom: STATUS_BAR_H },
        {},
        undefined,
        false,
        false,
      ),
    );

    let dialogId: string | null = null;
    if (entry.dialog) {
      const def = app.dialogs?.[entry.dialog.name];
      if (!def) throw new PhoneError('NoSuchDialog', `App ${pkg} has no dialog '${entry.dialog.name}'.`);
      const view = def.render(this.renderCtx(pkg, entry.dialog));
      const area = keyboardShown && s.focus?.inDialog ? KEYBOARD_TOP : SCREEN_H;
      const h = Math.min(intrinsicHeight(view), area - STATUS_BAR_H - 120);
      const top = Math.max(STATUS_BAR_H + 60, Math.floor((area - h) / 2));
      const card: View<unknown> = {
        cls: 'android.widget.FrameLayout',
        dir: 'col',
        style: { bg: info.darkMode ? '#2b2930' : '#f3edf7', radius: 36 },
        children: [{ ...view, grow: 1, h: undefined }],
      };
      const dialogFocus = focusOk && s.focus!.inDialog ? s.focus!.field : undefined;
      windows.push(
        this.window(
          'dialog',
          pkg,
          card,
          { left: 60, top, right: SCREEN_W - 60, bottom: top + h },
          entry.dialog.scroll,
          dialogFocus,
          true,
          def.cancelable !== false,
        ),
      );
      dialogId = `${app.id}/${entry.dialog.name}`;
    }
    const menuId = entry.local[POPUP_MENU_KEY];
    if (typeof menuId === 'string' && !entry.dialog && body === realBody) {
      const owner = findMenu(body, menuId);
      if (owner?.menu) {
        const view = popupMenuView(owner.menu.items, (a) => {
          delete a.local[POPUP_MENU_KEY];
        });
        const top = STATUS_BAR_H + 24;
        windows.push(
          this.window(
            'popup',
            pkg,
            view,
            {
              left: SCREEN_W - MENU_W - 24,
              top,
              right: SCREEN_W - 24,
              bottom: top + owner.menu.items.length * MENU_ROW_H + 32,
            },
            {},
            undefined,
            true,
            true,
          ),
        );
        dialogId = `${app.id}/menu`;
      }
    }
    if (s.systemDialog?.kind === 'share') {
      const sheet = shareSheetView(this, s.systemDialog.text);
      const h = intrinsicHeight(sheet);
      windows.push(
        this.window(
          'share',
          'android',
          sheet,
          { left: 0, top: SCREEN_H - h, right: SCREEN_W, bottom: SCREEN_H },
          {},
          undefined,
          true,
          true,
        ),
      );
      dialogId = 'system/share';
    }
    if (keyboardShown) {
      windows.push(
        this.window(
          'keyboard',
          'com.maple.keyboard',
          keyboardView(this),
          { left: 0, top: KEYBOARD_TOP, right: SCREEN_W, bottom: SCREEN_H },
          {},
          undefined,
          true,
          false,
        ),
      );
    }
    const overlay = this.faults.overlay();
    if (overlay) windows.push(this.window('fault', overlay.pkg, overlay.view, overlay.rect, {}, undefined, true, true));
    const faultId = this.faults.dialogId();
    if (faultId) dialogId = faultId;
    if (s.shade) {
      windows.push(
        this.window('shade', 'com.android.systemui', notificationShadeView(this), full, {}, undefined, true, true),
      );
      dialogId = 'system/notification_shade';
    }
    if (s.toast) {
      windows.push(
        this.window(
          'toast',
          s.toast.package,
          toastView(s.toast.text),
          { left: 190, top: 2030, right: 890, bottom: 2150 },
          {},
          undefined,
          false,
          false,
        ),
      );
    }
    const screen = `${app.id}/${entry.screen}`;
    const activity = screenDef.activity ?? app.launchActivity;
    this.cache = {
      windows,
      activity,
      darkMode: info.darkMode,
      screenId: {
        package: pkg,
        screen,
        dialog: dialogId,
        keyboard: keyboardShown,
        id: dialogId ? `${screen}+${dialogId}` : screen,
      },
    };
    return this.cache;
  }

  private window(
    key: WindowKey,
    pkg: string,
    view: View<unknown>,
    rect: Box,
    scroll: Record<string, number>,
    focusedField: string | undefined,
    touchable: boolean,
    modal: boolean,
  ): RenderedWindow {
    const laid = layout(view, rect, rect, { scroll });
    if (!laid) throw new PhoneError('LayoutError', `Window ${key} has no visible area.`);
    const root = toUiTree(laid, { pkg, window: key, focusedField }, key, 0, null);
    return { key, pkg, root, touchable, modal };
  }

  // ---------------------------------------------------------------- lookup

  /** Resolves an element handle in the current render; null when it no longer exists. */
  resolve(handle: string): UiNode | null {
    const [key, ...path] = handle.split('/');
    const win = this.render().windows.find((w) => w.key === key);
    if (!win) return null;
    let node: UiNode | undefined = win.root;
    for (const step of path) {
      node = node?.children[Number(step)];
      if (!node) return null;
    }
    return node ?? null;
  }

  private hit(x: number, y: number): { window: RenderedWindow; node: UiNode } | { dismiss: RenderedWindow } | null {
    const wins = this.render().windows;
    for (let i = wins.length - 1; i >= 0; i--) {
      const w = wins[i]!;
      if (!w.touchable) continue;
      const b = w.root.bounds;
      const inside = x >= b.left && x < b.right && y >= b.top && y < b.bottom;
      if (!inside) {
        if (w.modal) return { dismiss: w };
        if (w.key === 'dialog') return null;
        continue;
      }
      let deepest: UiNode = w.root;
      walk(w.root, (n) => {
        const nb = n.bounds;
        if (x >= nb.left && x < nb.right && y >= nb.top && y < nb.bottom) deepest = n;
      });
      return { window: w, node: deepest };
    }
    return null;
  }

  private tick(): void {
    this.state.clock += STEP_MS;
    this.invalidate();
  }

  // ---------------------------------------------------------------- input

  tap(x: number, y: number): void {
    const target = this.hit(x, y);
    this.tick();
    if (!target) return;
    if ('dismiss' in target) {
      if (target.dismiss.key === 'share') this.state.systemDialog = null;
      else if (target.dismiss.key === 'dialog') this.act(this.state.foreground, true).closeDialog();
      else if (target.dismiss.key === 'popup') delete this.top(this.foregroundTask()).local[POPUP_MENU_KEY];
      else if (target.dismiss.key === 'fault') this.faults.onOutsideTap();
      this.invalidate();
      return;
    }
    this.activate(this.faults.misTap(target.node, target.window) ?? target.node, 'tap');
  }

  longTap(x: number, y: number): void {
    const target = this.hit(x, y);
    this.tick();
    if (!target || 'dismiss' in target) return;
    this.activate(target.node, 'long');
  }

  /** Runs the handler of the node or its nearest ancestor that has one. */
  activate(node: UiNode, kind: 'tap' | 'long'): void {
    let n: UiNode | null = node;
    while (n) {
      const v = n.view;
      if (v && kind === 'long' && v.onLongTap) return this.run(n, v.onLongTap);
      if (v && kind === 'tap' && v.input) {
        this.focusNode(n);
        if (v.onTap) this.run(n, v.onTap);
        return;
      }
      if (v && kind === 'tap' && v.onTap) return this.run(n, v.onTap);
      n = n.parent;
    }
  }

  /** Clicks an element as UiAutomator2 does: a tap at the centre of its visible bounds (whatever window is on top there gets it). */
  click(handle: string): void {
    const b = this.mustResolve(handle).bounds;
    this.tap(Math.floor((b.left + b.right) / 2), Math.floor((b.top + b.bottom) / 2));
  }

  private mustResolve(handle: string): UiNode {
    const node = this.resolve(handle);
    if (!node) throw new PhoneError('StaleElement', `Element '${handle}' is no longer on screen; find it again.`);
    return node;
  }

  private run(node: UiNode, handler: Handler<unknown>): void {
    handler(this.actFor(node));
    this.invalidate();
  }

  /** The Act a node's handlers get: app windows act on the app; shell windows ignore it. */
  private actFor(node: UiNode): Act<unknown> {
    const fg = this.state.foreground;
    return this.act(fg, node.window === 'dialog');
  }

  private focusNode(node: UiNode): void {
    const v = node.view;
    if (!v?.input || !v.id)
      throw new PhoneError(
        'InvalidElementState',
        `Element ${node.cls} '${node.resourceId}' is not a text field with an id.`,
      );
    const task = this.foregroundTask();
    this.state.focus = {
      package: this.state.foreground,
      entryId: this.top(task).id,
      inDialog: node.window === 'dialog',
      field: v.id,
    };
    this.state.keyboard = true;
    this.invalidate();
  }

  private focusedNode(): UiNode | null {
    if (!this.focusValid()) return null;
    const key: WindowKey = this.state.focus!.inDialog ? 'dialog' : 'app';
    const win = this.render().windows.find((w) => w.key === key);
    let found: UiNode | null = null;
    if (win)
      walk(win.root, (n) => {
        if (!found && n.view?.input && n.view.id === this.state.focus!.field) found = n;
      });
    return found;
  }

  /** Types at the focused field (as the keyboard does). */
  typeText(text: string): void {
    const node = this.focusedNode();
    if (!node)
      throw new PhoneError('NoFocusedField', 'No text field has focus: tap a text field first, or pass a target.');
    this.tick();
    for (const ch of text) {
      if (ch === '\n') {
        this.submit();
        continue;
      }
      const current = this.focusedNode();
      if (!current) return;
      current.view!.input!.onChange(this.actFor(current), current.view!.input!.value + ch);
      this.invalidate();
    }
  }

  /** Appends text to a field element (Appium setValue), focusing it first. */
  setValue(handle: string, text: string): void {
    const node = this.mustResolve(handle);
    if (!node.view?.input)
      throw new PhoneError(
        'InvalidElementState',
        `Element ${node.cls} '${node.resourceId || node.text}' does not accept text.`,
      );
    this.focusNode(node);
    this.typeText(text);
  }

  clear(handle: string): void {
    const node = this.mustResolve(handle);
    if (!node.view?.input)
      throw new PhoneError(
        'InvalidElementState',
        `Element ${node.cls} '${node.resourceId || node.text}' is not a text field.`,
      );
    this.tick();
    node.view.input.onChange(this.actFor(node), '');
    this.invalidate();
  }

  deleteChar(): void {
    const node = this.focusedNode();
    this.tick();
    if (!node) return;
    node.view!.input!.onChange(this.actFor(node), node.view!.input!.value.slice(0, -1));
    this.invalidate();
  }

  submit(): void {
    const node = this.focusedNode();
    this.tick();
    if (!node) return;
    const input = node.view!.input!;
    if (input.onSubmit) input.onSubmit(this.actFor(node));
    else if (input.multiline) input.onChange(this.actFor(node), `${input.value}\n`);
    this.invalidate();
  }

  hideKeyboard(): boolean {
    const shown = this.state.keyboard && this.focusValid();
    this.state.keyboard = false;
    this.invalidate();
    return shown;
  }

  isKeyboardShown(): boolean {
    return this.render().screenId.keyboard;
  }

  /** Moves a scroller: positive dy shows content further down. Returns whether it moved. */
  scrollNode(node: UiNode, dy: number): boolean {
    if (!node.scroll)
      throw new PhoneError('NotScrollable', `Element ${node.cls} '${node.resourceId}' does not scroll.`);
    const scope = this.scrollScope(node.window);
    const before = node.scroll.offset;
    const after = Math.max(0, Math.min(node.scroll.max, before + dy));
    scope[node.scroll.key] = after;
    this.tick();
    return after !== before;
  }

  private scrollScope(window: WindowKey): Record<string, number> {
    const entry = this.top(this.foregroundTask());
    if (window === 'dialog' && entry.dialog) return entry.dialog.scroll;
    return entry.scroll;
  }

  /** The scroller under a point, or the largest one on screen when none is. */
  scrollableAt(x: number, y: number): UiNode | null {
    const target = this.hit(x, y);
    if (target && !('dismiss' in target)) {
      for (let n: UiNode | null = target.node; n; n = n.parent) if (n.scroll) return n;
    }
    return this.largestScrollable();
  }

  largestScrollable(): UiNode | null {
    let best: UiNode | null = null;
    let bestArea = 0;
    const wins = this.render().windows;
    const top = [...wins].reverse().find((w) => w.modal || w.key === 'app');
    if (!top) return null;
    walk(top.root, (n) => {
      const area = (n.bounds.right - n.bounds.left) * (n.bounds.bottom - n.bounds.top);
      if (n.scroll && area > bestArea) {
        best = n;
        bestArea = area;
      }
    });
    return best;
  }

  swipe(x1: number, y1: number, x2: number, y2: number): void {
    const dx = x2 - x1;
    const dy = y2 - y1;
    // Down from the status bar pulls the shade; up while it is open puts it away.
    if (Math.abs(dy) >= Math.abs(dx) && ((y1 < STATUS_BAR_H && dy > 0) || (this.state.shade && dy < 0))) {
      this.state.shade = dy > 0;
      this.tick();
      return;
    }
    if (Math.abs(dx) > Math.abs(dy) && !this.state.shade && this.swipeTabs(x1, y1, dx)) return;
    if (Math.abs(dy) >= Math.abs(dx)) {
      const scroller = this.scrollableAt(x1, y1);
      if (scroller) {
        this.scrollNode(scroller, -dy);
        return;
      }
    }
    this.tick();
  }

  /** A horizontal swipe over an app screen with tabs selects the next (finger left) or previous tab. */
  private swipeTabs(x: number, y: number, dx: number): boolean {
    const target = this.hit(x, y);
    if (!target || 'dismiss' in target || target.window.key !== 'app') return false;
    let strip: UiNode | null = null;
    walk(target.window.root, (n) => {
      if (!strip && n.cls === 'android.widget.HorizontalScrollView' && n.resourceId.endsWith(':id/tabs')) strip = n;
    });
    if (!strip) return false;
    const tabs = (strip as UiNode).children.filter((c) => c.view?.onTap);
    const current = tabs.findIndex((c) => c.selected);
    const next = tabs[current + (dx < 0 ? 1 : -1)];
    this.tick();
    if (current < 0 || !next) return true;
    this.run(next, next.view!.onTap!);
    return true;
  }

  pressKey(code: number): void {
    if (code === 4) return this.back();
    if (code === 3) return this.home();
    if (code === 187) return this.recents();
    if (code === 66 || code === 160) return this.submit();
    if (code === 67) return this.deleteChar();
    const ch = keyCodeChar(code);
    if (ch !== null) return this.typeText(ch);
    this.tick();
  }

  setClipboard(text: string): void {
    this.state.clipboard = text;
    this.invalidate();
  }

  /** Runs a named app action (snackbar buttons). */
  runAction(pkg: string, name: string, payload: Json | undefined): void {
    const fn = this.app(pkg).actions?.[name];
    if (!fn) throw new PhoneError('NoSuchAction', `App ${pkg} has no action '${name}'.`);
    fn(this.act(pkg, false), payload);
    this.invalidate();
  }
}

/** Letters, digits, space and common punctuation from Android key codes. */
export function keyCodeChar(code: number): string | null {
  if (code >= 29 && code <= 54) return String.fromCharCode(97 + code - 29);
  if (code >= 7 && code <= 16) return String(code - 7);
  const map: Record<number, string> = { 62: ' ', 55: ',', 56: '.', 69: '-', 70: '=', 76: '/', 77: '@', 81: '+' };
  return map[code] ?? null;
}
