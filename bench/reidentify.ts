/**
 * Element re-identification speed (issue 11): `reidentify` runs for every hint line of every step, so it
 * must cost next to nothing next to the 1 ms FSM budget per observation.
 *   fsm.reidentify            one stored reference looked up on a later screen whose index is built
 *                             (the cost of each hint line after the first). Target p50 <= 0.05 ms.
 *   fsm.reidentify.firstCall  the first lookup on a new screen: builds the screen's index (rows, fields,
 *                             sections, signatures) once, then looks up.
 *   fsm.elementRef            making one reference.
 * Screens: the first page of every virtual app (in-process phone, seed 1), stored, then scrolled by 300 px
 * and observed again; references to every labelled or actionable element of the stored page.
 */
import { parsePageSource, type Screen } from '../drivers/screen/index.ts';
import { APPS, pageSource, Phone } from '../drivers/virtual-android/src/index.ts';
import { elementRef, reidentify, stateKey, type ElementRef, type StateKeyResult } from '../fsm/index.ts';
import { msResult } from './stats.ts';
import type { BenchResult } from './types.ts';

interface Page {
  stored: { screen: Screen; analysis: StateKeyResult };
  laterSource: string;
  activity: string;
}

function pages(): Page[] {
  const phone = new Phone(APPS, { seed: 1 });
  const out: Page[] = [];
  for (const app of APPS.filter((a) => !a.hidden)) {
    phone.launch(app.package);
    let r = phone.render();
    const screen = parsePageSource(pageSource(r), { activity: r.activity });
    const scroller = phone.largestScrollable();
    if (scroller) phone.scrollNode(scroller, 300);
    r = phone.render();
    out.push({ stored: { screen, analysis: stateKey(screen) }, laterSource: pageSource(r), activity: r.activity });
    phone.home();
  }
  return out;
}

export async function runReidentifyBench(rounds = 20): Promise<BenchResult[]> {
  const all = pages();
  const refs: { page: Page; ref: ElementRef }[] = [];
  const refSamples: number[] = [];
  for (const page of all) {
    const { screen, analysis } = page.stored;
    for (const e of screen.elements) {
      if (!analysis.signatures.has(e.id) || (!e.actionable && !e.label)) continue;
      const t0 = performance.now();
      const ref = elementRef(screen, analysis, e.id);
      refSamples.push(performance.now() - t0);
      refs.push({ page, ref });
    }
  }
  const warm: number[] = [];
  const first: number[] = [];
  let found = 0;
  for (let round = 0; round < rounds; round++) {
    for (const page of all) {
      // A fresh parse each round: a new Screen and analysis, as each agent step brings.
      const screen = parsePageSource(page.laterSource, { activity: page.activity });
      const analysis = stateKey(screen);
      let isFirst = true;
      for (const r of refs) {
        if (r.page !== page) continue;
        const t0 = performance.now();
        const hit = reidentify(r.ref, screen, analysis);
        const ms = performance.now() - t0;
        if (round > 0) (isFirst ? first : warm).push(ms);
        if (hit.element) found++;
        isFirst = false;
      }
    }
  }
  const extra = { pages: all.length, references: refs.length, foundPerRound: Math.round(found / rounds) };
  const hint = msResult('fsm.reidentify', warm, 'p50 <= 0.05 ms per hint line', extra);
  hint.extra = { ...hint.extra, verdict: hint.p50 <= 0.05 ? 'pass' : 'FAIL' };
  return [
    hint,
    msResult('fsm.reidentify.firstCall', first, undefined, { note: 'builds the screen index, then looks up' }),
    msResult('fsm.elementRef', refSamples),
  ];
}
