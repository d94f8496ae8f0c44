/**
 * The third-party files `npm run fetch-data` downloads. SHA256SUMS (beside
 * this file, `sha256sum -c` format) lists every file of the data folder with
 * the hash of the bytes the tests were written against; PINNED_SOURCES says
 * where each comes from: its public repository, the commit the shared copy was
 * taken from, its licence, and where its files sit upstream. Sources and
 * licences are also in docs/benchmarks.md ("Third-party data").
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../repoRoot.ts';

/** How a downloaded file becomes the stored one. */
export type PinnedConversion =
  /** DroidBot's `utg.js` (`var utg = {...}`) written as the `utg.json` DroidBot's Python writes. */
  'droidbot-utg';

export interface PinnedSource {
  id: string;
  /** GitHub owner/name. */
  repo: string;
  /** The commit (full or abbreviated), or HEAD when the shared copy's commit was not recorded. */
  ref: string;
  /** False when `ref` is not the commit the copy came from: a different hash is then a warning, not an error. */
  pinned: boolean;
  /** SPDX identifier. */
  licence: string;
  copyright?: string;
  note?: string;
  /** Data-folder path (or prefix ending in /) -> path (or prefix) in the repository; the longest match wins. */
  paths: Record<string, string>;
  convert?: Record<string, PinnedConversion>;
}

/** One file to download: where from, where to, and the hash it must have. */
export interface PinnedFile {
  source: PinnedSource;
  /** Path inside the data folder. */
  to: string;
  /** Path inside the repository at source.ref. */
  from: string;
  sha256: string;
  convert?: PinnedConversion;
}

/** A ui-dumps file taken from the root of a small repository that holds it. */
function uiDump(
  file: string,
  repo: string,
  ref: string,
  from: string,
  licence: string,
  copyright?: string,
): PinnedSource {
  return {
    id: `ui-dumps/${file}`,
    repo,
    ref,
    pinned: ref !== 'HEAD',
    licence,
    ...(copyright ? { copyright } : {}),
    ...(ref === 'HEAD'
      ? { note: 'the commit of the shared copy is not recorded: the current version is fetched and may differ' }
      : {}),
    paths: { [`ui-dumps/${file}`]: from },
  };
}

