/**
 * The identity rules added for the on-device measurement (docs/fsm.md section 8): content that looks like
 * structure (tab-switcher rows, count lines, folder names in a breadcrumb), controls that come and go with
 * state (a FAB), and a clickable search pill in a toolbar that must not hide the real title.
 */
import { describe, expect, it } from 'vitest';
import { stateKey } from '../../../fsm/index.ts';
import { button, buildScreen, frame, list, node, text, toolbar, type NodeSpec } from './screenBuilder.ts';

const app = (...children: NodeSpec[]) =>
  buildScreen({ pkg: 'com.example.app', activity: '.Main', windows: [{ kind: 'app', root: frame(...children) }] });

const tabRow = (title: string, top: number, selected = false): NodeSpec =>
  node('android.widget.LinearLayout', {
    role: 'tab',
    id: 'com.example:id/tab_item',
    clickable: true,
    selected,
    bounds: [0, top, 1080, top + 200],
    children: [text(title, { id: 'com.example:id/tab_title', bounds: [40, top, 900, top + 100] })],
  });

const strip = (selected: number): NodeSpec =>
  node('android.widget.HorizontalScrollView', {
    id: 'com.example:id/tabs',
    scrollable: true,
    bounds: [0, 2200, 1080, 2400],
    children: ['Alarm', 'Timer'].map((label, i) =>
      node('android.widget.LinearLayout', {
        role: 'tab',
        desc: label,
        clickable: true,
        selected: i === selected,
        bounds: [i * 540, 2200, (i + 1) * 540, 2400],
      }),
    ),
  });

describe('identity: content that looks like structure', () => {
  it('treats full-width tab rows in a list (a tab switcher) as content, but keeps a tab strip', () => {
    const a = stateKey(
      app(toolbar('Open tabs'), list('com.example:id/tab_list', [tabRow('Weather in Oslo', 240, true)])),
    );
    const b = stateKey(
      app(
        toolbar('Open tabs'),
        list('com.example:id/tab_list', [tabRow('News', 240), tabRow('Recipes – soup', 440, true)]),
      ),
    );
    expect(b.key).toBe(a.key);
    expect(a.features.some((f) => f.includes('Oslo'))).toBe(false);
    const alarm = stateKey(app(toolbar('Clock'), strip(0)));
    const timer = stateKey(app(toolbar('Clock'), strip(1)));
    expect(alarm.features).toContain('tab:Alarm (selected)');
    expect(timer.key).not.toBe(alarm.key);
  });

  it('leaves a floating action button out of the key (it comes and goes with state)', () => {
    const keypad = [toolbar('Timer'), button('1', 'com.example:id/key_1'), button('2', 'com.example:id/key_2')];
    const withFab = stateKey(app(...keypad, button('Start', 'com.example:id/fab')));
    expect(stateKey(app(...keypad)).key).toBe(withFab.key);
    expect([...withFab.signatures.values()]).toContain('button|fab|Start');
  });

  it('does not take a count line for a title', () => {
    const results = (line: string) =>
      app(
        node('android.widget.LinearLayout', {
          bounds: [0, 80, 1080, 240],
          children: [text(line, { bounds: [40, 100, 600, 220] })],
        }),
        list('com.example:id/results', []),
      );
    const a = stateKey(results('3 results for Kitchen'));
    expect(stateKey(results('12 results for Board games')).key).toBe(a.key);
    expect(a.title).toBe('');
  });

  it('masks a title that ends a breadcrumb on the same screen (a folder name) and keeps other titles', () => {
    const folder = (name: string, crumb = true) =>
      app(
        toolbar(name),
        ...(crumb
          ? [text(`Internal storage › ${name}`, { id: 'com.example:id/breadcrumb', bounds: [0, 220, 1080, 300] })]
          : []),
        list('com.example:id/files', []),
      );
    expect(stateKey(folder('Podcasts')).key).toBe(stateKey(folder('Movies')).key);
    expect(stateKey(folder('Podcasts', false)).key).not.toBe(stateKey(folder('Movies', false)).key);
  });

  it('skips a clickable search pill in the toolbar and finds the title below it', () => {
    const mailbox = (folderName: string) =>
      app(
        node('androidx.appcompat.widget.Toolbar', {
          id: 'com.example:id/toolbar',
          bounds: [0, 80, 1080, 240],
          children: [
            text('Search in mail', { id: 'com.example:id/open_search', clickable: true, bounds: [160, 80, 900, 240] }),
          ],
        }),
        text(folderName, { id: 'com.example:id/folder_title', bounds: [0, 240, 1080, 330] }),
        list('com.example:id/threads', []),
      );
    const sent = stateKey(mailbox('Sent'));
    expect(sent.title).toBe('Sent');
    expect(stateKey(mailbox('Trash')).key).not.toBe(sent.key);
  });
});
