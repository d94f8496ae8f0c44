/**
 * What to call each app in the FSM view: its launcher label ("Clock") when
 * the graphs say it, else its package. The launcher's graph says it in two
 * ways: a tap on an icon that opened the app (the icon's label, the app as
 * the transition's target), or an icon whose label is a word of the package
 * ("Clock" in com.android.deskclock) or the title of one of the app's
 * screens ("Messages" in com.google.android.apps.messaging).
 */
import type { AppGraph } from '../../fsm/index.ts';

const squash = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The phone's own packages, which no launcher icon names. */
function systemLabel(app: string): string | undefined {
  if (app === 'android') return 'Android system';
  if (app === 'com.android.systemui') return 'System UI';
  if (/launcher/i.test(app)) return 'Launcher';
  return undefined;
}

export function appLabels(graphs: AppGraph[]): Map<string, string> {
  const labels = new Map<string, string>();
  const icons = new Set<string>();
  for (const g of graphs) {
    // Only a launcher's icons name apps: a "Message" button in Contacts that opens Messages does not.
    if (!/launcher/i.test(g.app)) continue;
    for (const t of Object.values(g.transitions)) {
      const label = t.action.label?.trim();
      if (t.targetApp && t.action.kind === 'tap' && label && !labels.has(t.targetApp)) labels.set(t.targetApp, label);
    }
    // Icons on a launcher screen: actionable elements with short labels.
    for (const s of Object.values(g.states))
      for (const e of s.snapshot?.elements ?? [])
        if (e.actionable && e.label && e.label.length <= 24) icons.add(e.label);
  }
  for (const g of graphs) {
    const system = systemLabel(g.app);
    if (system && !labels.has(g.app)) labels.set(g.app, system);
    if (labels.has(g.app)) continue;
    const segments = g.app.split('.').slice(1).map(squash);
    const titles = new Set(Object.values(g.states).map((s) => squash(s.snapshot?.title ?? '')));
    const icon = [...icons].find((label) => {
      const word = squash(label);
      return word.length >= 3 && (segments.some((s) => s.includes(word)) || titles.has(word));
    });
    if (icon) labels.set(g.app, icon);
  }
  return labels;
}
