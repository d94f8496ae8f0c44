/**
 * Coarse roles from class name and flags. Class names are matched on their
 * simple name so AndroidX, Material and Compose variants land together
 * (SwitchCompat, SwitchMaterial -> switch; AppCompatEditText -> input).
 * What a class name says is computed once per distinct name: a dump has a
 * few dozen classes and thousands of nodes.
 */
import type { RawNode } from './RawNode.ts';
import type { ElementRole } from './types.ts';

interface ClassInfo {
  simple: string;
  /** Role the class alone decides (input, switch, ...), or null when flags and context matter. */
  fixedRole: ElementRole | null;
  list: boolean;
  scroll: boolean;
  tabClass: boolean;
  tabContainer: boolean;
  button: boolean;
  image: boolean;
  text: boolean;
  container: boolean;
}

const infos = new Map<string, ClassInfo>();

function computeSimpleName(className: string): string {
  const dot = className.lastIndexOf('.');
  const simple = dot === -1 ? className : className.slice(dot + 1);
  const dollar = simple.lastIndexOf('$');
  return dollar === -1 ? simple : simple.slice(dollar + 1);
}

function classInfo(className: string): ClassInfo {
  let info = infos.get(className);
  if (info) return info;
  const s = computeSimpleName(className);
  let fixedRole: ElementRole | null = null;
  if (/EditText$|AutoCompleteTextView$|SearchAutoComplete$/.test(s)) fixedRole = 'input';
  else if (/Switch(Compat|Material)?$|^ToggleButton$/.test(s)) fixedRole = 'switch';
  else if (/RadioButton$/.test(s)) fixedRole = 'radio';
  else if (/CheckBox$/.test(s)) fixedRole = 'checkbox';
  else if (/WebView$/.test(s)) fixedRole = 'webview';
  info = {
    simple: s,
    fixedRole,
    list: /^(RecyclerView|ListView|GridView|ExpandableListView|AbsListView|WearableRecyclerView)$/.test(s),
    scroll: /ScrollView$|^ViewPager2?$/.test(s),
    tabClass: /^Tab(View|Item)?$|TabView$|^TabWidget$/.test(s) || /\$Tab(View)?$/.test(className),
    tabContainer: /TabLayout$|^TabWidget$/.test(s),
    button: /Button$|^Spinner$|^Chip$/.test(s),
    image: /ImageView$|^Image$/.test(s),
    text: /TextView$|^Text$/.test(s),
    container: /Layout$|^View$|^ViewGroup$|^ComposeView$|^CardView$|ViewPager|ViewSwitcher|ViewFlipper/.test(s),
  };
  if (infos.size < 5000) infos.set(className, info);
  return info;
}

/** "android.widget.Switch" -> "Switch"; "a.b.Outer$Inner" -> "Inner". */
export function simpleClassName(className: string): string {
  return classInfo(className).simple;
}

/** Text fields: the classes that accept typing. */
export function isInputClass(className: string): boolean {
  return classInfo(className).fixedRole === 'input';
}

const TAB_ID = /[:/]tab[_s]|[:/]tabs?$|_tab$|tab_layout|tabhost/i;
const TAB_CONTAINER_ID = /[:/]tabs?$|tab_layout|tabs_?container|tab_strip/i;
const TOOLBAR_ID = /[:/](toolbar|action_bar)$/;

function looksLikeTab(node: RawNode, info: ClassInfo): boolean {
  if (info.tabClass) return true;
  if (node.resourceId && TAB_ID.test(node.resourceId)) return true;
  // Items of a tab strip: a parent or grandparent that is a TabLayout/TabWidget or a tab container id.
  let up = node.parent;
  for (let depth = 0; up && depth < 2; depth++, up = up.parent) {
    if (classInfo(up.className).tabContainer || (up.resourceId && TAB_CONTAINER_ID.test(up.resourceId))) return true;
  }
  return false;
}

export function roleOf(node: RawNode): ElementRole {
  const info = classInfo(node.className);
  if (info.fixedRole === 'checkbox' || (info.simple === 'CheckedTextView' && node.checkable)) return 'checkbox';
  if (info.fixedRole) return info.fixedRole;
  if (info.list) return 'list';
  if (
    /Toolbar$|^ActionBar(View|Container)?$/.test(info.simple) ||
    (node.resourceId && TOOLBAR_ID.test(node.resourceId))
  )
    return 'toolbar';
  const tappable = node.clickable || node.longClickable;
  if ((tappable || node.selected) && looksLikeTab(node, info)) return 'tab';
  if (node.scrollable || info.scroll) return 'scroll';
  if (tappable && node.parent && classInfo(node.parent.className).list) return 'listitem';
  if (info.button || tappable) return 'button';
  if (info.image) return 'image';
  if (info.text || node.text !== '') return 'text';
  if (info.container) return 'container';
  return 'other';
}
