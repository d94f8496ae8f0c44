/**
 * The skills table: learned tasks (fsm/skills) as JSON bodies with their
 * counts. A skill learnt under other screen-identity rules names states that
 * no longer exist, so it is dropped (and the store says so) rather than
 * replayed against the wrong screens.
 */
import type Database from 'better-sqlite3';
import { parseSkillBody } from '../skills/parseSkill.ts';
import type { Skill } from '../skills/Skill.ts';
import { StoreDataError } from './errors.ts';

export type SkillBody = Omit<Skill, 'successes' | 'failures' | 'createdAt' | 'updatedAt'>;

interface SkillRow {
  id: string;
  body: string;
  identity_version: number;
  successes: number;
  failures: number;
  created_at: number;
  updated_at: number;
}

function skillOf(r: SkillRow): Skill {
  let body: unknown;
  try {
    body = JSON.parse(r.body);
  } catch {
    throw new StoreDataError(
      `stored skill ${r.id} is not valid JSON; the row was edited or damaged outside MAPLE. Delete it (maple fsm repair) or relearn the task`,
    );
  }
  return {
    ...parseSkillBody(body, `skill ${r.id}`),
    successes: r.successes,
    failures: r.failures,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Stores a skill learnt by a verified run; one learnt again under the same id replaces its steps and counts once more. */
export function putSkill(db: Database.Database, body: SkillBody, now: number): void {
  db.prepare(
    `INSERT INTO skills (id, template, body, identity_version, successes, failures, created_at, updated_at)
     VALUES (@id, @template, @body, @identity_version, 1, 0, @now, @now)
     ON CONFLICT (id) DO UPDATE SET template = excluded.template, body = excluded.body,
       identity_version = excluded.identity_version, successes = successes + 1, updated_at = excluded.updated_at`,
  ).run({
    id: body.id,
    template: body.template,
    body: JSON.stringify(body),
    identity_version: body.identityVersion,
    now,
  });
}

/** Skills keyed by the current identity rules, best first (more net successes, then the newest). */
export function listSkills(db: Database.Database, identityVersion: number): Skill[] {
  const rows = db
    .prepare('SELECT * FROM skills WHERE identity_version = ? ORDER BY successes - failures DESC, updated_at DESC')
    .all(identityVersion) as SkillRow[];
  return rows.map(skillOf);
}

export function recordSkillOutcome(db: Database.Database, id: string, ok: boolean, now: number): void {
  db.prepare(
    `UPDATE skills SET ${ok ? 'successes = successes + 1' : 'failures = failures + 1'}, updated_at = ? WHERE id = ?`,
  ).run(now, id);
}

/** Skills learnt under other identity rules: how many, and (when writing) removed. */
export function dropStaleSkills(db: Database.Database, identityVersion: number, write: boolean): number {
  const { n } = db.prepare('SELECT count(*) AS n FROM skills WHERE identity_version != ?').get(identityVersion) as {
    n: number;
  };
  if (n > 0 && write) db.prepare('DELETE FROM skills WHERE identity_version != ?').run(identityVersion);
  return n;
}
