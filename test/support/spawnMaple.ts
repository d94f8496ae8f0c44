/**
 * Runs the `maple` command (cli/maple.mjs) as a user would, in a child
 * process, and lets a test wait for a line on its output (an event, not a
 * sleep) before acting on it, e.g. pressing Ctrl-C once a step was printed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface MapleExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunningMaple {
  child: ChildProcess;
  /** Resolves with the first line of stdout or stderr (so far or to come) matching `pattern`. */
  waitForLine(pattern: RegExp): Promise<string>;
  done: Promise<MapleExit>;
}

export function startMaple(args: string[], env: NodeJS.ProcessEnv = {}): RunningMaple {
  const child = spawn(process.execPath, [path.join(ROOT, 'cli/maple.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
  });
  const output = { stdout: '', stderr: '' };
  const waiters: Array<{ pattern: RegExp; resolve: (line: string) => void }> = [];
  const lines: string[] = [];
  const onLine = (line: string): void => {
    lines.push(line);
    for (const w of waiters.splice(0)) {
      if (w.pattern.test(line)) w.resolve(line);
      else waiters.push(w);
    }
  };
  for (const stream of ['stdout', 'stderr'] as const) {
    let partial = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      output[stream] += chunk;
      partial += chunk;
      const parts = partial.split('\n');
      partial = parts.pop()!;
      parts.forEach(onLine);
    });
  }
  const done = new Promise<MapleExit>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, ...output })),
  );
  return {
    child,
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((l) => pattern.test(l));
        if (seen !== undefined) return resolve(seen);
        waiters.push({ pattern, resolve });
        void done.then((exit) =>
          reject(new Error(`maple exited (${exit.code}) before printing ${pattern}:\n${exit.stdout}\n${exit.stderr}`)),
        );
      }),
    done,
  };
}

/** Runs maple to the end. */
export function runMaple(args: string[], env: NodeJS.ProcessEnv = {}): Promise<MapleExit> {
  return startMaple(args, env).done;
}
