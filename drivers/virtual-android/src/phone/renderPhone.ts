/**
 * Draws the phone's state as the stack of windows Android would show, bottom
 * to top: the app (decor + content under the status bar), status bar, app
 * dialog, popup menu, share sheet, keyboard, fault overlay, notification
 * shade, toast. It also names what is on display (the true screen id).
 * Phone.render() caches the result until the next state change.
 */
import { intrinsicHeight, type Box } from '../framework/layout.ts';
import type { View } from '../framework/types.ts';
import { findMenu, MENU_ROW_H, MENU_W, POPUP_MENU_KEY, popupMenuView } from '../framework/overflowMenu.ts';
import { foregroundTask, topEntry } from './backStack.ts';
import { focusValid } from './focus.ts';
import type { Phone } from './Phone.ts';
import { PhoneError } from './PhoneError.ts';
import { KEYBOARD_TOP, SCREEN_H, SCREEN_W, STATUS_BAR_H } from './phoneConstants.ts';
import type { Rendered } from './Rendered.ts';
import { renderCtx } from './renderCtx.ts';
import { renderWindow } from './renderWindow.ts';
import { keyboardView } from './shell/keyboard.ts';
import { notificationShadeView } from './shell/notificationShade.ts';
import { shareSheetView } from './shell/shareSheet.ts';
import { statusBarView } from './shell/statusBar.ts';
import { toastView } from './shell/toast.ts';
import { snackbarView } from './shell/snackbar.ts';
import type { RenderedWindow } from './UiNode.ts';

export function renderPhone(phone: Phone): Rendered {
  // Toasts and snackbars that ran out were dropped by elapse(); the render only reads the state.
  const s = phone.state;
  const pkg = s.foreground;
  const app = phone.app(pkg);
  const task = foregroundTask(phone.state);
  const entry = topEntry(task);
  const screenDef = app.screens[entry.screen];
  if (!screenDef) throw new PhoneError('NoSuchScreen', `App ${pkg} has no screen '${entry.screen}'.`);
  const focusOk = focusValid(phone.state);
  const keyboardShown = s.keyboard && focusOk;
  const info = phone.deviceInfo();
  const windows: RenderedWindow[] = [];
  const contentBottom = keyboardShown && !s.focus?.inDialog ? KEYBOARD_TOP : SCREEN_H;

  // App window: the decor root spans the screen; content sits under the status bar.
  const realBody = screenDef.render(renderCtx(phone, pkg, entry));
  const body = phone.faults.body() ?? realBody;
  const contentChildren: View<unknown>[] = [body];
  if (s.snackbar && s.snackbar.package === pkg && s.snackbar.entryId === entry.id)
    contentChildren.push(snackbarView(phone, s.snackbar));
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
  windows.push(renderWindow('app', pkg, decor, full, entry.scroll, appFocus, true, false));
  windows.push(
    renderWindow(
      'statusbar',
      'com.android.systemui',
      statusBarView(phone, info),
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
    const view = def.render(renderCtx(phone, pkg, entry.dialog));
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
      renderWindow(
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
  // The popup hangs off the menu button in the real screen body, so a fault screen in its place hides it.
  if (typeof menuId === 'string' && !entry.dialog && body === realBody) {
    const owner = findMenu(body, menuId);
    if (owner?.menu) {
      const view = popupMenuView(owner.menu.items, (a) => {
        delete a.local[POPUP_MENU_KEY];
      });
      const top = STATUS_BAR_H + 24;
      windows.push(
        renderWindow(
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
    const sheet = shareSheetView(phone, s.systemDialog.text);
    const h = intrinsicHeight(sheet);
    windows.push(
      renderWindow(
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
      renderWindow(
        'keyboard',
        'com.maple.keyboard',
        keyboardView(phone),
        { left: 0, top: KEYBOARD_TOP, right: SCREEN_W, bottom: SCREEN_H },
        {},
        undefined,
        true,
        false,
      ),
    );
  }
  const overlay = phone.faults.overlay();
  if (overlay) windows.push(renderWindow('fault', overlay.pkg, overlay.view, overlay.rect, {}, undefined, true, true));
  const faultId = phone.faults.dialogId();
  if (faultId) dialogId = faultId;
  if (s.shade) {
    windows.push(
      renderWindow('shade', 'com.android.systemui', notificationShadeView(phone), full, {}, undefined, true, true),
    );
    dialogId = 'system/notification_shade';
  }
  if (s.toast) {
    windows.push(
      renderWindow(
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
  return {
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
}
