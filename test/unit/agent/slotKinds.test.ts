/**
 * Slot kinds beyond typed texts and chosen rows, learnt from synthetic steps,
 * matched in another instruction and filled with its values: a value entered
 * key by key on a keypad (replayed with the new value's keys, found on screen
 * by their labels), and a text on screen made of several values (a day cell
 * "Wednesday, June 11", an alarm row "07:15").
 */
import { describe, expect, it } from 'vitest';
import { expandKeys } from '../../../agent/skills/expandKeys.ts';
import { keyChar, keyedValue, keyOnScreen, keysFor } from '../../../agent/skills/keypadEntry.ts';
import { learnSkill } from '../../../agent/skills/learnSkill.ts';
import { namesInAddress } from '../../../agent/skills/namesInAddress.ts';
import { shownText } from '../../../agent/skills/shownText.ts';
import { fillSlots, makeTemplate, matchTemplate } from '../../../agent/skills/slots.ts';
import { textTemplate } from '../../../agent/skills/textTemplate.ts';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { writePageSource } from '../../../drivers/screen/writePageSource.ts';
import type { AbstractAction, SkillStep } from '../../../fsm/index.ts';
import { buttonView, pageSourceXml, view } from '../../support/pageSourceXml.ts';

const key = (label: string): SkillStep => ({
  kind: 'act',
  action: { kind: 'tap', label } as AbstractAction,
  from: 'pad',
  to: 'pad',
});
const keysOf = (expr: string, labels: Record<string, string> = {}) => [...expr].map((c) => key(labels[c] ?? c));
const OPS: Record<string, string> = { '*': '×', '/': '÷' };

function learn(instruction: string, steps: SkillStep[]) {
  const skill = learnSkill({
    instruction,
    subgoals: [{ goal: instruction, app: 'com.example.calculator', steps, unreadFacts: [] }],
  });
  expect(skill).toBeDefined();
  return skill!;
}

/** The labels a replay presses for `instruction` (keys spelt out for its values). */
function replayed(skill: ReturnType<typeof learn>, instruction: string): string[] {
  const values = matchTemplate(skill.template, instruction);
  expect(values, instruction).toBeDefined();
  return expandKeys(skill.subgoals[0]!.steps, skill.slots, values!).map((s) =>
    s.kind === 'act' ? (s.ask ? `ask:${s.ask}` : (s.action.label ?? '')) : '',
  );
}

describe('keys of a keypad', () => {
  it('are read from labels: a digit (with a dialer letters), a decimal point; nothing else', () => {
    expect(keyChar('7')).toBe('7');
    expect(keyChar('2 ABC')).toBe('2');
    expect(keyChar('.')).toBe('.');
    for (const other of ['×', '=', '10', 'Save', '8 ', 'OK 2', ''])
      expect(keyChar(other), other).toBe(other === '8 ' ? '8' : undefined);
  });

  it('enter a number of the instruction written as it writes it, or by value', () => {
    expect(keyedValue('64.5', 'What is 18% of a $64.50 bill?')).toBe('64.50');
    expect(keyedValue('18', 'What is 18% of a $64.50 bill?')).toBe('18');
    expect(keyedValue('1250', 'Split 1,250 dollars')).toBe('1,250');
    expect(keyedValue('100', 'What is 18% of a $64.50 bill?')).toBeUndefined();
    expect(keysFor('$82.40', { typed: '64.5', example: '64.50' })).toBe('82.4');
    expect(keysFor('82.40', { typed: '64.50', example: '64.50' })).toBe('82.40');
    expect(keysFor('twelve', { typed: '18', example: '18' })).toBeUndefined();
  });
});

