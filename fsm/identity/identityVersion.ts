/**
 * The version of the state-key rules (analyzeScreen, findTitle, tabStrips,
 * openDrawers, layoutRules, staticText, titleFeature, and the window kinds
 * drivers/screen gives them). Bump it with any change that can change a key
 * or a signature: stored graphs and shortcuts carry the version that keyed
 * them, and the knowledge store re-keys or drops those of another version.
 * test/unit/fsm/identityVersion.test.ts fails when keys change and this did not.
 *
 * 1  the rules until stores recorded a version (stores without one are version 1).
 * 2  dialogs recognised by structure (a window without dialog ids, or dumped alone); their
 *    ScrollView body and button bar looked through and a list's rows counted as options;
 *    title ids by word (`dialog_title_textview`), fallback titles measured inside the layer;
 *    tab strips by structure (a row of cells, one `selected`); open drawers as overlays;
 *    toolbar titles beside a photo or over a live subtitle masked as content; controls keyed
 *    whether or not enabled or clickable this moment; full-screen IME activities are apps.
 */
export const IDENTITY_VERSION = 2;
