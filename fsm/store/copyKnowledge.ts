/**
 * Copies what one knowledge store learned into another: graphs merged by
 * adding counts (states and transitions the target lacks are added), skills
 * put (one with the same id counts once more), tips added when new. Used by
 * the demo, which learns in a scratch store and then keeps what it learned.
 */
import { KnowledgeStore } from './KnowledgeStore.ts';

export interface CopiedKnowledge {
  apps: number;
  states: number;
  skills: number;
  tips: number;
}

export function copyKnowledge(fromDir: string, toDir: string): CopiedKnowledge {
  const from = KnowledgeStore.open({ dir: fromDir, readonly: true });
  const to = KnowledgeStore.open({ dir: toDir });
  try {
    const copied: CopiedKnowledge = { apps: 0, states: 0, skills: 0, tips: 0 };
    for (const { app } of from.apps()) {
      const graph = from.loadGraph(app);
      if (!graph) continue;
      to.saveGraph(graph, { merge: 'add' });
      copied.apps += 1;
      copied.states += Object.keys(graph.states).length;
    }
    for (const { successes: _s, failures: _f, createdAt: _c, updatedAt: _u, ...body } of from.skills()) {
      to.putSkill(body);
      copied.skills += 1;
    }
    const known = new Set(to.tips().map((t) => `${t.app}\u0000${t.text}`));
    for (const tip of from.tips()) {
      if (known.has(`${tip.app}\u0000${tip.text}`)) continue;
      to.addTip(tip.app, tip.text);
      copied.tips += 1;
    }
    return copied;
  } finally {
    from.close();
    to.close();
  }
}
