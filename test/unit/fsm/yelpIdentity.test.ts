/**
 * Screen identity on a real app: the 16 states of DroidBot's Yelp
 * exploration (../shared/data/traces/droidbot-yelp), labelled by hand into
 * true screens by looking at each state's views. Pairwise precision and
 * recall of our state keys against those labels, and of DroidBot's own
 * content-free structure hash (`state_str_content_free`) for comparison.
 */
import { describe, expect, it } from 'vitest';
import { importDroidbot, measureIdentity } from '../../../fsm/index.ts';
import { testData } from '../../support/sharedData.ts';

const YELP = testData('traces/droidbot-yelp');

/** DroidBot state_str prefix -> true screen, with the reason for the label. */
const LABELS: Record<string, [trueScreen: string, reason: string]> = {
  '36b4f247': ['location-opt-in', 'full-screen "Enable Background Location Access" prompt, Yes/No buttons'],
  f899ce8e: ['splash-login', "splash pager with Continue with Facebook / Log In / I'm New"],
  '68493b69': ['sign-up', '"Sign Up for Yelp" form: via email / Google / Facebook'],
  daf8aa7d: ['signing-up-dialog', 'a progress dialog window alone ("Signing up…"), not the form under it'],
  '8c0b4d9c': ['search-results', 'results toolbar with the query and Filter/Map, list still loading'],
  '58beb4c9': ['search-results', 'the same results screen with its list loaded (content)'],
  '1b8a8ac3': ['bookmarks', '"Bookmarks" toolbar, empty-state message, bottom bar on Bookmarks'],
  '138b509f': ['bookmarks+drawer', 'the same Bookmarks screen with the navigation drawer open over it'],
  b064180e: ['activity-feed', '"Activity" feed, All tab selected, feed still loading'],
  '7690400f': ['activity-feed', 'the same feed, All tab selected, with feed cards (content)'],
  b2f5fbbd: ['user-profile', 'own profile "Ceshi Y.", scrolled down to suggestions'],
  ec90a76a: ['user-profile', 'the same profile at the top (scroll position)'],
  '69bedf7e': ['search-overlay', 'search overlay: query and location fields with suggestions'],
  '6c73d6be': ['nearby', 'Nearby home, scrolled to the category grid'],
  '3932688f': ['nearby', 'the same Nearby home at the top with its invite banner (scroll)'],
  '66561fe6': ['business-page', 'a business page ("Hair by G & E")'],
};

describe.skipIf(YELP.missing)(YELP.title('screen identity on the real Yelp trace, against hand labels'), () => {
  it('labels every state', () => {
    const r = importDroidbot(YELP.path);
    expect([...r.screens.keys()].map((s) => s.slice(0, 8)).sort()).toEqual(Object.keys(LABELS).sort());
  });

  it('our keys reach pairwise precision and recall >= 0.98; DroidBot structure hash shown for comparison', () => {
    const r = importDroidbot(YELP.path);
    const observations = [...r.screens].map(([s, v]) => ({ trueId: LABELS[s.slice(0, 8)]![0], screen: v.screen }));
    const ours = measureIdentity(observations);
    const structure = new Map([...r.screens.values()].map((v) => [v.screen, v.structure!]));
    const droidbot = measureIdentity(observations, (screen) => structure.get(screen)!);
    const line = (m: typeof ours) =>
      `precision ${m.precision.toFixed(3)} recall ${m.recall.toFixed(3)} (${m.keys} keys for ${m.trueScreens} screens)`;
    console.log(`Yelp, ours: ${line(ours)}; DroidBot content-free hash: ${line(droidbot)}`);
    expect(ours.precision, line(ours)).toBeGreaterThanOrEqual(0.98);
    expect(ours.recall, line(ours)).toBeGreaterThanOrEqual(0.98);
    expect(ours.trueScreens).toBe(12);
    // DroidBot's hash keeps every recorded state apart: nothing wrongly merged, and no same-screen pair kept together.
    expect(droidbot.keys).toBe(16);
    expect(droidbot.recall).toBe(0);
  });
});