describe('a value keyed in is a slot', () => {
  it('learns each run of keys that entered a number of the instruction; other keys stay as learnt', () => {
    const task = 'What is 18% of a $64.50 bill? Use the calculator.';
    const skill = learn(task, [...keysOf('64.5*18/100=', OPS)]);
    expect(skill.template).toBe('What is {s1}% of a ${s2} bill? Use the calculator.');
    const steps = skill.subgoals[0]!.steps;
    expect(steps.filter((s) => s.kind === 'act' && s.keys).map((s) => s.kind === 'act' && s.keys)).toEqual([
      { slot: 's2', typed: '64.5' },
      { slot: 's1', typed: '18' },
    ]);
    expect(replayed(skill, 'What is 15% of a $82.40 bill? Use the calculator.').join('')).toBe('82.4×15÷100=');
    expect(replayed(skill, 'What is 20% of a $7 bill? Use the calculator.').join('')).toBe('7×20÷100=');
    // The value the instruction gives is not a number: that entry is the model's.
    const worded = replayed(skill, 'What is 15% of a $twelve bill? Use the calculator.');
    expect(worded[0]).toMatch(/^ask:.*"twelve" is not a number/);
  });

  it('holds for other wordings, and a single key that is a number of the instruction', () => {
    const task = 'Dinner came to $186.40, split between 4 of us: use the calculator for each share.';
    const skill = learn(task, keysOf('186.4/4=', OPS));
    expect(skill.template).toBe('Dinner came to ${s1}, split between {s2} of us: use the calculator for each share.');
    // The "4" of the amount is not the divisor's slot: each run enters its own value.
    expect(
      replayed(skill, 'Dinner came to $143.70, split between 3 of us: use the calculator for each share.').join(''),
    ).toBe('143.7÷3=');

    const paraphrase = learn('Use the calculator to find 20 percent of 45.25 dollars', keysOf('45.25*20/100=', OPS));
    expect(paraphrase.template).toBe('Use the calculator to find {s1} percent of {s2} dollars');
    expect(replayed(paraphrase, 'Use the calculator to find 7 percent of 1,250 dollars').join('')).toBe('1250×7÷100=');
  });

  it('keys on a dialer-style pad (digits with letters) are found on screen by their labels', () => {
    const pad = ['1', '2 ABC', '3 DEF', '4 GHI', '5 JKL', '6 MNO', '7 PQRS', '8 TUV', '9 WXYZ', '0'];
    const skill = learn('Unlock the door with PIN 4821.', [...['4 GHI', '8 TUV', '2 ABC', '1'].map(key), key('OK')]);
    expect(skill.template).toBe('Unlock the door with PIN {s1}.');
    const steps = expandKeys(skill.subgoals[0]!.steps, skill.slots, { s1: '9305' });
    const screen = parsePageSource(
      pageSourceXml(
        [
          {
            pkg: 'com.example.lock',
            root: view('android.widget.FrameLayout', [0, 0, 1080, 2400], {
              children: [...pad, 'OK'].map((l, i) => buttonView(l, [0, 100 + i * 150, 1080, 240 + i * 150])),
            }),
          },
        ],
        'uiautomator',
      ),
    );
    const pressed = steps.map((s) => {
      if (s.kind !== 'act' || s.key === undefined) return s.kind === 'act' ? s.action.label : '';
      return screen.elements.find((e) => e.id === keyOnScreen(screen, s.key!))?.label;
    });
    expect(pressed).toEqual(['9 WXYZ', '3 DEF', '0', '5 JKL', 'OK']);
  });
});

