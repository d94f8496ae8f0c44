import { describe, expect, it } from 'vitest';
import { parseTask, splitClauses } from '../../../agent/offline/parseClauses.ts';

const APPS = ['Settings', 'Clock', 'Messages', 'Shopping', 'Maps', 'Notes', 'Contacts', 'Mail'];

describe('offline policy: task clauses', () => {
  it('splits on "then", "and then" and sentence ends', () => {
    expect(splitClauses('Open Settings and then turn on Wi-Fi. Then open Clock')).toEqual([
      'Open Settings',
      'turn on Wi-Fi',
      'open Clock',
    ]);
  });

  it('reads the app, the search text and the fact to find', () => {
    const [search, find, send] = parseTask(
      'Search for Catan in Shopping and find its price, then send it to Bob in Messages',
      APPS,
    );
    expect(search).toMatchObject({ app: 'Shopping', typeText: 'Catan', submit: true });
    expect(find).toMatchObject({ app: 'Shopping', fact: 'price' });
    expect(send).toMatchObject({ app: 'Messages', usesMemory: true });
    expect(send?.words).toContain('bob');
  });

  it('splits "and <verb>" and finds the app a clause points to when it names none', () => {
    const [find, text] = parseTask('Find the price of Catan in the Shopping app and text it to Bob Martinez.', APPS);
    expect(find).toMatchObject({ app: 'Shopping', fact: 'price' });
    expect(text).toMatchObject({ app: 'Messages', usesMemory: true });
    expect(parseTask('Set an alarm for 5:45 in the morning.', APPS)[0]?.app).toBe('Clock');
    expect(parseTask('Switch Wi-Fi off.', APPS)[0]).toMatchObject({ app: 'Settings', toggle: 'off' });
    expect(parseTask('Reply to Alice that I am running 5 minutes late.', APPS)[0]).toMatchObject({
      app: 'Messages',
      typeText: 'I am running 5 minutes late',
    });
  });

  it('carries the app to a clause that does not name one, and reads switches', () => {
    const [, toggle] = parseTask('Open Settings, then turn off Bluetooth', APPS);
    expect(toggle).toMatchObject({ app: 'Settings', toggle: 'off' });
    expect(toggle?.words).toEqual(['bluetooth']);
  });

  it('takes quoted text as the text to type', () => {
    const [note] = parseTask('Create a note in Notes saying "buy milk"', APPS);
    expect(note).toMatchObject({ app: 'Notes', typeText: 'buy milk' });
    expect(note?.words).not.toContain('milk');
  });
});
