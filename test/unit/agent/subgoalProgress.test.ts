/**
 * The path a completed subgoal hands to the mentor: every step not judged
 * `fail`, in order (a `no_change` step such as a calculator's "=" stays), a
 * failed step only when recovery found it took effect under a pop-up, and
 * nothing a rollback undid.
 */
import { describe, expect, it } from 'vitest';
import type { AbstractAction } from '../../../fsm/index.ts';
import { SubgoalProgress } from '../../../agent/run/SubgoalProgress.ts';

const tap = (label: string): AbstractAction => ({ kind: 'tap', label });
const subgoal = { app: 'Calculator', goal: 'Compute 6 times 7' };
const end = (index: number, endState?: string) => ({ index, subgoal, app: 'com.android.calculator2', endState });
const labels = (p: SubgoalProgress, i = 0) => p.completed[i]!.actions.map((a) => a.label);

describe('SubgoalProgress', () => {
  it('keeps the steps in the order they were taken, and the facts read as fact: waits after them', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('6'), 's0');
    p.addAction(tap('×'), 's0');
    p.addAction(tap('7'), 's0');
    p.addAction(tap('='), 's0');
    p.addFact('result');
    p.complete(end(0, 's0'));
    expect(labels(p)).toEqual(['6', '×', '7', '=', 'fact:result']);
    expect(p.completed[0]!.startState).toBe('s0');
    expect(p.actionCount).toBe(0);
  });

  it('a held (failed) action joins the path only when recovery says it took effect', () => {
    const p = new SubgoalProgress();
    p.addAction(tap('Settings'), 's0');
    p.hold(tap('Display'), 's1');
    p.keepHeld();
    p.hold(undefined);
    p.hold(tap('Sound'), 's2');
    p.hold(undefined);
    p.complete(end(0));
    expect(labels(p)).toEqual(['Settings', 'Display']);
  });

  it('a rollback to the state the failed action started from undoes only that action', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('a'), 's0');
    p.addAction(tap('b'), 's1');
    p.hold(tap('c'), 's2');
    p.rolledBackTo('s2');
    p.complete(end(0));
    expect(labels(p)).toEqual(['a', 'b']);
  });

  it('a rollback to an earlier stable state drops the actions taken since the path was there', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('a'), 's0');
    p.addAction(tap('b'), 's1');
    p.addAction(tap('c'), 's2');
    p.hold(tap('d'), 's3');
    p.rolledBackTo('s1');
    expect(p.actionCount).toBe(1);
    p.addAction(tap('e'), 's1');
    p.complete(end(0));
    expect(labels(p)).toEqual(['a', 'e']);
  });

  it('a rollback to the subgoal start drops the whole path; to an unknown state, nothing', () => {
    const p = new SubgoalProgress();
    p.startFrom('s0');
    p.addAction(tap('a'), 's5');
    p.hold(tap('b'), 's6');
    p.rolledBackTo('elsewhere');
    expect(p.actionCount).toBe(1);
    p.rolledBackTo(undefined);
    expect(p.actionCount).toBe(1);
    p.rolledBackTo('s0');
    expect(p.actionCount).toBe(0);
  });
});
