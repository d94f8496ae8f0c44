import { describe, expect, it } from 'vitest';
import { ProgressReporter, type ProgressEvent } from '../../../../benchmarks/runner/index.ts';
import type { TaskResult } from '../../../../benchmarks/types.ts';

function result(
  taskId: string,
  success: boolean,
  steps: number,
  wallMs: number,
  extra: Partial<TaskResult> = {},
): TaskResult {
  return {
    taskId,
    success,
    repetition: 0,
    termination: 'finished',
    facts: { steps, wallMs },
    ...extra,
  } as unknown as TaskResult;
}

const ev = (e: Partial<ProgressEvent> & Pick<ProgressEvent, 'type'>): ProgressEvent => ({
  total: 60,
  done: 0,
  resumed: 0,
  running: [],
  ...e,
});

describe('ProgressReporter', () => {
  it('prints one line per finished run with a running tally, and no status line when not live', () => {
    let out = '';
    const p = new ProgressReporter({ write: (t) => (out += t), live: false });
    p.onProgress(ev({ type: 'start', resumed: 3, total: 57 }));
    p.onProgress(ev({ type: 'task-start', running: ['custom:a#0'] }));
    p.onProgress(ev({ type: 'task-end', done: 12, result: result('settings_wifi_off', true, 7, 1234) }));
    p.onProgress(
      ev({
        type: 'task-end',
        done: 13,
        result: result('clock_alarm', false, 1, 65_000, { termination: 'timeout', repetition: 2 }),
      }),
    );
    p.onProgress(ev({ type: 'task-end', done: 14, result: result('x', false, 4, 500) }));
    p.onProgress(ev({ type: 'done' }));
    expect(out.split('\n')).toEqual([
      'resuming: 3 run(s) already in results.jsonl are skipped; 57 to go',
      '[12/60] settings_wifi_off  ✓  7 steps  1.2 s   (1 ✓ 0 ✗)',
      '[13/60] clock_alarm #2  ✗ timeout  1 step  65 s   (1 ✓ 1 ✗)',
      '[14/60] x  ✗  4 steps  0.5 s   (1 ✓ 2 ✗)',
      '',
    ]);
    expect(out).not.toContain('\r');
  });

  it('on a terminal draws a live status line and clears it before each result line', () => {
    let out = '';
    let now = 0;
    const p = new ProgressReporter({ write: (t) => (out += t), live: true, now: () => now });
    p.onProgress(ev({ type: 'start', total: 2 }));
    now = 61_000;
    p.onProgress(ev({ type: 'task-start', total: 2, running: ['custom:a#0', 'custom:b#0'] }));
    expect(out.endsWith('\r\x1b[K0/2 done · 0 ✓ 0 ✗ · running 2: custom:a#0, custom:b#0 · 1:01')).toBe(true);
    p.onProgress(
      ev({ type: 'task-end', total: 2, done: 1, running: ['custom:b#0'], result: result('a', true, 2, 100) }),
    );
    expect(out).toContain('\r\x1b[K[1/2] a  ✓  2 steps  0.1 s   (1 ✓ 0 ✗)\n');
    p.onProgress(ev({ type: 'done', total: 2, done: 2 }));
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });
});
