import { describe, expect, it } from 'vitest';
import {
  evaluateRubrics,
  evaluateSpaBench,
  evaluateState,
  matchKeyComponents,
  screenTextFromPageSource,
  type Judge,
  type ScreenText,
} from '../../../benchmarks/evaluators/index.ts';

const screens: ScreenText[] = [
  { index: 0, text: 'Airbnb\nWhere to?' },
  { index: 1, text: 'Search\nWembley  Stadium\n1 guest\nTonight' },
  { index: 2, text: 'Stays near Wembley\n2 guests' },
];

describe('state evaluator', () => {
  it('passes with evidence and explains failures', () => {
    const gt = { clock: { alarms: [{ time: '07:30', enabled: true }] } };
    const ok = evaluateState({ path: 'clock.alarms[*]', some: { path: 'time', equals: '07:30' } }, gt);
    expect(ok).toMatchObject({ evaluator: 'state', success: true });
    const bad = evaluateState(
      {
        all: [{ path: 'clock.alarms[0].enabled', equals: false, label: 'alarm off' }, { answer: { contains: 'done' } }],
      },
      gt,
      'ok',
    );
    expect(bad.success).toBe(false);
    expect(bad.reason).toMatch(/2 of 2 check\(s\) fail: alarm off equals false \(found true\)/);
    expect(bad.evidence).toHaveLength(2);
  });
});

describe('screen text from page source', () => {
  it('collects text and content-desc, decoding entities', () => {
    const xml =
      '<hierarchy><node text="Tom &amp; Jerry" content-desc="" /><node text="" content-desc="Search &#x4E2D;" /><android.widget.TextView text="3 &lt; 4"/></hierarchy>';
    expect(screenTextFromPageSource(xml)).toBe('Tom & Jerry\nSearch 中\n3 < 4');
  });
});

describe('key components (SPA-Bench coarse check)', () => {
  it('finds the last screen holding every component, ignoring case and spaces', () => {
    const r = matchKeyComponents(['1', 'guest', 'wembley', 'stadium'], screens);
    expect(r.pass).toBe(true);
    // Screen 2 lacks "stadium"; scanning backwards, screen 1 is the match.
    expect(r.matchedScreen).toBe(1);
    expect(r.components.find((c) => c.component === 'stadium')).toMatchObject({ found: true, foundOn: [1] });
    expect(r.components.find((c) => c.component === 'wembley')?.context).toContain('Wembley Stadium');
    expect(matchKeyComponents(['WEMBLEYSTADIUM'], screens).pass).toBe(true);
  });

  it('fails when no single screen holds all, with per-component evidence on the final screen', () => {
    const r = matchKeyComponents(['stadium', '2 guests'], screens);
    expect(r.pass).toBe(false);
    expect(r.matchedScreen).toBeNull();
    expect(r.decidingScreen).toBe(2);
    expect(r.components.map((c) => [c.component, c.found, c.foundOn])).toEqual([
      ['stadium', false, [1]],
      ['2 guests', true, [2]],
    ]);
  });

  it('can be restricted to the final screens', () => {
    expect(matchKeyComponents(['stadium'], screens, { lastN: 1 }).pass).toBe(false);
    expect(matchKeyComponents(['港币', '欧元'], [{ index: 0, text: '港币 兑 欧元 汇率' }]).pass).toBe(true);
  });
});

describe('SPA-Bench evaluator', () => {
  const yes: Judge = async (prompt) => ({ success: true, reason: `saw ${prompt.length} chars` });

  it('asks the judge only after the coarse check passes', async () => {
    const prompts: string[] = [];
    const judge: Judge = async (p) => {
      prompts.push(p);
      return { success: false, reason: 'wrong dates' };
    };
    const failCoarse = await evaluateSpaBench({
      instruction: 'Search Wembley',
      keyComponents: ['nowhere'],
      screens,
      judge,
    });
    expect(failCoarse).toMatchObject({ success: false, judge: { asked: false } });
    expect(failCoarse.reason).toMatch(/missing on the final screen: "nowhere"/);
    expect(prompts).toHaveLength(0);

    const judged = await evaluateSpaBench({
      instruction: 'Search Wembley',
      keyComponents: ['wembley'],
      screens,
      judge,
      actions: ["tap 'Search'"],
    });
    expect(judged).toMatchObject({ success: false, judge: { asked: true, success: false, reason: 'wrong dates' } });
    expect(prompts[0]).toContain('Task: Search Wembley');
    expect(prompts[0]).toContain("1. tap 'Search'");
    expect(prompts[0]).toContain('--- screen 2 ---');
    expect(prompts[0]).toContain('Key components expected on the final screen: "wembley"');
  });

  it('without a judge the coarse check decides; with none of either it cannot', async () => {
    expect(await evaluateSpaBench({ instruction: 't', keyComponents: ['guest'], screens })).toMatchObject({
      success: true,
      judge: { asked: false },
    });
    expect(await evaluateSpaBench({ instruction: 't', keyComponents: null, screens })).toMatchObject({
      success: false,
      coarse: null,
    });
  });

  it('cross-app tasks (no key components) go straight to the judge with their subtasks', async () => {
    let seen = '';
    const v = await evaluateSpaBench({
      instruction: 'Compare Catan prices',
      keyComponents: null,
      subtasks: ['Amazon: find the price', 'Temu: find the price'],
      screens,
      judge: async (p) => {
        seen = p;
        return { success: true, reason: 'both prices seen' };
      },
    });
    expect(v.success).toBe(true);
    expect(seen).toContain('2. Temu: find the price');
    expect(await evaluateSpaBench({ instruction: 't', keyComponents: null, screens, judge: yes })).toMatchObject({
      success: true,
    });
  });

  it('a failing judge gives a failed verdict with the error', async () => {
    const v = await evaluateSpaBench({
      instruction: 't',
      keyComponents: null,
      screens,
      judge: async () => Promise.reject(new Error('rate limited')),
    });
    expect(v).toMatchObject({ success: false, judge: { asked: true, error: 'Error: rate limited' } });
    expect(await evaluateSpaBench({ instruction: 't', keyComponents: ['x'], screens: [], judge: yes })).toMatchObject({
      success: false,
      reason: 'no screens recorded',
    });
  });
});

describe('rubric evaluator', () => {
  const rubrics = ['Opened Maps', 'Searched for bakeries', 'Stopped at the route'];
  const judge: Judge = async (p) => {
    if (p.includes('Rubric item 3 of 3')) throw new Error('timeout');
    return { success: !p.includes('Rubric item 2 of 3'), reason: 'checked' };
  };

  it('judges each rubric with its own verdict and the satisfied fraction', async () => {
    const v = await evaluateRubrics({ instruction: 'Find a bakery', rubrics, screens, judge });
    expect(v.rubrics.map((r) => [r.rubric, r.satisfied])).toEqual([
      ['Opened Maps', true],
      ['Searched for bakeries', false],
      ['Stopped at the route', false],
    ]);
    expect(v.rubrics[2]?.error).toBe('Error: timeout');
    expect(v.satisfiedFraction).toBeCloseTo(1 / 3);
    expect(v.success).toBe(false);
    expect(v.reason).toBe('1/3 rubric item(s) satisfied (threshold 1)');
  });

  it('succeeds at the threshold', async () => {
    const v = await evaluateRubrics({
      instruction: 'x',
      rubrics: rubrics.slice(0, 2),
      screens,
      judge: async (p) => ({ success: p.includes('item 1 of'), reason: '' }),
      threshold: 0.5,
    });
    expect(v).toMatchObject({ success: true, satisfiedFraction: 0.5, threshold: 0.5 });
  });
});
