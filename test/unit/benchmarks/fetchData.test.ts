/**
 * `npm run fetch-data`: the pinned-file manifest, the utg.js conversion, and
 * the download loop against a local HTTP server standing in for GitHub.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeFailure,
  droidbotUtgJson,
  fetchData,
  fetchSucceeded,
  sha256,
} from '../../../benchmarks/data/fetchData.ts';
import { runFetchData } from '../../../benchmarks/data/fetchDataCommand.ts';
import {
  locate,
  parseSha256Sums,
  PINNED_SOURCES,
  pinnedFiles,
  PinnedFilesError,
  rawUrl,
  type PinnedFile,
  type PinnedSource,
} from '../../../benchmarks/data/pinnedFiles.ts';
import { sharedDataRoot } from '../../../benchmarks/data/sharedData.ts';
import { testData } from '../../support/sharedData.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'maple-fetch-data-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the pinned files', () => {
  it('place every file of SHA256SUMS in exactly one source, and every source holds files', () => {
    const files = pinnedFiles();
    expect(files).toHaveLength(114);
    expect(new Set(files.map((f) => f.to)).size).toBe(files.length);
    for (const source of PINNED_SOURCES)
      expect(
        files.some((f) => f.source === source),
        source.id,
      ).toBe(true);
  });

  it('map data paths to upstream paths, the longest prefix winning', () => {
    expect(locate('spa-bench/single-app-ENG.csv')).toMatchObject({ from: 'data/single-app-ENG.csv' });
    expect(locate('spa-bench/task_app_order.csv')).toMatchObject({
      from: 'pipeline/helper/cross_app/task_app_order.csv',
    });
    expect(locate('traces/droidbot-yelp/utg.json')).toMatchObject({
      from: 'report_com.yelp.android/utg.js',
      convert: 'droidbot-utg',
    });
    expect(locate('traces/droidbot-yelp/states/state_1.json')).not.toHaveProperty('convert');
    expect(() => locate('elsewhere/file.txt')).toThrow(PinnedFilesError);
  });

  it('read sha256sum lines and refuse anything else', () => {
    const hash = 'a'.repeat(64);
    expect([...parseSha256Sums(`${hash}  x/y.json\n${hash} *z.bin\n\n`)]).toEqual([
      ['x/y.json', hash],
      ['z.bin', hash],
    ]);
    expect(() => parseSha256Sums('abc  file\n')).toThrow(/line 1 is not "<sha256> {2}<path>"/);
  });

  it('are served by GitHub at their commit, path segments escaped', () => {
    const source = PINNED_SOURCES.find((s) => s.id === 'droidbot-yelp')!;
    expect(rawUrl(source, 'report_com.yelp.android/a b.json')).toBe(
      'https://github.com/honeynet/droidbot/raw/6a737e48/report_com.yelp.android/a%20b.json',
    );
  });

  const DATA = sharedDataRoot();
  it.skipIf(DATA === undefined)(
    testData('.').title(
      'match the data folder in use byte for byte (SHA256SUMS is what the tests were written against)',
    ),
    () => {
      for (const file of pinnedFiles())
        expect(sha256(readFileSync(path.join(DATA!, file.to))), file.to).toBe(file.sha256);
    },
  );
});

describe("DroidBot's utg.js", () => {
  it('becomes the utg.json DroidBot writes: indent 1, non-ASCII as \\u escapes', () => {
    const graph = { app_package: 'com.x', nodes: [{ label: 'Attributes…', n: 1.5 }] };
    const json = droidbotUtgJson(`var utg = \n${JSON.stringify(graph, null, 2)}`);
    expect(json).toBe(
      '{\n "app_package": "com.x",\n "nodes": [\n  {\n   "label": "Attributes\\u2026",\n   "n": 1.5\n  }\n ]\n}',
    );
    expect(() => droidbotUtgJson('{"nodes": []}')).toThrow(/not a DroidBot utg\.js/);
  });

  const YELP = testData('traces/droidbot-yelp/utg.json');
  YELP.it('of the Yelp trace converts to the pinned utg.json', () => {
    const stored = readFileSync(YELP.path, 'utf8');
    // DroidBot's Python wrote utg.js with indent 2; the conversion must not depend on that layout.
    const utgJs = `var utg = \n${JSON.stringify(JSON.parse(stored), null, 2)}`;
    expect(sha256(droidbotUtgJson(utgJs))).toBe(locateHash('traces/droidbot-yelp/utg.json'));
  });
});

function locateHash(to: string): string {
  return pinnedFiles().find((f) => f.to === to)!.sha256;
}

describe('fetchData against a local server', () => {
  const served = new Map<string, string>([
    ['/good/a.txt', 'alpha\n'],
    ['/good/sub/b.txt', 'beta\n'],
    ['/loose/c.txt', 'gamma, newer\n'],
    ['/utg/utg.js', 'var utg = \n{"nodes": []}'],
  ]);
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url!);
      const body = served.get(req.url!);
      res.writeHead(body === undefined ? 404 : 200).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const source = (id: string, pinned = true): PinnedSource => ({
    id,
    repo: `test/${id}`,
    ref: pinned ? 'abc1234' : 'HEAD',
    pinned,
    licence: 'MIT',
    copyright: 'Copyright (c) 2026 Test',
    paths: {},
  });
  const good = source('good');
  const files: PinnedFile[] = [
    { source: good, to: 'g/a.txt', from: 'a.txt', sha256: sha256('alpha\n') },
    { source: good, to: 'g/sub/b.txt', from: 'sub/b.txt', sha256: sha256('beta\n') },
    { source: source('loose', false), to: 'l/c.txt', from: 'c.txt', sha256: sha256('gamma\n') },
    {
      source: source('utg'),
      to: 'u/utg.json',
      from: 'utg.js',
      sha256: sha256('{\n "nodes": []\n}'),
      convert: 'droidbot-utg',
    },
  ];
  const urlOf = (s: PinnedSource, from: string) => `${base}/${s.id}/${from}`;

  it('downloads, converts and checks each file, writes the licence notes, and keeps good files on a rerun', async () => {
    const dest = tempDir();
    const first = await fetchData({ dest, files, urlOf });
    expect(first.fetched.sort()).toEqual(['g/a.txt', 'g/sub/b.txt', 'u/utg.json']);
    expect(first.failed).toEqual([]);
    // The unpinned file differs from the shared copy: reported, kept, and not a failure.
    expect(first.mismatched).toEqual([expect.objectContaining({ file: 'l/c.txt', pinned: false })]);
    expect(fetchSucceeded(first)).toBe(true);
    expect(readFileSync(path.join(dest, 'g/sub/b.txt'), 'utf8')).toBe('beta\n');
    expect(readFileSync(path.join(dest, 'u/utg.json'), 'utf8')).toBe('{\n "nodes": []\n}');
    const notes = readFileSync(path.join(dest, 'LICENSES.md'), 'utf8');
    expect(notes).toContain(
      '| `g/` (2 files) | https://github.com/test/good | abc1234 | MIT, Copyright (c) 2026 Test |',
    );

    requests.length = 0;
    const second = await fetchData({ dest, files, urlOf });
    expect(second.kept.sort()).toEqual(['g/a.txt', 'g/sub/b.txt', 'u/utg.json']);
    expect(requests).toEqual(['/loose/c.txt']);
  });

  it('reports a missing file and a pinned file with other bytes, and writes nothing half', async () => {
    const dest = tempDir();
    writeFileSync(path.join(dest, 'keep.txt'), 'untouched');
    const report = await fetchData({
      dest,
      urlOf,
      files: [
        { source: good, to: 'g/missing.txt', from: 'missing.txt', sha256: sha256('x') },
        { source: good, to: 'g/a.txt', from: 'a.txt', sha256: sha256('not alpha') },
      ],
    });
    expect(report.failed).toEqual([
      expect.objectContaining({ file: 'g/missing.txt', reason: expect.stringMatching(/HTTP 404/) }),
    ]);
    expect(report.mismatched).toEqual([expect.objectContaining({ file: 'g/a.txt', pinned: true })]);
    expect(fetchSucceeded(report)).toBe(false);
    expect(() => readFileSync(path.join(dest, 'g/missing.txt'))).toThrow(/ENOENT/);
    expect(readFileSync(path.join(dest, 'keep.txt'), 'utf8')).toBe('untouched');
  });

  it('says what to check when the server cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dest = path.join(tempDir(), 'data');
    const report = await fetchData({ dest, files, urlOf: () => `http://127.0.0.1:${port}/a.txt`, concurrency: 1 });
    // One network failure stops the run: the other files are not tried, and nothing is written.
    expect(report.unreachable).toMatch(/connection failed \(ECONNREFUSED\): no network, or a firewall/);
    expect(report.failed.map((f) => f.reason)).toEqual([report.unreachable, 'not tried', 'not tried', 'not tried']);
    expect(() => readFileSync(path.join(dest, 'LICENSES.md'))).toThrow(/ENOENT/);
    expect(describeFailure({ cause: { code: 'ENOTFOUND' } }, 1000)).toMatch(/cannot resolve the host.*DNS/);
    expect(describeFailure(Object.assign(new Error('t'), { name: 'TimeoutError' }), 30_000)).toMatch(/within 30 s/);
  });

  it('exits 2 with the usage on a bad argument', async () => {
    const lines: string[] = [];
    expect(await runFetchData(['--outt', 'x'], (l) => lines.push(l))).toBe(2);
    expect(lines.join('\n')).toMatch(/Unknown option '--outt'.*Usage: npm run fetch-data/s);
  });
});
