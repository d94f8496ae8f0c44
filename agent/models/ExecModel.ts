/**
 * A model behind a subprocess speaking JSON lines: we write one Messages API
 * request body per line to its stdin, it writes one Messages API response per
 * line to its stdout. One process serves the whole run; calls are sequential.
 * See docs/models.md for the protocol. ANTHROPIC_API_KEY is not passed on:
 * a local model has no use for it and a stray print would leak it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import readline from 'node:readline';
import { ExecModelError } from './errors.ts';
import { estimateRequestTokens, textTokens } from './estimateTokens.ts';
import { checkMessagesResponse, fromMessagesResponse, toMessagesBody } from './messagesApi.ts';
import { DEFAULT_EXEC_TIMEOUT_MS } from './modelTimeout.ts';
import type { ModelClient, ModelRequest, ModelResult, Usage } from './types.ts';

export interface ExecModelOptions {
  /** Sent as "model" in each request body; "local" by default. */
  model?: string;
  /** Per-request timeout; 120 s by default (`--model-timeout <seconds>` on `maple run` / `maple bench`). */
  timeoutMs?: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

interface Pending {
  resolve: (line: string) => void;
  reject: (error: Error) => void;
}

export class ExecModel implements ModelClient {
  readonly name: string;
  readonly command: string;
  private readonly options: ExecModelOptions;
  private child: ChildProcessWithoutNullStreams | undefined;
  private pending: Pending | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private stderrTail = '';
  private exited: string | undefined;

  constructor(command: string, options: ExecModelOptions = {}) {
    if (command.trim() === '') throw new ExecModelError(command, 'empty command');
    this.command = command;
    this.name = `exec:${command}`;
    this.options = options;
  }

  complete(request: ModelRequest): Promise<ModelResult> {
    // Calls are strictly sequential: one line out, one line back.
    const run = this.queue.then(() => this.exchange(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async exchange(request: ModelRequest): Promise<ModelResult> {
    const body = toMessagesBody(request, this.options.model ?? 'local', { cache: false });
    const child = this.start();
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_EXEC_TIMEOUT_MS;
    const line = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        // A late answer would be taken for the next request's: drop this process, the next call starts a new one.
        this.abandon(child);
        reject(new ExecModelError(this.command, `no response line within ${timeoutMs} ms${this.stderrHint()}`));
      }, timeoutMs);
      this.pending = {
        resolve: (l) => {
          clearTimeout(timer);
          resolve(l);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      child.stdin.write(JSON.stringify(body) + '\n', (err) => {
        // EPIPE: the process closed its end because it is exiting; 'close' then says how it ended (its exit
        // code), which is the useful part. Any other write error is reported as it is.
        if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE')
          this.failPending(`cannot write to stdin: ${err.message}`);
      });
    });
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new ExecModelError(this.command, `response line is not JSON: ${line.slice(0, 200)}`);
    }
    try {
      // A local model that does not count its tokens is counted by the project's own counter.
      return fromMessagesResponse(checkMessagesResponse(json, { usageOptional: true }), () =>
        estimatedUsage(request, json),
      );
    } catch (error) {
      throw new ExecModelError(this.command, `bad response: ${(error as Error).message}`);
    }
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.exited !== undefined)
      throw new ExecModelError(this.command, `process has exited (${this.exited})${this.stderrHint()}`);
    if (this.child) return this.child;
    const { ANTHROPIC_API_KEY: _withheld, ...env } = this.options.env ?? process.env;
    // Its own process group (not on Windows): the command runs through a shell, and killing only the shell
    // would leave the model running, holding our pipes open so that `maple bench` never exits.
    const child = spawn(this.command, {
      shell: true,
      cwd: this.options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    this.child = child;
    child.stdin.on('error', () => undefined); // reported through 'exit' / the pending call instead
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderrTail = (this.stderrTail + chunk).slice(-2000);
    });
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (l) => {
      if (this.child !== child || l.trim() === '') return;
      const p = this.pending;
      this.pending = undefined;
      p?.resolve(l);
    });
    child.on('error', (err) => {
      if (this.child !== child) return;
      this.exited = err.message;
      this.failPending(`cannot start: ${err.message}`);
    });
    // 'close' (not 'exit') so every stdout line is read before we call the process gone.
    child.on('close', (code, signal) => {
      if (this.child !== child) return;
      this.exited = signal ? `signal ${signal}` : `exit code ${code}`;
      this.failPending(`process ended (${this.exited}) before answering`);
    });
    return child;
  }

  private abandon(child: ChildProcessWithoutNullStreams): void {
    if (this.child === child) this.child = undefined;
    killGroup(child);
  }

  private stderrHint(): string {
    const tail = this.stderrTail.trim();
    return tail ? `; its stderr ends with: ${tail.slice(-500)}` : '';
  }

  private failPending(reason: string): void {
    const p = this.pending;
    this.pending = undefined;
    p?.reject(new ExecModelError(this.command, reason + this.stderrHint()));
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.exited !== undefined) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => killGroup(child), 2_000);
      child.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      // Closing stdin is the polite stop: a JSON-lines loop ends at EOF.
      child.stdin.end();
    });
  }
}

/** Usage of an answer without a `usage` field: the request and the answer's content, counted. */
function estimatedUsage(request: ModelRequest, response: unknown): Usage {
  const content = (response as { content?: unknown }).content ?? [];
  return {
    inputTokens: estimateRequestTokens(request).total,
    outputTokens: textTokens(JSON.stringify(content)),
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
  };
}

/** Kills the command and everything it started (its process group), and lets go of its pipes. */
function killGroup(child: ChildProcessWithoutNullStreams): void {
  try {
    if (process.platform === 'win32' || child.pid === undefined) child.kill('SIGKILL');
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  child.stdin.destroy();
  child.stdout.destroy();
  child.stderr.destroy();
}
