import { describe, expect, it } from 'vitest';
import { measureIdentity, type LabelledObservation } from '../../../fsm/index.ts';
import { editor, home, settings } from './notesApp.ts';

describe('measureIdentity', () => {
  it('counts pairs kept together and kept apart against the true screen ids', () => {
    const obs: LabelledObservation[] = [
      { trueId: 'home', screen: home(['a']) },
      { trueId: 'home', screen: home(['b', 'c']) },
      { trueId: 'home', screen: home([]) },
      { trueId: 'editor', screen: editor() },
      { trueId: 'settings', screen: settings() },
    ];
    const m = measureIdentity(obs);
    expect(m).toMatchObject({ observations: 5, trueScreens: 3, keys: 3, samePairs: 3, sameKeptTogether: 3, sameRate: 1, differentPairs: 7, differentKeptApart: 7, differentRate: 1, merges: [], splits: [] });
  });

  it('reports merges and splits made by a worse identity', () => {
    const obs: LabelledObservation[] = [
      { trueId: 'home', screen: home(['a']) },
      { trueId: 'home', screen: home(['b']) },
      { trueId: 'editor', screen: editor() },
      { trueId: 'settings', screen: settings() },
    ];
    // A scripted identity that splits home by content and merges editor with settings.
    let i = 0;
    const split = measureIdentity(obs, () => ['k1', 'k2', 'k3', 'k3'][i++]!);
    expect(split.sameRate).toBe(0);
    expect(split.splits).toEqual([{ trueId: 'home', keys: { k1: 1, k2: 1 } }]);
    expect(split.merges).toEqual([{ key: 'k3', trueIds: ['editor', 'settings'] }]);
    expect(split.differentKeptApart).toBe(split.differentPairs - 1);
  });
});
