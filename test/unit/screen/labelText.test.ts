/**
 * labelText keeps every word a person reads and drops only decoration and
 * values that are not words (resource references, base64).
 */
import { describe, expect, it } from 'vitest';
import { labelText } from '../../../drivers/screen/index.ts';

describe('labelText', () => {
  it('collapses whitespace and removes zero-width, direction, private-use and replacement characters', () => {
    expect(labelText('  Wi-Fi\n\n  settings\t')).toBe('Wi-Fi settings');
    expect(labelText('\u200BSave\u200C\u2060')).toBe('Save');
    expect(labelText('\u202A+1 555-0188\u202C')).toBe('+1 555-0188');
    expect(labelText('\uE8B6 Search')).toBe('Search'); // Material Icons "search" glyph
    expect(labelText('\u{F0000}Cart\uFFFD\uFFFC')).toBe('Cart');
    expect(labelText('co\u00ADoperate')).toBe('cooperate');
  });

  it('keeps emoji sequences joined and stray joiners out', () => {
    expect(labelText('Dev 👩\u200D💻 team')).toBe('Dev 👩\u200D💻 team');
    expect(labelText('a\u200Db')).toBe('ab');
  });

  it('drops unresolved resource references', () => {
    for (const ref of ['@2131834085', '@string/title', '@android:drawable/ic_menu', '?attr/colorPrimary'])
      expect(labelText(ref), ref).toBe('');
    // Handles and addresses are words.
    expect(labelText('@MarioNawfal')).toBe('@MarioNawfal');
    expect(labelText('@12')).toBe('@12');
  });

  it('drops base64 data, keeps long words that are not encoded bytes', () => {
    expect(labelText('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB')).toBe('');
    expect(labelText('photo data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ== here')).toBe('photo here');
    expect(labelText('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZn')).toBe('');
    expect(labelText('token aGVsbG8gd29ybGQgZm9yIHlvdTE=')).toBe('token');
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(labelText(sha)).toBe(sha);
    expect(labelText('Supercalifragilisticexpialidocious-Deluxe-Edition')).toBe(
      'Supercalifragilisticexpialidocious-Deluxe-Edition',
    );
  });

  it('leaves plain labels untouched', () => {
    for (const s of ['OK', 'Registration fee: $65', '3:17 PM', 'Ünïcödé 日本語', '']) expect(labelText(s)).toBe(s);
  });
});
