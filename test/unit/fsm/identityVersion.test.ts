/**
 * IDENTITY_VERSION must change whenever the state-key rules do: stored graphs carry the version that keyed
 * them and are re-keyed or dropped on a mismatch. This test keys a fixed corpus (the 10 real dumps, the 16
 * DroidBot Yelp states and the hand-written screens of the identity tests) and compares a fingerprint of every
 * key and signature with the one recorded for the current version. When it fails because you changed the
 * rules on purpose: bump IDENTITY_VERSION (fsm/identity/identityVersion.ts, with a line saying what changed)
 * and record the new fingerprint below.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageSource, type Screen } from '../../../drivers/screen/index.ts';
import { IDENTITY_VERSION, importDroidbot, stateKey } from '../../../fsm/index.ts';
import { testData } from '../../support/sharedData.ts';
import {
  alarmPage,
  CLOCK,
  clockMain,
  conversation,
  dialogWindow,
  dump,
  MESSENGER,
  popupMenu,
  timerPage,
  titledList,
} from './fixtures/realLikeScreens.ts';

/** The fingerprint of the corpus under each version's rules (only the current one is checked). */
const FINGERPRINTS: Record<number, string> = {
  2: 'ea19cfc593857f81',
};

const DUMPS = testData('ui-dumps');
const YELP = testData('traces/droidbot-yelp');

function corpus(): Screen[] {
  const dumps = DUMPS.path;
  const real = readdirSync(dumps)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => parsePageSource(readFileSync(path.join(dumps, f))));
  const yelp = [...importDroidbot(YELP.path).screens.values()].map((s) => s.screen);
  const handmade = (['uiautomator', 'appium'] as const).flatMap((format) =>
    [
      dump(format, clockMain('Timer', timerPage('04:59'))),
      dump(
        format,
        clockMain('Alarm', alarmPage(['7:00 AM'])),
        dialogWindow(CLOCK, { title: 'Sort by', options: { labels: ['Time', 'Name'] }, buttons: ['Cancel'] }),
      ),
      dump(format, titledList(MESSENGER, 'Messages', ['Ana']), popupMenu(MESSENGER, ['Archive', 'Settings'])),
      dump(format, conversation('Marco', ['Ciao!'])),
    ].map((s) => parsePageSource(s)),
  );
  return [...real, ...yelp, ...handmade];
}

describe('IDENTITY_VERSION', () => {
  const fingerprinted = 'changes with the state-key rules (fingerprint of keys and signatures over a fixed corpus)';
  it.skipIf(DUMPS.missing || YELP.missing)((DUMPS.missing ? DUMPS : YELP).title(fingerprinted), () => {
    const hash = createHash('sha256');
    for (const screen of corpus()) {
      const k = stateKey(screen);
      hash.update(`${k.key}\n${[...k.signatures.values()].sort().join('\n')}\n`);
    }
    const fingerprint = hash.digest('hex').slice(0, 16);
    expect(
      { version: IDENTITY_VERSION, fingerprint },
      'state keys changed: bump IDENTITY_VERSION and record the new fingerprint in this test',
    ).toEqual({ version: IDENTITY_VERSION, fingerprint: FINGERPRINTS[IDENTITY_VERSION] });
  });
});
