/**
 * Coarse roles from class name and flags. Class names are matched on their
 * simple name so AndroidX, Material and Compose variants land together
 * (SwitchCompat, SwitchMaterial -> switch; AppCompatEditText -> input).
 */
import type { RawNode } from './RawNode.ts';
import type { ElementRole } from './types.ts';

const simpleNames = new Map<string, string>();

/** "android.widget.Switch" -> "Switch"; "a.b.Outer$Inner" -> "Inner". Memoised: a dump has few distinct classes. */
export function simpleClassName(className: string): string {
  let hit = simpleNames.get(className);
  if (hit === undefined) {
    hit = computeSimpleName(className);
    if (simpleNames.size < 5000) simpleNames.set(className, hit);
  }
  return hit;
}

function computeSimpleName(className: string): string {
  const dot = className.lastIndexOf('.');
  const simple = dot === -1 ? className : className.slice(dot + 1);
  const dollar = simple.lastIndexOf('$');
  return dollar === -1 ? simple : simple.slice(dollar + 1);
}

/** Text fields: the classes that accept typing. */
export function isInputClass(className: string): boolean {
  const s = simpleClassName(className);
  return /EditText$|AutoCompleteTextView$|SearchAutoComplete$|^TextInputEditText$/.test(s);
}

const LIST = /^(RecyclerView|ListView|GridView|ExpandableListView|AbsListView|WearableRecyclerView)$/;
const SCROLL = /ScrollView$|^ViewPager2?$|^NestedScrollView$/;

function looksLikeTab(node: RawNode): boolean {
  const s = simpleClassName(node.className);
  if (/^Tab(View|Item)?$|TabView$|^TabWidget$/.test(s) || /\$Tab(View)?$/.test(node.className)) return true;
  if (/[:/]tab[_s]|[:/]tabs?$|_tab$|tab_layout|tabhost/i.test(node.resourceId)) return true;
  // Items of a tab strip: a parent or grandparent that is a TabLayout/TabWidget or a tab container id.
  let up = node.parent;
  for (let depth = 0; up && depth < 2; depth++, up = up.parent) {
    const us = simpleClassName(up.className);
    if (/TabLayout$|^TabWidget$/.test(us) || /[:/]tabs?$|tab_layout|tabs_?container|tab_strip/i.test(up.resourceId)) return true;
  }
  return false;
}

export function roleOf(node: RawNode): ElementRole {
  const s = simpleClassName(node.className);
  if (isInputClass(node.className)) return 'input';
  if (/Switch(Compat|Material)?$|^ToggleButton$/.test(s)) return 'switch';
  if (/RadioButton$/.test(s)) return 'radio';
  if (/CheckBox$/.test(s) || (s === 'CheckedTextView' && node.checkable)) return 'checkbox';
  if (/WebView$/.test(s)) return 'webview';
  if (LIST.test(s)) return 'list';
  if (/Toolbar$|^ActionBar(View|Container)?$/.test(s) || /[:/](toolbar|action_bar)$/.test(node.resourceId)) return 'toolbar';
  const tappable = node.clickable || node.longClickable;
  if ((tappable || node.selected) && looksLikeTab(node)) return 'tab';
  if (node.scrollable || SCROLL.test(s)) return 'scroll';
  if (node.parent && LIST.test(simpleClassName(node.parent.className)) && tappable) return 'listitem';
  if (/Button$|^Spinner$|^Chip$/.test(s) || tappable) return 'button';
  if (/ImageView$|^Image$/.test(s)) return 'image';
  if (/TextView$|^Text$/.test(s) || node.text !== '') return 'text';
  if (/Layout$|^View$|^ViewGroup$|^ComposeView$|^CardView$|ViewPager|ViewSwitcher|ViewFlipper/.test(s)) return 'container';
  return 'other';
}
