/**
 * The relaunch path of a rollback attempt: forward moves go on while the
 * phone is on a state of the relaunch plan, also after a slipped tap left it
 * where it was; off the path (or before any relaunch) they do not.
 */
import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../../agent/actions/index.ts';
import { RelaunchPath } from '../../../agent/run/RelaunchPath.ts';
import type { RecoveryPlan } from '../../../fsm/index.ts';

function action(name: string, input: Record<string, unknown>): Action {
  const r = parseAction(name, { ...input, reason: 'test' });
  if (!r.ok) throw r.error;
  return r.action;
}

const relaunch = action('open_app', { package: 'com.example.notes', fresh: true });
const tap = action('tap', { element: 'e3' });
const plan: RecoveryPlan = {
  strategy: 'relaunch',
  target: 'DETAILS',
  actions: [{ kind: 'relaunch', app: 'com.example.notes' }, { kind: 'tap' }, { kind: 'tap' }],
  expected: ['LIST', 'SEARCH', 'DETAILS'],
  reachesTarget: true,
};

describe('RelaunchPath', () => {
  it('holds on the states of the plan, including where a slipped tap left the phone', () => {
    const path = new RelaunchPath();
    expect(path.holds('LIST')).toBe(false); // no relaunch yet
    path.start();
    path.moved({ action: relaunch, plan }, 'LIST');
    expect(path.holds('LIST')).toBe(true);
    path.moved({ action: tap, plan }, 'LIST'); // the tap on "Search" slipped: still on the list
    expect(path.holds('LIST')).toBe(true);
    expect(path.holds('BLUETOOTH')).toBe(false); // a slip that went elsewhere: no forward move from there
  });

  it('a fresh start hidden by a pop-up lands where the phone is once it is cleared', () => {
    const path = new RelaunchPath();
    path.start();
    path.moved({ action: relaunch, plan: { ...plan, expected: [] } }, undefined);
    expect(path.holds('HOME')).toBe(true);
    expect(path.holds('ELSEWHERE')).toBe(false);
  });
});
