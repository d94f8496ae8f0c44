/**
 * What a learned task keeps of a run's steps: no detours that only moved
 * between screens, numbers the run worked out left to the model, rows found
 * again by a value shown among other words.
 */
import { describe, expect, it } from 'vitest';
import { rowTextFor } from '../../../agent/skills/rowTextFor.ts';
import { withoutDetours } from '../../../agent/skills/withoutDetours.ts';
import { workedOutValues } from '../../../agent/skills/workedOutValues.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import type { AbstractAction, SkillStep } from '../../../fsm/index.ts';
import { buttonView, pageSourceXml, textView, view } from '../../support/pageSourceXml.ts';

const act = (from: string, to: string, action: Partial<AbstractAction> & Pick<AbstractAction, 'kind'>): SkillStep => ({
  kind: 'act',
  action: action as AbstractAction,
  from,
  to,
});

describe('withoutDetours', () => {
  it('drops a search typed and backed out of, and the app left and opened again', () => {
    const steps = [
      act('launcher', 'home', { kind: 'tap', label: 'Chrome' }),
      act('home', 'results', { kind: 'enter', label: 'Search or type web address', text: 'x' }),
      act('results', 'home', { kind: 'back' }),
      act('home', 'launcher', { kind: 'back' }),
      act('launcher', 'home', { kind: 'tap', label: 'Chrome' }),
      act('home', 'results', { kind: 'type', label: 'Search or type web address', text: 'y' }),
      act('results', 'article', { kind: 'tap', label: 'Oslo – Wikipedia' }),
    ];
    expect(withoutDetours(steps).map((s) => (s.kind === 'act' ? (s.action.text ?? s.action.label) : ''))).toEqual([
      'Chrome',
      'y',
      'Oslo – Wikipedia',
    ]);
  });

  it('keeps a detour that may have changed the world: a Save, a text typed into a note, a switch flipped', () => {
    const save = [
      act('list', 'editor', { kind: 'tap', label: 'New note' }),
      act('editor', 'list', { kind: 'tap', label: 'Save' }),
    ];
    expect(withoutDetours(save)).toHaveLength(2);
    const typed = [
      act('list', 'editor', { kind: 'tap', label: 'Groceries' }),
      act('editor', 'editor', { kind: 'type', label: 'Note', text: 'milk' }),
      act('editor', 'list', { kind: 'back' }),
    ];
    expect(withoutDetours(typed)).toHaveLength(3);
    const flipped = [
      act('main', 'display', { kind: 'tap', label: 'Display' }),
      act('display', 'display', { kind: 'tap', label: 'Dark theme' }),
      act('display', 'main', { kind: 'back' }),
    ];
    expect(withoutDetours(flipped)).toHaveLength(3);
  });
});

describe('withoutDetours and look-ups', () => {
  it('keeps a search walked back out of when a later step types a value read or worked out there', () => {
    const steps = [
      act('launcher', 'maps', { kind: 'tap', label: 'Maps' }),
      act('maps', 'place', { kind: 'enter', label: 'Search here', text: 'Riverside Museum' }),
      act('place', 'launcher', { kind: 'home' }),
      act('launcher', 'calendar', { kind: 'tap', label: 'Calendar' }),
      act('calendar', 'calendar', { kind: 'type', label: 'Hour', text: '09' }),
    ];
    const typesWorkedOut = (s: SkillStep) => s.kind === 'act' && s.action.text === '09';
    expect(withoutDetours(steps, { needsLookUp: typesWorkedOut })).toHaveLength(5);
    // A later subgoal needs it: the same.
    expect(withoutDetours(steps.slice(0, 3), { laterNeedsLookUp: true })).toHaveLength(3);
    // Nothing after it needs a value from there: a detour.
    expect(withoutDetours(steps, { needsLookUp: () => false })).toHaveLength(2);
  });
});

describe('workedOutValues', () => {
  it('finds numbers in a typed text that the instruction does not give', () => {
    expect(workedOutValues('My cart subtotal is now $124.98', 'text Carol the new cart subtotal')).toEqual(['124.98']);
    expect(workedOutValues('+1 555-0125', 'Save Trattoria Luca as a contact')).toEqual(['1', '555-0125']);
  });
  it('finds an address the run looked up, not one the instruction gives', () => {
    const task = 'Forward the team offsite email to Julia Santos (her address is in Contacts).';
    expect(workedOutValues('julia.santos@example.com', task)).toEqual(['julia.santos@example.com']);
    expect(workedOutValues('David.Kim@example.com', 'Email it to David (david.kim@example.com).')).toEqual([]);
  });
  it('leaves numbers from the instruction, slots and remembered facts', () => {
    expect(workedOutValues('I am running 5 minutes late', 'Reply that I am running 5 minutes late')).toEqual([]);
    expect(workedOutValues('{slot:s1:2}:{slot:s2} costs {memory:price}', 'Set 6:30')).toEqual([]);
  });
});

