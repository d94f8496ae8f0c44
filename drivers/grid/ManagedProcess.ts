/**
 * A child process of the Grid (the hub, a relay node, an Appium server) with
 * its output in a log file, a way to wait until it is ready that fails early
 * (with the log's tail) when it dies first, and stop/kill by its own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { GridStartError } from './errors.ts';

export class ManagedProcess {
  private readonly child: ChildProcess;
  private exitCode: number | null | undefined = undefined;
  /** Settles when the process has exited (code, or null when a signal ended it). */
  readonly exited: Promise<number | null>;

  constructor(
    /** What it is, for messages: "hub", "relay node 2", "Appium server 2". */
    readonly label: string,
    command: string,
    args: readonly string[],
    readonly logFile: string,
    options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
  ) {
    const fd = openSync(logFile, 'a');
    this.child = spawn(command, args, { stdio: ['ignore', fd, fd], cwd: options.cwd, env: options.env ?? process.env });
    closeSync(fd);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code) => {
        this.exitCode = code;
        resolve(code);
      });
      this.child.once('error', () => {
        this.exitCode = -1;
        resolve(-1);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** The last lines of the log, for error messages. */
  logTail(lines = 15): string {
    try {
      return readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /**
   * Polls `check` until it returns a value other than undefined; throws a
   * GridStartError when the process exits first or `timeoutMs` passes.
   */
  async waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running)
        throw new GridStartError(
          `${this.label} exited (code ${this.exitCode}) before ${what}. Its log (${this.logFile}):\n${this.logTail()}`,
        );
      const value = await check().catch(() => undefined);
      if (value !== undefined) return value;
      if (Date.now() > deadline)
        throw new GridStartError(
          `${this.label} did not reach "${what}" within ${timeoutMs / 1000} s. Its log (${this.logFile}):\n${this.logTail()}`,
        );
      await Promise.race([new Promise((r) => setTimeout(r, 250)), this.exited]);
    }
  }

  /** SIGKILL: the process dies at once, as on a crash or a lost machine. */
  async kill(): Promise<void> {
    if (this.running) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM, then SIGKILL when it has not exited after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    if (!this.running) return;
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), graceMs);
    });
    const result = await Promise.race([this.exited, late]);
    clearTimeout(timer);
    if (result === 'late') await this.kill();
  }
}
