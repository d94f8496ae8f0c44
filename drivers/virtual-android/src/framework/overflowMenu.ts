/**
 * The overflow ("More options") menu: an icon button that opens a popup
 * window (android.widget.ListView in a PopupWindow, in the app's package)
 * listing the items. The open menu is remembered on the screen's back-stack
 * entry under POPUP_MENU_KEY, so snapshots and Back handle it like any state.
 */
import type { MenuItem, View } from './types.ts';

/** Key in the entry's `local` that holds the id of the open popup menu. */
export const POPUP_MENU_KEY = 'android:popupMenu';

export function overflowMenu<S>(
  items: MenuItem<S>[],
  props: { id?: string; menuId?: string; desc?: string } = {},
): View<S> {
  const menuId = props.menuId ?? 'overflow';
  return {
    cls: 'android.widget.ImageButton',
    desc: props.desc ?? 'More options',
    id: props.id,
    clickable: true,
    focusable: true,
    w: 144,
    h: 144,
    menu: { id: menuId, items },
    onTap: (a) => {
      a.local[POPUP_MENU_KEY] = menuId;
    },
  };
}

/** Finds the view that declares menu `menuId` in a rendered screen tree. */
export function findMenu<S>(view: View<S>, menuId: string): View<S> | null {
  if (view.menu?.id === menuId) return view;
  for (const child of view.children ?? []) {
    const found = findMenu(child, menuId);
    if (found) return found;
  }
  return null;
}

export const MENU_ROW_H = 144;
export const MENU_W = 620;

/** The popup's content: what UiAutomator2 shows for a platform PopupMenu. */
export function popupMenuView<S>(
  items: MenuItem<S>[],
  close: (a: Parameters<MenuItem<S>['onTap']>[0]) => void,
): View<S> {
  return {
    cls: 'android.widget.FrameLayout',
    dir: 'col',
    style: { bg: '#f3edf7', radius: 12 },
    pad: [16, 0, 16, 0],
    children: [
      {
        cls: 'android.widget.ListView',
        dir: 'col',
        grow: 1,
        children: items.map((item) => ({
          cls: 'android.widget.LinearLayout',
          dir: 'col',
          h: MENU_ROW_H,
          pad: [0, 48, 0, 48],
          clickable: item.enabled !== false,
          focusable: true,
          enabled: item.enabled !== false,
          onTap: (a) => {
            close(a);
            item.onTap(a);
          },
          children: [
            {
              cls: 'android.widget.TextView',
              id: 'android:id/title',
              text: item.label,
              grow: 1,
              enabled: item.enabled !== false,
              style: { size: 38 },
            },
          ],
        })),
      },
    ],
  };
}
