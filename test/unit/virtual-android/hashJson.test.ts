/** The digests' hash: equal JSON values hash alike whatever their key order; any change of value changes it. */
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashJson } from '../../../drivers/virtual-android/src/phone/groundTruth/index.ts';

describe('hashJson', () => {
  it('ignores the order object keys were written in, at every depth', () => {
    const a = { wifi: { enabled: true, saved: ['Home', 'Office'] }, dark: false };
    const b = { dark: false, wifi: { saved: ['Home', 'Office'], enabled: true } };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(hashJson(a)).toBe(hashJson(b));
    expect(hashJson(a)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes with any value, with array order, and tells a missing key from null', () => {
    const base = hashJson({ list: [1, 2], name: 'x' });
    expect(hashJson({ list: [2, 1], name: 'x' })).not.toBe(base);
    expect(hashJson({ list: [1, 2], name: 'y' })).not.toBe(base);
    expect(hashJson({ list: [1, 2], name: 'x', extra: null })).not.toBe(base);
    expect(hashJson({ list: [1, 2], name: '1' })).not.toBe(hashJson({ list: [1, 2], name: 1 }));
  });
});
