/**
 * App name -> Android package for SPA-Bench tasks.
 *
 * Single-app rows carry their package and start activity (adb_app,
 * adb_home_page); cross-app rows only name their apps, and with other
 * spellings ("Setting", "Youtube", "BBC News", "Bilibili"). So a cross-app
 * app name is first mapped to a single-app key of the same language (the
 * alias table below), and its package and activity are then taken from the
 * data. Apps that no single-app task uses have a documented package here
 * (without an activity: SPA-Bench then starts them through the launcher
 * intent, `monkey -p <package> -c android.intent.category.LAUNCHER 1`).
 */
import type { SpaBenchAppRef, SpaBenchLanguage, SpaBenchSingleAppTask } from './spaBenchTypes.ts';

/** Cross-app spellings (lower-cased) -> single-app task_app keys. */
export const SPA_BENCH_APP_ALIASES: Readonly<Record<string, string>> = {
  'google play store': 'google_play',
  'google play': 'google_play',
  'play store': 'google_play',
  setting: 'settings',
  'keep notes': 'keep_notes',
  'bbc news': 'bbc',
  'google maps': 'google_maps',
  'google tasks': 'google_tasks',
  'booking.com': 'booking.com',
  booking: 'booking.com',
  'merriam-webster': 'dictionary_merriam_webster',
};

/** Apps used by SPA-Bench cross-app tasks that no single-app task covers: package only. */
export const SPA_BENCH_EXTRA_APPS: ReadonlyArray<{
  language: SpaBenchLanguage;
  names: string[];
  package: string;
  note: string;
}> = [
  { language: 'ENG', names: ['eBay'], package: 'com.ebay.mobile', note: 'eBay (Google Play)' },
  { language: 'ENG', names: ['Triller'], package: 'co.triller.droid', note: 'Triller (Google Play)' },
  { language: 'ENG', names: ['AccuWeather'], package: 'com.accuweather.android', note: 'AccuWeather (Google Play)' },
  { language: 'CHN', names: ['QQ'], package: 'com.tencent.mobileqq', note: 'Tencent QQ' },
  {
    language: 'CHN',
    names: ['图库'],
    package: 'com.huawei.photos',
    note: 'Huawei Gallery (the CHN tasks run on Huawei phones: 华为浏览器)',
  },
];

export type AppResolver = (name: string, language: SpaBenchLanguage) => SpaBenchAppRef;

/** Builds a resolver from the single-app tasks of both languages plus the tables above. */
export function createAppResolver(singleApp: readonly SpaBenchSingleAppTask[]): AppResolver {
  type Entry = { key: string; package: string; activity: string };
  const byLang: Record<SpaBenchLanguage, Map<string, Entry>> = { ENG: new Map(), CHN: new Map() };
  for (const t of singleApp) {
    const entry = { key: t.app, package: t.adbApp, activity: t.adbHomePage };
    const map = byLang[t.language];
    map.set(t.app.toLowerCase(), entry);
    if (t.appChinese) map.set(t.appChinese.toLowerCase(), entry);
  }
  const extras = new Map<string, { package: string }>();
  for (const e of SPA_BENCH_EXTRA_APPS) for (const n of e.names) extras.set(`${e.language}:${n.toLowerCase()}`, e);

  return (name, language) => {
    const lower = name.trim().toLowerCase();
    const map = byLang[language];
    const other = byLang[language === 'ENG' ? 'CHN' : 'ENG'];
    const candidates = [lower, SPA_BENCH_APP_ALIASES[lower], lower.replace(/\s+/g, '_')].filter(
      (c): c is string => !!c,
    );
    // Same language first: "Settings" on the CHN (Huawei) phones has another start activity.
    for (const m of [map, other]) {
      for (const c of candidates) {
        const hit = m.get(c);
        if (hit) return { name, key: hit.key, package: hit.package, activity: hit.activity, source: 'single-app-csv' };
      }
    }
    const extra = extras.get(`${language}:${lower}`);
    if (extra) return { name, key: null, package: extra.package, activity: null, source: 'app-table' };
    return { name, key: null, package: null, activity: null, source: 'unknown' };
  };
}
