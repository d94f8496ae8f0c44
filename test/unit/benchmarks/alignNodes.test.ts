/**
 * Elements of a parsed virtual-phone screen get the device's true node identity: every element one
 * identity, matching its own node (fields showing their hint included), and a clear error when the
 * identities came from another render.
 */
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { APPS, crawlScreens, nodeKeys, pageSource, Phone } from '../../../drivers/virtual-android/src/index.ts';
import { AlignmentError, elementIdentities } from '../../../benchmarks/reidentification/index.ts';

describe('elementIdentities', () => {
  it('gives every element of every Clock screen its own node identity', () => {
    const phone = new Phone(APPS, { seed: 2 });
    const screens = crawlScreens(phone, { packages: ['com.android.deskclock'] });
    expect(screens.size).toBeGreaterThan(5);
    let hintFields = 0;
    for (const [id, s] of screens) {
      phone.restore(s.state);
      const source = pageSource(phone.render());
      const screen = parsePageSource(source);
      const ids = elementIdentities(source, screen, nodeKeys(phone).nodes);
      expect(ids.size, id).toBe(screen.elements.length);
      expect(new Set(ids.values()).size, id).toBe(screen.elements.length);
      for (const e of screen.elements) {
        // The identity's last step is this element's own node: its class and id, or its class and key.
        const own = ids.get(e.id)!;
        const indexed = own.endsWith(`/${e.className}#${e.resourceId}[`, own.lastIndexOf('[') + 1);
        const keyed = /\{[^{}]*\}$/.test(own) && own.includes(`/${e.className}{`);
        expect(indexed || keyed, `${id} ${e.id}: ${own}`).toBe(true);
        if (e.role === 'input' && e.text === '' && e.hint) hintFields++;
      }
    }
    expect(hintFields, 'an empty field showing its hint was aligned').toBeGreaterThan(0);
  });

  it('refuses identities from another render, saying how to fetch them', () => {
    const phone = new Phone(APPS, { seed: 2 });
    phone.launch('com.android.deskclock');
    const source = pageSource(phone.render());
    const keys = nodeKeys(phone).nodes;
    expect(() => elementIdentities(source, parsePageSource(source), keys.slice(1))).toThrow(AlignmentError);
    expect(() => elementIdentities(source, parsePageSource(source), keys.slice(1))).toThrow(/same render/);
  });
});
