/** A snackbar at the bottom of the app's content, with an optional action button (e.g. Undo). */
import type { SnackbarLength, View } from '../../framework/types.ts';
import type { DeviceState } from '../DeviceState.ts';
import type { Phone } from '../Phone.ts';

/**
 * How long a snackbar shows: Material Components' SnackbarManager durations
 * for LENGTH_SHORT and LENGTH_LONG; LENGTH_INDEFINITE (null) stays until its
 * action is pressed or its screen is left.
 */
export const SNACKBAR_MS: Record<SnackbarLength, number | null> = { short: 1500, long: 2750, indefinite: null };

export function snackbarView(phone: Phone, bar: NonNullable<DeviceState['snackbar']>): View<unknown> {
  const children: View<unknown>[] = [
    {
      cls: 'android.widget.TextView',
      id: 'com.google.android.material:id/snackbar_text',
      text: bar.text,
      grow: 1,
      style: { color: '#f2f2f2' },
    },
  ];
  const action = bar.action;
  if (action) {
    children.push({
      cls: 'android.widget.Button',
      id: 'com.google.android.material:id/snackbar_action',
      text: action.label,
      w: 240,
      style: { color: '#a8c7fa', bold: true, align: 'center' },
      onTap: () => {
        phone.state.snackbar = null;
        phone.runAction(bar.package, action.run, action.payload);
      },
    });
  }
  return {
    cls: 'android.widget.FrameLayout',
    id: 'com.google.android.material:id/snackbar_container',
    float: { right: 32, bottom: 40, w: 1016, h: 150 },
    dir: 'row',
    pad: [0, 40, 0, 48],
    style: { bg: '#313033', radius: 12 },
    children,
  };
}
