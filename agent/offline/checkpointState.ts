import type { PolicyState } from './PolicyState.ts';

/**
 * Snapshots the bookkeeping a decision may change and returns the function
 * that restores it, so an action rolled back on the device can be tried again.
 * Failed labels, learnt packages and the clause list are deliberately not
 * restored: what failed must stay failed, and what was learnt stays true.
 */
export function checkpointState(state: PolicyState): () => void {
  const snap = {
    index: state.index,
    progress: {
      ...state.progress,
      consumed: new Set(state.progress.consumed),
      filled: new Set(state.progress.filled),
      cleared: new Set(state.progress.cleared),
    },
    tried: new Set(state.tried),
    scrolls: new Map(state.scrolls),
    backs: state.backs,
    memory: new Map(state.memory),
    lastFactValue: state.lastFactValue,
    pendingApp: state.pendingApp,
  };
  return () => {
    state.index = snap.index;
    state.progress = snap.progress;
    state.tried.clear();
    for (const t of snap.tried) state.tried.add(t);
    state.scrolls.clear();
    for (const [k, v] of snap.scrolls) state.scrolls.set(k, v);
    state.backs = snap.backs;
    state.memory.clear();
    for (const [k, v] of snap.memory) state.memory.set(k, v);
    state.lastFactValue = snap.lastFactValue;
    state.pendingApp = snap.pendingApp;
  };
}