describe('a text on screen made of several values', () => {
  const day = makeTemplate('Add a "Haircut" appointment on Wednesday June 11 at 16:30.', [
    'Haircut',
    'Wednesday',
    'June 11',
    '16',
    '30',
  ]);
  const alarm = makeTemplate('Add a 7:15 alarm called "Medication".', ['7', '15', 'Medication']);

  it('is learnt as a template of those values, a padded number keeping its width', () => {
    expect(textTemplate('Wednesday, June 11', day.slots)).toEqual({ template: '{slot:s2}, {slot:s3}', slots: 2 });
    expect(textTemplate('07:15', alarm.slots)).toEqual({ template: '{slot:s1:2}:{slot:s2}', slots: 2 });
    expect(textTemplate('Not scheduled', alarm.slots).slots).toBe(0);
  });

  it('gives the text for the values of a reworded request, and the one control showing it', () => {
    const values = matchTemplate(day.template, 'add a "Physio" appointment on Thursday June 19 at 10:15')!;
    expect(fillSlots(textTemplate('Wednesday, June 11', day.slots).template, values)).toBe('Thursday, June 19');
    const later = matchTemplate(alarm.template, 'Add a 9:40 alarm called "Vitamins".')!;
    expect(fillSlots('{slot:s1:2}:{slot:s2}', later)).toBe('09:40');

    const cells = ['Wednesday, June 18', 'Thursday, June 19', 'Friday, June 20'];
    const screen = parsePageSource(
      writePageSource([
        {
          cls: 'android.widget.FrameLayout',
          pkg: 'com.example.calendar',
          b: [0, 0, 1080, 2400],
          children: cells.map((desc, i) => ({
            cls: 'android.widget.TextView',
            pkg: 'com.example.calendar',
            text: desc.split(' ').at(-1)!,
            desc,
            clickable: true,
            b: [100 * i, 300, 100 * i + 90, 390] as [number, number, number, number],
          })),
        },
      ]),
    );
    expect(screen.elements.find((e) => e.id === shownText(screen, 'Thursday, June 19'))?.text).toBe('19');
    expect(shownText(screen, 'Thursday, June 26')).toBeUndefined();
  });

  it('is kept on the chosen row of a learnt task when the row shows several values', () => {
    const task = 'Add a "Haircut" appointment on Wednesday June 11 at 16:30.';
    const cell = {
      kind: 'act',
      action: {
        kind: 'tap',
        label: '11',
        ref: {
          v: 1,
          kind: 'in_row',
          signature: 'dlg:item:month>button|',
          role: 'button',
          className: 'TextView',
          resourceId: '',
          window: 'dialog',
          label: '11',
          staticLabel: '',
          text: '11',
          desc: 'Wednesday, June 11',
          context: { title: 'New event' },
          row: {
            container: 'month',
            className: 'LinearLayout',
            resourceId: '',
            label: '',
            section: '',
            fields: [
              { slot: 'TextView#:3', text: '11' },
              { slot: 'TextView#:3.desc', text: 'Wednesday, June 11' },
            ],
          },
          slot: 'TextView#:3',
        },
      },
      from: 'picker',
      to: 'picker',
    } as SkillStep;
    const skill = learnSkill({
      instruction: task,
      subgoals: [
        {
          goal: task,
          app: 'com.example.calendar',
          steps: [
            { kind: 'act', action: { kind: 'type', label: 'Title', text: 'Haircut' } as AbstractAction },
            cell,
            { kind: 'act', action: { kind: 'type', label: 'Hour', text: '16' } as AbstractAction },
            { kind: 'act', action: { kind: 'type', label: 'Minute', text: '30' } as AbstractAction },
          ],
          unreadFacts: [],
        },
      ],
    })!;
    expect(skill.template).toBe('Add a "{s1}" appointment on {s2} {s3} at {s4}:{s5}.');
    const chosen = skill.subgoals[0]!.steps[1]!;
    expect(chosen.kind === 'act' && chosen.row).toEqual({
      slot: 's2',
      text: 'Wednesday, June 11',
      contains: true,
      template: '{slot:s2}, {slot:s3}',
    });
  });
});

describe('a name beside an address the task typed', () => {
  it('is a slot too, so the request for someone else fits', () => {
    const task = 'Email the SoundWave ANC headphones listing from Shopping to David (david.kim@example.com).';
    expect(namesInAddress(['david.kim@example.com', 'SoundWave ANC'], task)).toEqual(['David']);
    // Only a capitalised name outside the address; no address, no name.
    expect(namesInAddress(['david.kim@example.com'], 'Forward it to david.kim@example.com')).toEqual([]);
    expect(namesInAddress(['SoundWave ANC'], task)).toEqual([]);
    const { template } = makeTemplate(task, ['SoundWave ANC', 'david.kim@example.com', 'David']);
    expect(template).toBe('Email the {s1} headphones listing from Shopping to {s2} ({s3}).');
    expect(
      matchTemplate(
        template,
        'Email the Studio Monitor headphones listing from Shopping to Ivan (ivan.petrov@example.com).',
      ),
    ).toEqual({ s1: 'Studio Monitor', s2: 'Ivan', s3: 'ivan.petrov@example.com' });
  });
});

describe('two slots side by side, read back', () => {
  it('are split as the learnt examples were when the new words allow it, else the first takes the fewest', () => {
    const task = 'Email the SoundWave ANC headphones listing from Shopping to David (david.kim@example.com).';
    const { template, slots } = makeTemplate(task, ['SoundWave ANC', 'headphones', 'david.kim@example.com', 'David']);
    expect(template).toBe('Email the {s1} {s2} listing from Shopping to {s3} ({s4}).');
    const other = 'Email the Studio Monitor headphones listing from Shopping to Ivan (ivan.petrov@example.com).';
    expect(matchTemplate(template, task, slots)).toMatchObject({ s1: 'SoundWave ANC', s2: 'headphones' });
    expect(matchTemplate(template, other, slots)).toMatchObject({ s1: 'Studio Monitor', s2: 'headphones', s3: 'Ivan' });
    // Without the examples (or when the new words cannot be split so): the first slot takes as few words as it can.
    expect(matchTemplate(template, other)).toMatchObject({ s1: 'Studio', s2: 'Monitor headphones' });
    expect(matchTemplate(template, task.replace('SoundWave ANC headphones', 'Aura earbuds'), slots)).toMatchObject({
      s1: 'Aura',
      s2: 'earbuds',
    });
  });
});
