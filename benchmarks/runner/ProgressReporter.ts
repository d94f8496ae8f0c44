/**
 * The runner's progress display. One line per finished run, with a running
 * tally:
 *   [12/60] settings_wifi_off  ✓  7 steps  1.2 s   (11 ✓ 1 ✗)
 * On an interactive terminal (and not in CI) a live status line below them
 * shows what is running, redrawn at most once a second and on each event;
 * otherwise nothing but the per-run lines, so CI logs stay short.
 */
import type { ProgressEvent } from './types.ts';

export interface ProgressReporterOptions {
  write: (text: string) => void;
  /** Draw the live status line (pass `process.stdout.isTTY && !process.env.CI`). */
  live: boolean;
  now?: () => number;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export class ProgressReporter {
  private ok = 0;
  private failed = 0;
  private statusShown = false;
  private last: ProgressEvent | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly started: number;
  private readonly now: () => number;

  constructor(private readonly options: ProgressReporterOptions) {
    this.now = options.now ?? Date.now;
    this.started = this.now();
  }

  /** The function to pass as runSuite's onProgress. */
  readonly onProgress = (event: ProgressEvent): void => {
    this.last = event;
    switch (event.type) {
      case 'start':
        if (event.resumed > 0)
          this.line(`resuming: ${event.resumed} run(s) already in results.jsonl are skipped; ${event.total} to go`);
        if (this.options.live && !this.timer) {
          this.timer = setInterval(() => this.drawStatus(), 1000);
          this.timer.unref();
        }
        break;
      case 'task-end': {
        const r = event.result;
        if (!r) break;
        if (r.success) this.ok++;
        else this.failed++;
        const width = String(event.total).length;
        const mark = r.success ? '✓' : `✗${r.termination === 'finished' ? '' : ` ${r.termination}`}`;
        const name = r.repetition > 0 ? `${r.taskId} #${r.repetition}` : r.taskId;
        this.line(
          `[${String(event.done).padStart(width)}/${event.total}] ${name}  ${mark}  ${r.facts.steps} step${r.facts.steps === 1 ? '' : 's'}  ${seconds(r.facts.wallMs)}   (${this.ok} ✓ ${this.failed} ✗)`,
        );
        break;
      }
      case 'slot-recreated':
        this.line(`device slot ${event.slot} recreated${event.message ? `: ${event.message}` : ''}`);
        break;
      case 'done':
        this.stop();
        break;
      default:
        break;
    }
    this.drawStatus();
  };

  /** Stops the live line (idempotent). */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clearStatus();
    this.last = null;
  }

  private line(text: string): void {
    this.clearStatus();
    this.options.write(`${text}\n`);
  }

  private clearStatus(): void {
    if (this.statusShown) this.options.write('\r\x1b[K');
    this.statusShown = false;
  }

  private drawStatus(): void {
    if (!this.options.live || !this.last || this.last.type === 'done') return;
    const e = this.last;
    const names = e.running.slice(0, 3).join(', ') + (e.running.length > 3 ? ', …' : '');
    const text = `${e.done}/${e.total} done · ${this.ok} ✓ ${this.failed} ✗ · running ${e.running.length}${names ? `: ${names}` : ''} · ${clock(this.now() - this.started)}`;
    const cols = process.stdout.columns || 100;
    this.options.write(`\r\x1b[K${text.length > cols - 1 ? `${text.slice(0, cols - 2)}…` : text}`);
    this.statusShown = true;
  }
}
