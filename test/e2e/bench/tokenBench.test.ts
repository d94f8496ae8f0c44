/**
 * The token benchmark (bench/tokens.ts) on two tasks of the virtual suite:
 * the figures issue 12 is judged on, from real agent requests counted by the
 * token account, with the parts of an executor request adding up to it and
 * the `always` pass carrying a screenshot on every executor request.
 */
import { describe, expect, it } from 'vitest';
import { TOKEN_TARGETS, runTokenBench } from '../../../bench/tokens.ts';

describe('the token benchmark', () => {
  it('reports per request, per cross-app run and calls per step, with where a request goes', async () => {
    const results = await runTokenBench({ tasks: ['settings_wifi_off', 'x_catan_price_to_bob'] });
    expect(results.map((r) => r.name)).toEqual([
      'tokens (auto): executor input per request, without its screenshot',
      'tokens (auto): input per cross-app run, screenshots included',
      'tokens (auto): model calls per step',
      'tokens (always): input per cross-app run, screenshots included',
    ]);
    const [request, crossAuto, calls, crossAlways] = results as [
      (typeof results)[0],
      (typeof results)[0],
      (typeof results)[0],
      (typeof results)[0],
    ];
    expect(request.n).toBe(2);
    expect(crossAuto.extra).toMatchObject({ crossAppRuns: 1 });
    expect(crossAlways.extra).toMatchObject({ crossAppRuns: 1, runs: 1 });

    // Every part of a request is accounted for: the parts add up to the mean request (rounding aside).
    const extra = request.extra!;
    const parts = Object.entries(extra).filter(([k]) => k.startsWith('request.'));
    expect(parts.map(([k]) => k).sort()).toEqual(
      ['request.fsm', 'request.history', 'request.screen', 'request.system', 'request.task', 'request.tools'].sort(),
    );
    const sum = parts.reduce((a, [, v]) => a + Number(v), 0);
    expect(Math.abs(sum - Number(extra.mean))).toBeLessThan(1);

    // With `always` every executor request carries one screenshot, and it costs tokens on top of the listing.
    expect(crossAlways.extra!.withScreenshot).toBe(crossAlways.extra!.requests);
    expect(Number(crossAlways.extra!.requests)).toBeGreaterThan(0);
    expect(Number(crossAlways.extra!.mean)).toBeGreaterThan(Number(crossAuto.extra!.mean));

    expect(Number(extra.mean)).toBeLessThanOrEqual(TOKEN_TARGETS.executorRequestWithoutImage);
    expect(Number(calls.extra!.mean)).toBeLessThanOrEqual(TOKEN_TARGETS.callsPerStep);
    for (const r of results)
      expect(r.extra!.verdict, r.name).toBe(Number(r.extra!.mean) <= parseTarget(r.target!) ? 'pass' : 'FAIL');
  }, 300_000);
});

/** "mean <= 40,000" -> 40000 */
function parseTarget(target: string): number {
  return Number(target.replace(/^mean <= /, '').replace(/,/g, ''));
}
