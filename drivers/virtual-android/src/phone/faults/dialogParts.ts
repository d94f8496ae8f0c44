/** The text and button views the injected dialogs (faults and attacks) are built from, in Material's shapes. */
import type { Handler, View } from '../../framework/types.ts';

export function txt(text: string, props: Partial<View<unknown>> = {}): View<unknown> {
  return { cls: 'android.widget.TextView', text, h: 90, pad: [0, 64, 0, 64], ...props };
}

export function btn(
  label: string,
  id: string,
  onTap: Handler<unknown>,
  props: Partial<View<unknown>> = {},
): View<unknown> {
  return {
    cls: 'android.widget.Button',
    id,
    text: label,
    clickable: true,
    focusable: true,
    onTap,
    h: 132,
    style: { align: 'center', color: '#0b57d0', bold: true },
    ...props,
  };
}
