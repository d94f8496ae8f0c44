/**
 * Downloads the pinned third-party files (pinnedFiles.ts) into a data folder,
 * checks each against its SHA-256, and writes LICENSES.md with every source's
 * repository, commit and licence. Files already there with the right hash are
 * kept, so a second run only fetches what is missing or wrong. Each file is
 * written whole (temporary name, then renamed), never half.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pinnedFiles, rawUrl, type PinnedConversion, type PinnedFile, type PinnedSource } from './pinnedFiles.ts';

export type Fetcher = (url: string, init: { signal: AbortSignal }) => Promise<Response>;

export interface FetchDataOptions {
  /** The data folder to fill. */
  dest: string;
  files?: PinnedFile[];
  /** Default: global fetch. */
  fetcher?: Fetcher;
  /** Default: rawUrl (GitHub). Tests point it at a local server. */
  urlOf?: (source: PinnedSource, from: string) => string;
  /** Per-download limit (default 30 s). */
  timeoutMs?: number;
  /** Downloads at once (default 6). */
  concurrency?: number;
  /** Fetch again even when the file is there with the right hash. */
  force?: boolean;
  log?: (line: string) => void;
}

export interface FetchProblem {
  file: string;
  url: string;
  reason: string;
}

export interface FetchDataReport {
  /** Set when the network failed (not one file): the downloads stopped there, the rest counted as failed. */
  unreachable?: string;
  fetched: string[];
  /** Already there with the right hash. */
  kept: string[];
  /** Could not be downloaded (nothing written). */
  failed: FetchProblem[];
  /** Downloaded, but not the bytes the tests were written against (written anyway, reported). */
  mismatched: Array<FetchProblem & { pinned: boolean }>;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** DroidBot's `utg.js` (`var utg = {...}`) as the utg.json its Python writes: indent 1, non-ASCII as \u escapes. */
export function droidbotUtgJson(utgJs: string): string {
  const start = utgJs.indexOf('{');
  if (!/^\s*var\s+utg\s*=/.test(utgJs) || start < 0)
    throw new Error('not a DroidBot utg.js: it does not start with "var utg = {"');
  const graph: unknown = JSON.parse(utgJs.slice(start).trim().replace(/;$/, ''));
  return JSON.stringify(graph, null, 1).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function convert(bytes: Buffer, conversion: PinnedConversion | undefined): Buffer {
  if (!conversion) return bytes;
  switch (conversion) {
    case 'droidbot-utg':
      return Buffer.from(droidbotUtgJson(bytes.toString('utf8')), 'utf8');
  }
}

/** A download failure as one line a person can act on. */
export function describeFailure(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError')
    return `no answer within ${timeoutMs / 1000} s (slow or blocked network?)`;
  const code = e?.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `cannot resolve the host (${code}): no network or DNS here?`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT')
    return `connection failed (${code}): no network, or a firewall in the way`;
  return e?.cause?.message ?? e?.message ?? String(error);
}

/** A failure of the network itself (DNS, refused, reset), not of one file. */
function isNetworkDown(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH'].includes(code ?? '');
}

/** LICENSES.md: where each file of the data folder comes from and under which licence. */
export function licenceNotes(files: PinnedFile[]): string {
  const bySource = new Map<PinnedSource, PinnedFile[]>();
  for (const f of files) bySource.set(f.source, [...(bySource.get(f.source) ?? []), f]);
  const lines = [
    '# Third-party data: sources and licences',
    '',
    'Downloaded by `npm run fetch-data` for the MAPLE tests and benchmarks. Each file is used under',
    'the licence of the repository it comes from:',
    '',
    '| files | repository | commit | licence |',
    '|---|---|---|---|',
  ];
  for (const [source, list] of bySource) {
    const what =
      list.length === 1 ? `\`${list[0]!.to}\`` : `\`${commonFolder(list.map((f) => f.to))}\` (${list.length} files)`;
    const licence = [source.licence, source.copyright].filter(Boolean).join(', ');
    const commit = source.pinned ? source.ref : `${source.ref} (${source.note ?? 'not pinned'})`;
    lines.push(`| ${what} | https://github.com/${source.repo} | ${commit} | ${licence} |`);
  }
  return `${lines.join('\n')}\n`;
}

function commonFolder(paths: string[]): string {
  const parts = paths.map((p) => p.split('/'));
  const common: string[] = [];
  for (let i = 0; parts.every((p) => p.length > i + 1 && p[i] === parts[0]![i]); i++) common.push(parts[0]![i]!);
  return `${common.join('/')}/`;
}

function hasRightHash(file: string, expected: string): boolean {
  return existsSync(file) && sha256(readFileSync(file)) === expected;
}

function writeWhole(file: string, bytes: Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.download-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

async function download(url: string, fetcher: Fetcher, timeoutMs: number): Promise<Buffer> {
  const response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok)
    throw new Error(
      response.status === 404
        ? 'HTTP 404: the file is not at this commit (moved upstream?)'
        : `HTTP ${response.status} ${response.statusText}`.trim(),
    );
  return Buffer.from(await response.arrayBuffer());
}

export async function fetchData(options: FetchDataOptions): Promise<FetchDataReport> {
  const files = options.files ?? pinnedFiles();
  const fetcher = options.fetcher ?? ((url, init) => fetch(url, init));
  const urlOf = options.urlOf ?? rawUrl;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const log = options.log ?? (() => undefined);
  const report: FetchDataReport = { fetched: [], kept: [], failed: [], mismatched: [] };
  const queue = [...files];
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const target = path.join(options.dest, file.to);
      if (!options.force && hasRightHash(target, file.sha256)) {
        report.kept.push(file.to);
        continue;
      }
      const url = urlOf(file.source, file.from);
      try {
        const bytes = convert(await download(url, fetcher, timeoutMs), file.convert);
        writeWhole(target, bytes);
        const actual = sha256(bytes);
        if (actual !== file.sha256) {
          const reason = `sha256 ${actual.slice(0, 12)}… is not the pinned ${file.sha256.slice(0, 12)}…`;
          report.mismatched.push({ file: file.to, url, reason, pinned: file.source.pinned });
          log(`${file.source.pinned ? 'MISMATCH' : 'differs '} ${file.to}: ${reason}`);
        } else {
          report.fetched.push(file.to);
          log(`fetched  ${file.to}`);
        }
      } catch (error) {
        const reason = describeFailure(error, timeoutMs);
        report.failed.push({ file: file.to, url, reason });
        if (isNetworkDown(error)) {
          // The same failure would repeat for every file: stop, say it once.
          if (!report.unreachable) log(`FAILED   ${url}: ${reason}; stopping`);
          report.unreachable ??= reason;
          for (const rest of queue.splice(0))
            report.failed.push({ file: rest.to, url: urlOf(rest.source, rest.from), reason: 'not tried' });
        } else log(`FAILED   ${file.to}: ${reason} (${url})`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 6) }, worker));
  if (report.fetched.length + report.kept.length + report.mismatched.length > 0)
    writeFileSync(path.join(options.dest, 'LICENSES.md'), licenceNotes(files));
  return report;
}

/** Whether the data folder can be used as it is: nothing failed and every pinned file has its pinned bytes. */
export function fetchSucceeded(report: FetchDataReport): boolean {
  return report.failed.length === 0 && report.mismatched.every((m) => !m.pinned);
}
