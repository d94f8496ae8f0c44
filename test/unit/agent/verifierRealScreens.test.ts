/**
 * The verifier's mis-tap rule on real virtual-phone screens (in-process):
 * a product page whose toolbar is titled with its category ("Board games",
 * also a row on the Shopping home screen) is still the page of the product
 * tapped, while a Settings tap that slipped to the neighbouring row is a
 * mis-tap.
 */
import { describe, expect, it } from 'vitest';
import { parseAction, type Action } from '../../../agent/actions/index.ts';
import { screenFingerprint, type Perception } from '../../../agent/perceive/index.ts';
import { deterministicVerdict } from '../../../agent/roles/index.ts';
import { parsePageSource, type UiElement } from '../../../drivers/screen/index.ts';
import { APPS, Phone, pageSource } from '../../../drivers/virtual-android/src/index.ts';
import { FsmTracker } from '../../../fsm/index.ts';

function perceive(phone: Phone): Perception {
  const xml = pageSource(phone.render());
  const screen = parsePageSource(xml);
  return {
    observation: { pageSource: xml, package: screen.foregroundPackage, activity: '', takenAt: 0 },
    screen,
    fingerprint: screenFingerprint(screen),
    observeMs: 0,
    perceiveMs: 0,
  };
}

function tapOn(el: UiElement): Action {
  const parsed = parseAction('tap', { element: el.id });
  if (!parsed.ok) throw parsed.error;
  return parsed.action;
}

/** Taps `aimed` on an app's first screen but lets the finger land on `landed`; returns the verdict. */
function verdictFor(pkg: string, aimedLabel: RegExp, landedLabel: RegExp) {
  const phone = new Phone(APPS, { seed: 1 });
  phone.launch(pkg);
  const before = perceive(phone);
  const aimed = before.screen.elements.find((e) => e.actionable && aimedLabel.test(e.label));
  const landed = before.screen.elements.find((e) => e.actionable && landedLabel.test(e.label));
  if (!aimed || !landed) throw new Error(`${pkg}'s first screen no longer shows the rows this test taps`);
  const tracker = new FsmTracker();
  const first = tracker.observe(before.screen);
  phone.tap(landed.tapPoint.x, landed.tapPoint.y);
  const after = perceive(phone);
  const second = tracker.observe(after.screen, tracker.actionOn('tap', aimed.id));
  return deterministicVerdict(
    { action: tapOn(aimed), before, after, fsm: { before: first, after: second }, step: 1, task: 't' },
    { fsm: true },
  );
}

describe('verifier: a screen titled after a neighbour', () => {
  it('is not a mis-tap when the new screen shows what was tapped (a product page titled with its category)', () => {
    expect(verdictFor('com.maple.shopping', /^Catan\b/, /^Catan\b/).verdict).toBe('success');
  });

  it('is a mis-tap when the tap landed on the neighbouring row (Settings: aimed at Display)', () => {
    expect(verdictFor('com.android.settings', /^Display\b/, /^Sound\b/)).toMatchObject({
      verdict: 'fail',
      cause: 'mistap',
    });
    expect(verdictFor('com.android.settings', /^Display\b/, /^Display\b/).verdict).toBe('success');
  });
});
