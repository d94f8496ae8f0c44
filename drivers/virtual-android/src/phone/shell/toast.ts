/** A toast: its own window, a single android.widget.Toast node as UiAutomator2 reports it. */
import type { View } from '../../framework/types.ts';

export function toastView(text: string): View<unknown> {
  return { cls: 'android.widget.Toast', text, style: { bg: '#3c3c3c', color: '#ffffff', radius: 50, align: 'center' } };
}
