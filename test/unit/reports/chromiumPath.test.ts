import { afterEach, describe, expect, it } from 'vitest';
import { ChromiumMissingError, chromiumPath } from '../../browser/launchChromium.ts';

describe('chromiumPath', () => {
  const saved = process.env.MAPLE_CHROMIUM;
  afterEach(() => {
    if (saved === undefined) delete process.env.MAPLE_CHROMIUM;
    else process.env.MAPLE_CHROMIUM = saved;
  });

  it('fails with the fix in the message when Chromium is missing', () => {
    process.env.MAPLE_CHROMIUM = '/nonexistent/chromium';
    expect(() => chromiumPath()).toThrow(ChromiumMissingError);
    expect(() => chromiumPath()).toThrow(/scripts\/ensure-chromium\.mjs.*"chromium" package/);
  });
});
