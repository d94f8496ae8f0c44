/**
 * The mentor (design step 8): after a run it stores the grown FSMs (as
 * deltas, so parallel runs add up), the learned task of a verified run (a
 * skill: agent/skills), and short tips; before a run it retrieves what fits
 * the task: the app graphs, tips, launcher packages, and a learned task
 * whose template the instruction fits (same request, maybe other values).
 */
import { type AppGraph, type FsmTracker, type KnowledgeStore, type Skill, type SkillBody } from '../../../fsm/index.ts';
import { meaningfulWords, sameWord } from '../../offline/words.ts';
import { matchTemplate } from '../../skills/slots.ts';

export interface RetainInput {
  tracker?: FsmTracker;
  /** The run was verified successful: only then is what it did kept as a learned task. */
  success: boolean;
  /** The learned task of this run, when it taught one. */
  skill?: SkillBody;
  /** The learned task this run replayed, and whether the replay held. */
  replayed?: { id: string; ok: boolean };
  tips: Array<{ app: string; text: string }>;
}

export interface RetainResult {
  graphs: number;
  states: number;
  transitions: number;
  skills: number;
  tips: number;
}

const LAUNCHER_TIP = /^launcher: (.+) = ([\w.]+)$/;

export class Mentor {
  constructor(private readonly store: KnowledgeStore | undefined) {}

  get enabled(): boolean {
    return this.store !== undefined;
  }

  /** What the store did on opening that a user should hear (graphs re-keyed, learned tasks dropped). */
  get notices(): readonly string[] {
    return this.store?.notices ?? [];
  }

  /** Every stored app graph, for the tracker to start from. */
  loadGraphs(): AppGraph[] {
    if (!this.store) return [];
    return this.store
      .apps()
      .map((a) => this.store!.loadGraph(a.app))
      .filter((g): g is AppGraph => g !== undefined);
  }

  tips(): string[] {
    if (!this.store) return [];
    return this.store
      .tips()
      .map((t) => t.text)
      .filter((t) => !LAUNCHER_TIP.test(t))
      .slice(-20);
  }

  /** Launcher label -> package pairs learned in earlier runs. */
  launcherPackages(): Array<[string, string]> {
    if (!this.store) return [];
    return this.store
      .tips('')
      .map((t) => LAUNCHER_TIP.exec(t.text))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]);
  }

  /** Learned tasks, best first. */
  skills(): Skill[] {
    return this.store?.skills() ?? [];
  }

  /**
   * Learned tasks that look like the instruction (the words of its template,
   * values aside, mostly shared), for the planner to reuse by intent when the
   * wording differs; at most `limit`, best first.
   */
  similarSkills(instruction: string, limit = 3): Skill[] {
    const want = meaningfulWords(instruction);
    if (want.length === 0) return [];
    return this.skills()
      .filter((s) => s.failures < s.successes)
      .map((s) => {
        // What it does (its verbs and nouns, values aside) and where (its apps' labels).
        const words = new Set([
          ...meaningfulWords(s.template.replace(/\{s\d+\}/g, ' ')),
          ...s.subgoals.flatMap((g) => (g.label ? meaningfulWords(g.label) : [])),
        ]);
        const shared = [...words].filter((w) => want.some((x) => sameWord(x, w))).length;
        return { s, score: shared / Math.max(1, Math.min(words.size, want.length)) };
      })
      .filter((x) => x.score >= 0.5)
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map((x) => x.s);
  }

  /** The apps the store has maps of, and how many screens each. */
  knownApps(): Array<{ app: string; screens: number }> {
    return (this.store?.apps() ?? []).map((a) => ({ app: a.app, screens: a.states }));
  }

  /** A learned task by id (the planner chose it). */
  skillById(id: string): Skill | undefined {
    return this.skills().find((s) => s.id === id);
  }

  /** The best learned task the instruction fits (its template, with the slot values it gives), if any. */
  skillFor(instruction: string): { skill: Skill; values: Record<string, string> } | undefined {
    for (const skill of this.skills()) {
      if (skill.failures >= skill.successes) continue;
      const values = matchTemplate(skill.template, instruction, skill.slots);
      if (values) return { skill, values };
    }
    return undefined;
  }

  retain(input: RetainInput): RetainResult {
    const result: RetainResult = { graphs: 0, states: 0, transitions: 0, skills: 0, tips: 0 };
    const store = this.store;
    if (!store) return result;
    if (input.tracker) {
      for (const delta of input.tracker.takeDelta()) {
        store.saveGraph(delta, { merge: 'add' });
        result.graphs += 1;
        result.states += Object.keys(delta.states).length;
        result.transitions += Object.keys(delta.transitions).length;
      }
    }
    if (input.replayed) store.recordSkillOutcome(input.replayed.id, input.replayed.ok && input.success);
    // A replay that held counts as a success of the skill; anything else learnt by a verified run is (re)stored.
    if (input.success && input.skill && !(input.replayed?.ok && input.replayed.id === input.skill.id)) {
      store.putSkill(input.skill);
      result.skills += 1;
    }
    for (const t of input.tips) {
      store.addTip(t.app, t.text);
      result.tips += 1;
    }
    return result;
  }
}
