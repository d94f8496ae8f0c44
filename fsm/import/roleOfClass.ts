/**
 * A coarse role from an Android class name and flags, for sources that carry
 * no role of their own (DroidBot views). drivers/screen derives roles for live
 * page source; this small copy keeps the importer independent of it.
 */
import type { ElementRole } from '../../drivers/screen/types.ts';

export function roleOfClass(
  className: string,
  flags: { clickable: boolean; checkable: boolean; scrollable: boolean; editable?: boolean },
): ElementRole {
  const c = className;
  if (flags.editable || /EditText|AutoCompleteTextView|SearchView\$SearchAutoComplete/.test(c)) return 'input';
  if (/Switch|Toggle/.test(c)) return 'switch';
  if (/CheckBox|CheckedTextView/.test(c)) return 'checkbox';
  if (/RadioButton/.test(c)) return 'radio';
  if (/TabView|TabItem|\$Tab\b/.test(c)) return 'tab';
  if (/Toolbar|ActionBar/.test(c)) return 'toolbar';
  if (/RecyclerView|ListView|GridView/.test(c)) return 'list';
  if (/ScrollView/.test(c) || flags.scrollable) return 'scroll';
  if (/WebView/.test(c)) return 'webview';
  if (/Button/.test(c)) return 'button';
  if (/ImageView/.test(c)) return flags.clickable ? 'button' : 'image';
  if (/TextView/.test(c)) return flags.clickable ? 'button' : 'text';
  if (flags.checkable) return 'checkbox';
  if (/Layout|ViewGroup|FrameLayout|View$/.test(c)) return flags.clickable ? 'button' : 'container';
  return flags.clickable ? 'button' : 'other';
}