export const PINNED_SOURCES: readonly PinnedSource[] = [
  {
    id: 'spa-bench',
    repo: 'ai-agents-2030/SPA-Bench',
    // The shared copy's README names bc932bf7 (dataset/); the same files sit under data/ at this commit.
    ref: 'c62df4ee677489660b3a8bb7599d7e6293149427',
    pinned: true,
    licence: 'MIT',
    copyright: 'Copyright (c) 2024 SPA-Bench',
    paths: {
      'spa-bench/': 'data/',
      'spa-bench/task_app_order.csv': 'pipeline/helper/cross_app/task_app_order.csv',
    },
  },
  {
    id: 'mobile-eval-e',
    repo: 'X-PLUG/MobileAgent',
    ref: '11cea575',
    pinned: true,
    licence: 'MIT',
    copyright: 'Copyright (c) 2022 mPLUG',
    paths: {
      'mobile-eval-e/': 'Mobile-Agent-E/data/Mobile-Eval-E/',
      'mobile-eval-e/custom_tasks_example.json': 'Mobile-Agent-E/data/custom_tasks_example.json',
    },
  },
  {
    id: 'android-world',
    repo: 'google-research/android_world',
    ref: 'd9f7c69f',
    pinned: true,
    licence: 'Apache-2.0',
    paths: { 'android-world/task_metadata.json': 'android_world/task_metadata.json' },
  },
  {
    id: 'droidbot-yelp',
    repo: 'honeynet/droidbot',
    // Branch gh-pages: DroidBot's sample report of the Yelp app.
    ref: '6a737e48',
    pinned: true,
    licence: 'MIT',
    copyright: 'Copyright (c) 2015 Yuanchun Li',
    paths: {
      'traces/droidbot-yelp/': 'report_com.yelp.android/',
      'traces/droidbot-yelp/utg.json': 'report_com.yelp.android/utg.js',
    },
    convert: { 'traces/droidbot-yelp/utg.json': 'droidbot-utg' },
  },
  uiDump(
    'tron-ai__page_source__nexuslauncher_168e42d.xml',
    'Bioto/tron-ai',
    '168e42d',
    'page_source.xml',
    'MIT',
    'Copyright (c) 2025 Nicholas Young',
  ),
  uiDump(
    'tron-ai__page_source__twitter_bd1a824.xml',
    'Bioto/tron-ai',
    'bd1a824',
    'page_source.xml',
    'MIT',
    'Copyright (c) 2025 Nicholas Young',
  ),
  uiDump(
    'free4g__window_dump.xml',
    'MrMenezes/free4g',
    '5b37955866c5811e7b6dcefd74cc239cc3b06353',
    'window_dump.xml',
    'MIT',
    'Copyright (c) 2021 Erick',
  ),
  uiDump(
    'Intelligent-Search__settings_google.xml',
    'Peacetothemountain/Intelligent-Search',
    'b8729dad2225182e4783c15a4834f18e5e46840d',
    'settings_google.xml',
    'Apache-2.0',
  ),
  uiDump(
    'Intelligent-Search__popup_dump.xml',
    'Peacetothemountain/Intelligent-Search',
    '65467efb50b0b171752558e5e6d517f8b3dcf7ab',
    'popup_dump.xml',
    'Apache-2.0',
  ),
  uiDump(
    'Ask-Amo__window_dump.xml',
    'tmdubnz-sketch/Ask-Amo',
    '4140dc413c9582c040b424471cc7f99ee6b40802',
    'window_dump.xml',
    'MIT',
    'Copyright (c) 2026 Tmdub',
  ),
  uiDump(
    'senior-shield__window_dump.xml',
    'Leelajai-Krishna-N/senior-shield',
    'd9fd21713501a814b41ee176c8fce29cbe02729c',
    'window_dump.xml',
    'MIT',
    'Copyright (c) 2026 Senior Shield Team',
  ),
  uiDump(
    'Nora__chat_dump.xml',
    'HarnessTeam/Nora',
    'cf71171cdeff5f76de244ec454dd27b3ecd32df6',
    'chat_dump.xml',
    'MIT',
    'Copyright (c) 2024 Nora Contributors',
  ),
  uiDump(
    'mac-yolo-safeguards__window_dump.xml',
    'IgorGanapolsky/mac-yolo-safeguards',
    '894e1c6145caba4309193abe539ecac0cce2d715',
    'window_dump.xml',
    'MIT',
    'Copyright (c) 2026 Igor Ganapolsky',
  ),
  uiDump('ui_finder__dump.xml', 'kdiitg/ui_finder', 'HEAD', 'dump.xml', 'MIT', 'Copyright (c) 2025 Kuldeep Singh'),
];

export const SHA256SUMS_FILE = path.join(REPO_ROOT, 'benchmarks/data/SHA256SUMS');

/** A SHA256SUMS line the parser cannot read, or a file no source claims. */
export class PinnedFilesError extends Error {
  override name = 'PinnedFilesError';
}

/** Parses `sha256sum` output ("<64 hex>  <path>" per line) into path -> hash. */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new PinnedFilesError(`SHA256SUMS line ${i + 1} is not "<sha256>  <path>": ${JSON.stringify(line)}`);
    sums.set(m[2]!, m[1]!);
  });
  return sums;
}

/** The source and upstream path of one data file: the longest matching `paths` key over all sources. */
export function locate(to: string, sources: readonly PinnedSource[] = PINNED_SOURCES): Omit<PinnedFile, 'sha256'> {
  let best: { source: PinnedSource; key: string } | undefined;
  for (const source of sources)
    for (const key of Object.keys(source.paths)) {
      const matches = key.endsWith('/') ? to.startsWith(key) : to === key;
      if (matches && (!best || key.length > best.key.length)) best = { source, key };
    }
  if (!best) throw new PinnedFilesError(`no pinned source holds ${to}; add it to PINNED_SOURCES`);
  const target = best.source.paths[best.key]!;
  const from = best.key.endsWith('/') ? target + to.slice(best.key.length) : target;
  const convert = best.source.convert?.[to];
  return { source: best.source, to, from, ...(convert ? { convert } : {}) };
}

/** Every file to download, from the checksums and the sources. */
export function pinnedFiles(
  sums: Map<string, string> = parseSha256Sums(readFileSync(SHA256SUMS_FILE, 'utf8')),
  sources: readonly PinnedSource[] = PINNED_SOURCES,
): PinnedFile[] {
  return [...sums].map(([to, sha256]) => ({ ...locate(to, sources), sha256 }));
}

/** Where GitHub serves a file of a repository at a commit (abbreviated commits and HEAD resolve too). */
export function rawUrl(source: PinnedSource, from: string): string {
  return `https://github.com/${source.repo}/raw/${source.ref}/${from.split('/').map(encodeURIComponent).join('/')}`;
}