describe('rowTextFor', () => {
  const screen = (labels: string[], typed?: string) =>
    parsePageSource(
      pageSourceXml(
        [
          {
            pkg: 'com.example.app',
            root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
              children: [
                ...(typed !== undefined
                  ? [view('android.widget.EditText', [0, 100, 1080, 200], { text: typed, clickable: true })]
                  : []),
                ...labels.map((l, i) => buttonView(l, [0, 300 + i * 150, 1080, 440 + i * 150])),
                textView('Results', [0, 220, 1080, 290]),
              ],
            }),
          },
        ],
        'uiautomator',
      ),
    );

  it('swaps the value into the learnt row text when a row shows that', () => {
    const s = screen(['Kyoto – Wikipedia', 'Kyoto travel guide', 'Kyoto weather']);
    expect(rowTextFor(s, 'Oslo – Wikipedia', 'Oslo', 'Kyoto')).toBe('Kyoto – Wikipedia');
  });
  it('otherwise takes the one text holding the value, never the field it was typed into', () => {
    expect(rowTextFor(screen(['Bob Martinez'], 'Bob'), 'Carol Singh', 'Carol', 'Bob')).toBe('Bob Martinez');
  });
  it('a title around the value, rather than a preview quoting it', () => {
    const inbox = screen([
      'Quinn Murphy, Pottery class moved',
      "This week's pottery class moves to Room 12, same time",
    ]);
    expect(rowTextFor(inbox, 'Team offsite', 'Team offsite', 'pottery class')).toBe('Pottery class moved');
  });
  it('several candidates and none exact: not on screen', () => {
    expect(rowTextFor(screen(['Bob Martinez', 'Bob Lee']), 'Carol Singh', 'Carol', 'Bob')).toBeUndefined();
  });
});

describe('withoutDetours and choices', () => {
  it('keeps a choice in a dialog that closed it: the screen is the one it opened from, the setting changed', () => {
    const steps = [
      act('main', 'display', { kind: 'tap', label: 'Display' }),
      act('display', 'timeout', { kind: 'tap', label: 'Screen timeout' }),
      act('timeout', 'display', { kind: 'tap', label: '5 minutes' }),
    ];
    expect(withoutDetours(steps)).toHaveLength(3);
  });
  it('drops leaving the app and opening it again', () => {
    const steps = [
      act('main', 'launcher', { kind: 'home' }),
      act('launcher', 'main', { kind: 'tap', label: 'Settings' }),
      act('main', 'display', { kind: 'tap', label: 'Display' }),
    ];
    expect(withoutDetours(steps)).toHaveLength(1);
  });
});

describe('learnSkill with a fact no element showed', () => {
  it("still learns the task; the step that types the fact is the model's on replay", async () => {
    const { learnSkill } = await import('../../../agent/skills/learnSkill.ts');
    const skill = learnSkill({
      instruction: 'Send Bob the Taco Loco location from Maps.',
      subgoals: [
        {
          goal: 'find the location of Taco Loco',
          app: 'com.google.android.apps.maps',
          steps: [act('maps', 'place', { kind: 'enter', label: 'Search here', text: 'Taco Loco' })],
          unreadFacts: ['location'],
        },
        {
          goal: 'send it to Bob',
          app: 'com.google.android.apps.messaging',
          steps: [
            act('chat', 'chat', {
              kind: 'type',
              label: 'Text message',
              text: "Let's meet at Taco Loco, 140 Market St",
            }),
            act('chat', 'chat', { kind: 'tap', label: 'Send' }),
          ],
          unreadFacts: [],
        },
      ],
      factValues: { location: 'Taco Loco, 140 Market St' },
    });
    expect(skill).toBeDefined();
    const typed = skill!.subgoals[1]!.steps[0]!;
    expect(typed.kind === 'act' && typed.ask).toBeTruthy();
    const send = skill!.subgoals[1]!.steps[1]!;
    expect(send.kind === 'act' && send.ask).toBeFalsy();
  });
});

describe('withoutDetours and cancelled dialogs', () => {
  it('drops a long press that opened a Delete dialog someone cancelled; keeps a Delete that was confirmed', () => {
    const cancelled = [
      act('audio', 'delete', { kind: 'long_press', label: 'Voice 001.m4a' }),
      act('delete', 'audio', { kind: 'tap', label: 'CANCEL' }),
      act('audio', 'info', { kind: 'tap', label: 'Voice 001.m4a' }),
    ];
    expect(withoutDetours(cancelled)).toHaveLength(1);
    const confirmed = [
      act('audio', 'delete', { kind: 'long_press', label: 'Voice 001.m4a' }),
      act('delete', 'audio', { kind: 'tap', label: 'Delete' }),
    ];
    expect(withoutDetours(confirmed)).toHaveLength(2);
  });
});
