/**
 * The path a completed subgoal hands to the learned task: every step not
 * judged `fail`, in order (a `no_change` step such as a calculator's "="
 * stays) with the states it went from and to; facts read with where they
 * showed; a failed step judged so for want of proof joins the path unless a
 * rollback undid it; a mis-tap never does.
 */
import { describe, expect, it } from 'vitest';
import type { AbstractAction, SkillFactSource } from '../../../fsm/index.ts';
import { SubgoalProgress } from '../../../agent/run/SubgoalProgress.ts';

const tap = (label: string): AbstractAction => ({ kind: 'tap', label });
const subgoal = { app: 'Calculator', goal: 'Compute 6 times 7' };
const end = (index: number, endState?: string) => ({
  index,
  subgoal,
  app: 'com.android.calculator2',
  endState,
  replayed: false,
});
const labels = (p: SubgoalProgress, i = 0) =>
  p.completed[i]!.steps.map((s) => (s.kind === 'act' ? s.action.label : `read:${s.fact}`));
const source = { kind: 'number', pick: 0, of: 1 } as unknown as SkillFactSource;

describe('SubgoalProgress', () => {
  it('keeps the steps in order with their states, and the facts read where they showed', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('6'), 's0', 's0');
    p.addAction(tap('×'), 's0', 's0');
    p.addAction(tap('7'), 's0', 's0');
    p.addAction(tap('='), 's0', 's0');
    p.addFact('result', source, 's0');
    p.addFact('worked out', undefined);
    p.complete(end(0, 's0'));
    expect(labels(p)).toEqual(['6', '×', '7', '=', 'read:result']);
    expect(p.completed[0]!.steps[0]).toMatchObject({ from: 's0', to: 's0' });
    expect(p.completed[0]!.unreadFacts).toEqual(['worked out']);
    expect(p.completed[0]!.end).toEqual({ state: 's0' });
    expect(p.actionCount).toBe(0);
  });

  it('a step failed for want of proof joins the path unless rolled back; a mis-tap never does', () => {
    const p = new SubgoalProgress();
    p.addAction(tap('Settings'), 's0', 's1');
    // "Save" judged failed by an unconfirmed expectation, not rolled back: it did its work.
    p.hold(tap('Save'), 'expectation', 's1', 's2');
    p.recovered(undefined);
    // A mis-tap, whatever recovery did, is not on the path.
    p.hold(tap('Sound'), 'mistap', 's2', 's3');
    p.recovered(undefined);
    // Rolled back to where it started: undone.
    p.hold(tap('Delete'), 'model', 's2', 's4');
    p.recovered('s2');
    p.complete(end(0));
    expect(labels(p)).toEqual(['Settings', 'Save']);
  });

  it('a rollback to an earlier state drops the steps taken since the path was there', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('a'), 's0');
    p.addAction(tap('b'), 's1');
    p.addAction(tap('c'), 's2');
    p.hold(tap('d'), 'unexpected_state', 's3');
    p.recovered('s1');
    expect(p.actionCount).toBe(1);
    p.addAction(tap('e'), 's1');
    p.complete(end(0));
    expect(labels(p)).toEqual(['a', 'e']);
  });

  it('a rollback to the subgoal start drops the whole path', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('a'), 's5');
    p.recovered('s0');
    expect(p.actionCount).toBe(0);
  });
});
