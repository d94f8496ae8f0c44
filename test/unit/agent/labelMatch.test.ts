/** How a label a model named is found on a screen: whole texts, long phrases, the words a text starts with. */
import { describe, expect, it } from 'vitest';
import { showsLabel } from '../../../agent/roles/verifier/labelMatch.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { pageSourceXml, textView, view } from '../../support/pageSourceXml.ts';

const screen = (texts: string[]) =>
  parsePageSource(
    pageSourceXml(
      [
        {
          pkg: 'com.example.app',
          root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
            children: texts.map((t, i) => textView(t, [0, 100 + i * 120, 1080, 200 + i * 120])),
          }),
        },
      ],
      'uiautomator',
    ),
  );

describe('showsLabel', () => {
  it('finds a whole text exactly', () => {
    expect(showsLabel(screen(['Event saved']), 'Event saved')).toBe('exact');
  });
  it('finds a label a text starts with (a total with its figures, a message with its time) as a phrase', () => {
    expect(showsLabel(screen(['Subtotal (2 items): $124.98']), 'Subtotal')).toBe('phrase');
    expect(showsLabel(screen(['My cart subtotal is now $124.98 8:31']), 'My cart subtotal is now $124.98')).toBe(
      'phrase',
    );
    // A sentence's final stop does not keep it from matching the sentence followed by its time.
    expect(
      showsLabel(
        screen(['You said Catan costs $44.99 in the Shopping app. 8:31']),
        'You said Catan costs $44.99 in the Shopping app.',
      ),
    ).toBe('phrase');
  });
  it('never finds a short label inside another text: "Create new event" does not show "New event"', () => {
    expect(showsLabel(screen(['Create new event']), 'New event')).toBe('none');
    expect(showsLabel(screen(['Deleted items']), 'Delete')).toBe('none');
  });
});
