/**
 * Which app a clause is about when it names none: the kind of app whose
 * launcher label fits what the clause talks about (alarms live in a clock,
 * Wi-Fi in settings). Common Android knowledge, matched against the labels
 * actually on the launcher; nothing here names a task.
 */
import { sameWord, tokens } from './words.ts';

/** Launcher label candidates (any that is installed) -> the words that point to them. */
const HINTS: Array<{ labels: string[]; words: string[] }> = [
  {
    labels: ['Settings'],
    words: [
      'wifi',
      'wi',
      'bluetooth',
      'dark',
      'theme',
      'brightness',
      'display',
      'battery',
      'airplane',
      'hotspot',
      'volume',
      'ringtone',
      'wallpaper',
      'location',
      'storage',
      'font',
      'timeout',
      'screen',
      'pair',
      'rename',
      'phone name',
      'device',
      'do not disturb',
      'notifications',
      'saver',
    ],
  },
  { labels: ['Clock'], words: ['alarm', 'alarms', 'timer', 'stopwatch', 'world clock', 'clock'] },
  { labels: ['Calendar'], words: ['event', 'appointment', 'meeting', 'calendar', 'all-day', 'schedule'] },
  { labels: ['Contacts'], words: ['contact', 'contacts', 'favorites', 'favourites', 'call', 'works', 'number'] },
  { labels: ['Messages'], words: ['text', 'sms', 'texted', 'message', 'conversation', 'reply'] },
  { labels: ['Gmail', 'Mail', 'Email'], words: ['email', 'emailed', 'mail', 'inbox', 'subject'] },
  { labels: ['Notes', 'Keep', 'Keep Notes'], words: ['note', 'notes', 'list'] },
  { labels: ['Calculator'], words: ['calculate', 'calculator', 'times', 'multiply', 'divide', 'percent', 'sum'] },
  { labels: ['Shopping'], words: ['buy', 'cart', 'order', 'product', 'price'] },
  { labels: ['Maps'], words: ['directions', 'route', 'restaurant', 'museum', 'nearby', 'open', 'opens', 'address'] },
  {
    labels: ['Chrome', 'Browser'],
    words: ['web', 'website', 'page', 'browse', 'browsing', 'bookmark', 'look up', 'link'],
  },
  { labels: ['Files'], words: ['file', 'files', 'pdf', 'download', 'downloads', 'folder', 'apk', 'recording'] },
];

export function inferApp(text: string, appLabels: string[]): string | undefined {
  const toks = tokens(text);
  const lower = ` ${toks.join(' ')} `;
  let best: { label: string; score: number } | undefined;
  for (const hint of HINTS) {
    const label = appLabels.find((l) => hint.labels.some((h) => h.toLowerCase() === l.toLowerCase()));
    if (!label) continue;
    const score = hint.words.filter((w) =>
      w.includes(' ') || w.includes('-')
        ? lower.includes(` ${w.replace('-', ' ')} `)
        : toks.some((t) => sameWord(t, w)),
    ).length;
    if (score > 0 && (!best || score > best.score)) best = { label, score };
  }
  return best?.label;
}

/** Every installed app whose hint words the text uses (inferApp keeps the best one only). */
export function hintedApps(text: string, appLabels: string[]): string[] {
  const toks = tokens(text);
  const lower = ` ${toks.join(' ')} `;
  return HINTS.flatMap((hint) => {
    const label = appLabels.find((l) => hint.labels.some((h) => h.toLowerCase() === l.toLowerCase()));
    const used = hint.words.some((w) =>
      w.includes(' ') || w.includes('-')
        ? lower.includes(` ${w.replace('-', ' ')} `)
        : toks.some((t) => sameWord(t, w)),
    );
    return label && used ? [label] : [];
  });
}
