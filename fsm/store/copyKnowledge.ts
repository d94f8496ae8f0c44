/**
 * Copies what one knowledge store learned into another: graphs merged by
 * adding counts (states and transitions the target lacks are added), shortcuts
 * put (a newer one replaces the same subgoal's), tips added when new. Used by
 * the demo, which learns in a scratch store and then keeps what it learned.
 */
import { KnowledgeStore } from './KnowledgeStore.ts';

export interface CopiedKnowledge {
  apps: number;
  states: number;
  shortcuts: number;
  tips: number;
}

export function copyKnowledge(fromDir: string, toDir: string): CopiedKnowledge {
  const from = KnowledgeStore.open({ dir: fromDir, readonly: true });
  const to = KnowledgeStore.open({ dir: toDir });
  try {
    const copied: CopiedKnowledge = { apps: 0, states: 0, shortcuts: 0, tips: 0 };
    for (const { app } of from.apps()) {
      const graph = from.loadGraph(app);
      if (!graph) continue;
      to.saveGraph(graph, { merge: 'add' });
      copied.apps += 1;
      copied.states += Object.keys(graph.states).length;
    }
    for (const s of from.shortcuts()) {
      to.putShortcut({
        app: s.app,
        subgoal: s.subgoal,
        actions: s.actions,
        ...(s.startState ? { startState: s.startState } : {}),
        ...(s.endState ? { endState: s.endState } : {}),
      });
      copied.shortcuts += 1;
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
