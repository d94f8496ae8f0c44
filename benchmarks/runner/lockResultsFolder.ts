/**
 * One runner per results folder. Two `maple bench` processes appending to the
 * same results.jsonl would both run the same tasks and interleave their
 * results, so a run takes `<out>/.maple-bench.lock` (holding its pid) and a
 * second one is refused while the first is alive. A lock left by a run that
 * was killed (its pid is gone) is taken over, so resume after kill -9 works.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { BenchConfigError } from './errors.ts';

export const LOCK_FILE = '.maple-bench.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the folder's lock; returns the function that releases it. */
export function lockResultsFolder(outDir: string): () => void {
  const file = path.join(outDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new BenchConfigError(
          `${outDir} is in use by another maple bench (pid ${owner}): wait for it to finish or stop it, or choose another --out`,
        );
      }
      rmSync(file, { force: true }); // left by a run that was killed: take it over
    }
  }
  throw new BenchConfigError(
    `could not lock ${outDir} (${LOCK_FILE}): another run keeps taking it; choose another --out`,
  );
}
