/**
 * Honest endings (issue 15): a task that names nothing to do, or does not say
 * who or which one, ends at once through the real `maple run` with "I do not
 * understand this task" and exit 2, and the knowledge store it was given holds
 * no learned task, tip or transition afterwards. (The launcher screen the run
 * looked at to read the app names may be kept as a state: that is a fact about
 * the phone, not a success.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../../../fsm/store/index.ts';
import { runMaple } from '../../support/spawnMaple.ts';

const root = mkdtempSync(path.join(tmpdir(), 'maple-not-understood-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const TASKS = [
  { name: 'gibberish', task: 'flurb the quuxle zorp 99 %%% ;;', why: /names no app/ },
  {
    name: 'underspecified',
    task: 'Find the phone number of a contact and email it to someone',
    why: /does not say who or which one/,
  },
];

describe('maple run: a task it cannot read ends non-zero and is not learnt', () => {
  it.each(TASKS)(
    '$name: exit 2, "I do not understand this task", nothing learnt in --store',
    async ({ name, task, why }) => {
      const store = path.join(root, `${name}-store`);
      const r = await runMaple(['run', task, '--store', store, '--out', path.join(root, `${name}-run`)], {
        MAPLE_HOME: path.join(root, 'home'),
      });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stdout).toMatch(/^failed: not_understood \(I do not understand this task: /m);
      expect(r.stdout).toMatch(why);
      expect(r.stdout).toMatch(/^steps: 0 /m);
      expect(r.stdout).not.toMatch(/^done:/m);

      const knowledge = KnowledgeStore.open({ dir: store, readonly: true });
      try {
        expect(knowledge.skills()).toEqual([]);
        expect(knowledge.tips()).toEqual([]);
        for (const app of knowledge.apps()) expect(app.transitions, app.app).toBe(0);
      } finally {
        knowledge.close();
      }
    },
    180_000,
  );
});
