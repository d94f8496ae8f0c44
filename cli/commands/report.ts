/** `maple report <dir>`: the HTML report of a run's trajectory or of a benchmark output folder. */
import type { Command } from 'commander';

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'write one self-contained HTML report of a run (trajectory folder) or a benchmark (output folder with results.jsonl)',
    )
    .argument('<dir>', "a run's trajectory folder or a benchmark output folder")
    .option('-o, --out <file>', 'HTML file to write (default: <dir>/report.html)')
    .option('--max-image-width <px>', 'downscale screenshots to this width', (v) => Number.parseInt(v, 10), 360)
    .option('--no-run-reports', 'benchmark: do not (re)write each task run report')
    .action(async (dir: string, opts: { out?: string; maxImageWidth: number; runReports: boolean }) => {
      const { buildReport } = await import('../../reports/index.ts');
      const result = buildReport(dir, opts.out, { maxImageWidth: opts.maxImageWidth, runReports: opts.runReports });
      if (result.kind === 'bench') {
        process.stdout.write(
          `benchmark report: ${result.out} (${mb(result.bytes)}; ${result.runReports.length} run reports, ${mb(result.totalBytes)} in all)\n`,
        );
      } else {
        process.stdout.write(`run report: ${result.out} (${mb(result.bytes)}, ${result.images} screenshots)\n`);
      }
    });
}
