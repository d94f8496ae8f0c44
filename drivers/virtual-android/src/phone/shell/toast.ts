/** A toast: its own window, a single android.widget.Toast node as UiAutomator2 reports it. */
import type { ToastLength, View } from '../../framework/types.ts';

/** How long a toast shows: Toast.LENGTH_SHORT and LENGTH_LONG as NotificationManagerService times them. */
export const TOAST_MS: Record<ToastLength, number> = { short: 2000, long: 3500 };

export function toastView(text: string): View<unknown> {
  return { cls: 'android.widget.Toast', text, style: { bg: '#3c3c3c', color: '#ffffff', radius: 50, align: 'center' } };
}
