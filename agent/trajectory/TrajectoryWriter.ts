/**
 * Writes a run's trajectory folder as the run goes (see types.ts for the
 * layout). Each step is appended to steps.jsonl with one write call so that a
 * run killed mid-way leaves every finished step readable; summary.json is
 * written through a temp file and a rename so it is never half-written.
 */
import { mkdirSync, writeFileSync, appendFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import type { RunSummary, StepRecord } from './types.ts';
import { redactSecrets } from './redactSecrets.ts';

export class TrajectoryWriter {
  readonly dir: string;
  private stepCount = 0;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
    mkdirSync(path.join(this.dir, 'steps'), { recursive: true });
    writeFileSync(path.join(this.dir, 'steps.jsonl'), '');
  }

  /** Saves an observation's page source (and screenshot) under steps/NNN/ or final/, returning relative paths. */
  saveObservation(
    slot: number | 'final',
    pageSource: string,
    screenshot?: Buffer,
  ): { pageSource: string; screenshot?: string } {
    const rel = slot === 'final' ? 'final' : path.join('steps', String(slot).padStart(3, '0'));
    mkdirSync(path.join(this.dir, rel), { recursive: true });
    writeFileSync(path.join(this.dir, rel, 'page.xml'), pageSource);
    const result: { pageSource: string; screenshot?: string } = { pageSource: path.join(rel, 'page.xml') };
    if (screenshot) {
      writeFileSync(path.join(this.dir, rel, 'screen.png'), screenshot);
      result.screenshot = path.join(rel, 'screen.png');
    }
    return result;
  }

  appendStep(step: StepRecord): void {
    appendFileSync(path.join(this.dir, 'steps.jsonl'), redactSecrets(JSON.stringify(step)) + '\n');
    this.stepCount += 1;
  }

  get steps(): number {
    return this.stepCount;
  }

  writeSummary(summary: RunSummary): void {
    const target = path.join(this.dir, 'summary.json');
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, redactSecrets(JSON.stringify(summary, null, 2)) + '\n');
    renameSync(tmp, target);
  }
}
