/**
 * A readable name for a state, from what the screen shows: its title or
 * heading, the selected tab, and the dialog, menu or drawer over it
 * (`Settings > Display`, `Clock > Timer`, `Alarm > Sort by`). Never a list
 * row, never the activity class as it is written, never content: a title
 * that names a contact or a place is replaced by what the screen is
 * (`Conversation …`), so a state learnt on Victor's conversation is not
 * called "Victor Lang" when it shows Marco's. `uniqueStateName` then keeps
 * names apart within an app by the feature that tells the screens apart.
 */
import { shortClassName } from './elementSignature.ts';
import type { ScreenAnalysis } from './analyzeScreen.ts';
import { CONTENT_MARK, titleFeature } from './titleFeature.ts';

type NameInput = Pick<
  ScreenAnalysis,
  'title' | 'titleIsContent' | 'dialogTitle' | 'selectedTab' | 'features' | 'activity' | 'package' | 'loading'
>;

/** `.ui.conversation.ConversationActivity` -> `Conversation`; `Settings$DisplaySettingsActivity` -> `Display settings`. */
export function activityWords(activity: string | undefined): string {
  if (!activity) return '';
  const stem = shortClassName(activity)
    .split('$')
    .pop()!
    .replace(/Activity(?=[A-Z]|$)/g, '');
  const words = stem.replace(/([a-z\d])([A-Z])/g, '$1 $2').trim();
  return words ? words[0]! + words.slice(1).toLowerCase() : '';
}

/** The static part of a title ("Delete …?"), or '' when the title is content or absent. */
function staticTitle(title: string, isContent: boolean | undefined): string {
  if (!title) return '';
  const masked = isContent ? CONTENT_MARK : titleFeature(title);
  return masked.replace(/…/g, '').replace(/[\s?!.:,]/g, '') === '' ? '' : masked;
}

const featureLabel = (features: readonly string[], prefix: string): string | undefined =>
  features.find((f) => f.startsWith(prefix))?.slice(prefix.length);

/** A field's hint: `el:input|id|Search mail` -> `Search mail`. */
function inputHint(features: readonly string[], prefix = ''): string | undefined {
  for (const f of features) {
    if (!f.startsWith(`${prefix}el:input|`)) continue;
    const hint = f.split('|')[2];
    if (hint) return hint;
  }
  return undefined;
}

/** What the overlay over the screen is: its title, else what it holds. */
function overlayName(r: NameInput): string | undefined {
  const f = r.features;
  const has = (p: string) => f.includes(`${p}window`);
  const dialog = r.dialogTitle ? staticTitle(r.dialogTitle, false) || 'dialog' : undefined;
  if (has('dlg:') || has('sys:')) {
    if (dialog) return dialog;
    const buttons = f
      .filter((x) => /^(?:dlg|sys):el:button\|[^|]*\|./.test(x))
      .map((x) => x.split('|')[2])
      .slice(0, 3);
    return buttons.length > 0 ? `dialog (${buttons.join(', ')})` : 'dialog';
  }
  if (has('pop:')) {
    if (dialog) return dialog;
    const options = f.filter((x) => x.startsWith('pop:opt:')).map((x) => x.slice('pop:opt:'.length));
    return options.length > 0 ? `menu (${options.slice(0, 3).join(', ')})` : 'menu';
  }
  if (has('drw:')) return 'navigation drawer';
  return undefined;
}

export function stateName(r: NameInput): string {
  const title = staticTitle(r.title, r.titleIsContent);
  const tab = r.selectedTab;
  let base = title;
  if (!base) {
    // No title that names the screen: a heading, the page's tab, what the activity is called, a field's hint.
    const described = featureLabel(r.features, 'hdr:') ?? tab ?? (activityWords(r.activity) || inputHint(r.features));
    base = described ?? r.package.split('.').pop() ?? r.package;
    // A title that was content (a contact's name) is still shown as a gap: "Conversation …".
    if (r.title && (r.titleIsContent || !title)) base = `${base} ${CONTENT_MARK}`;
  }
  if (tab && !base.startsWith(tab)) base = `${base} > ${tab}`;
  // A spinner in place of the page is a passing moment of the screen, named as such.
  if (r.loading) base = `${base} (loading)`;
  const overlay = overlayName(r);
  return overlay ? `${base} > ${overlay}` : base;
}

/** What tells `features` apart from `others`, readable: a tab, a heading, a title, a hint, a control. */
function distinguishing(features: readonly string[], others: readonly string[]): string | undefined {
  const theirs = new Set(others);
  const mine = features.filter((f) => !theirs.has(f));
  const pick = (re: RegExp) => {
    for (const f of mine) {
      const m = re.exec(f);
      if (m?.[1]) return m[1];
    }
    return undefined;
  };
  return (
    pick(/^tab:(.+) \(selected\)$/) ??
    pick(/^hdr:(.+)$/) ??
    pick(/^title:(.+)$/) ??
    pick(/^el:input\|[^|]*\|(.+)$/) ??
    pick(/^(?:\w+:)?el:\w+\|[^|]*\|(.+)$/) ??
    pick(/^(?:\w+:)?el:\w+\|([^|]+)\|$/)?.replace(/_/g, ' ')
  );
}

/**
 * `name` made unique within an app: `holder(name)` gives the features of the state already holding a name (or
 * undefined); the feature that tells this screen from that one is added in brackets, else a number.
 */
export function uniqueStateName(
  name: string,
  features: readonly string[],
  holder: (name: string) => readonly string[] | undefined,
): string {
  const clash = holder(name);
  if (!clash) return name;
  const extra = distinguishing(features, clash);
  if (extra && !holder(`${name} (${extra})`)) return `${name} (${extra})`;
  for (let n = 2; ; n++) if (!holder(`${name} (${n})`)) return `${name} (${n})`;
}
