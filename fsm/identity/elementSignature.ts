/**
 * Element signatures: how the FSM names an element so that the name holds
 * across observations of the same screen (other content, other scroll
 * position). Built by `analyzeScreen`; this file holds the type and the small
 * string helpers both the analysis and its readers use.
 *
 * Forms (prefix `dlg:`/`pop:`/`sys:` when the element lives in a dialog,
 * popup or system window):
 *   `<role>|<id>|<static label>`            an element outside lists
 *   `tab|<id>|<label>`                      a tab
 *   `item:<list>|<row shape>`               a list row (its content ignored)
 *   `item:<list>|<row shape>><role>|<id>`   an element inside a list row
 */
export type ElementSignature = string;

/** `com.app:id/send_button` -> `send_button`; `android:id/title` -> `android:title`. */
export function shortResourceId(resourceId: string): string {
  if (!resourceId) return '';
  const i = resourceId.indexOf(':id/');
  if (i < 0) return resourceId;
  const pkg = resourceId.slice(0, i);
  const name = resourceId.slice(i + 4);
  return pkg === 'android' ? `android:${name}` : name;
}

/** `android.widget.TextView` -> `TextView`. */
export function shortClassName(className: string): string {
  const dot = className.lastIndexOf('.');
  return dot < 0 ? className : className.slice(dot + 1);
}

/** True when the signature names an element inside a collapsed list row. */
export function isListItemSignature(signature: ElementSignature): boolean {
  return /^(?:(?:dlg|pop|sys):)?item:/.test(signature);
}
