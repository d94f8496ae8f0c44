/**
 * `npm run fetch-data [-- --out <dir>] [-- --force]`: downloads the pinned
 * third-party data (real UI dumps, the DroidBot Yelp trace, SPA-Bench,
 * Mobile-Eval-E, AndroidWorld) from GitHub into shared-data/ (or --out), where
 * the tests and `npm run bench` find it. Exit code 0 when every file is there
 * with its pinned hash, 1 when a download failed or a pinned file differs, 2
 * for bad arguments.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fetchData, fetchSucceeded } from './fetchData.ts';
import { FETCHED_DATA_DIR, sharedDataCandidates } from './sharedData.ts';

export async function runFetchData(
  argv: string[],
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  let values: { out?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    write(`fetch-data: ${(error as Error).message}. Usage: npm run fetch-data [-- --out <dir>] [-- --force]`);
    return 2;
  }
  if (values.help) {
    write('Usage: npm run fetch-data [-- --out <dir>] [-- --force]');
    write(`Downloads the pinned third-party test data into ${FETCHED_DATA_DIR} (or --out).`);
    return 0;
  }
  const dest = path.resolve(values.out ?? FETCHED_DATA_DIR);
  write(`fetch-data: downloading the pinned third-party data into ${dest}`);
  const report = await fetchData({ dest, force: values.force ?? false, log: (line) => write(`  ${line}`) });
  const stored = report.fetched.length + report.kept.length + report.mismatched.length;
  write(
    `fetch-data: ${report.fetched.length} fetched, ${report.kept.length} already there, ` +
      `${report.mismatched.length} different from the pinned copy, ${report.failed.length} failed` +
      (stored > 0 ? `; sources and licences in ${path.join(dest, 'LICENSES.md')}` : ''),
  );
  if (report.unreachable) write(`fetch-data: could not reach GitHub (${report.unreachable}); nothing more was tried.`);
  if (report.failed.length > 0)
    write('fetch-data: run it again when the network is back: it fetches only what is missing.');
  if (!fetchSucceeded(report))
    write(
      'fetch-data: tests that read a missing or different file may fail; the copies CI uses are described in docs/benchmarks.md.',
    );
  const found = sharedDataCandidates().find((dir) => path.resolve(dir) === dest);
  if (!found) write(`fetch-data: tests look elsewhere by default; run them with MAPLE_SHARED_DATA=${dest}`);
  return fetchSucceeded(report) ? 0 : 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  process.exitCode = await runFetchData(process.argv.slice(2));
}
