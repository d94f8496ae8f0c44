/** Slots of a learned task: values found in the instruction, a template, and other values read back. */
import { describe, expect, it } from 'vitest';
import {
  abstractSlots,
  fillSlots,
  makeTemplate,
  matchTemplate,
  numberValues,
  sharedRuns,
} from '../../../agent/skills/slots.ts';

const TASK = 'Search for Catan in Shopping and find its price, then send it to Bob Martinez in Messages';

describe('skill slots', () => {
  it('finds the values a typed text or a chosen row took from the instruction', () => {
    expect(sharedRuns('catan', TASK)).toEqual(['catan']);
    expect(sharedRuns('Catan is $44.99', TASK)).toEqual(['Catan']);
    expect(sharedRuns('Bob Martinez', TASK)).toEqual(['Bob Martinez']);
    // Words the instruction has but that name nothing are not values.
    expect(sharedRuns('send it to the shop', TASK)).toEqual([]);
  });

  it('turns the instruction into a template and reads other values back from a new one', () => {
    const { template, slots } = makeTemplate(TASK, ['catan', 'Bob Martinez', 'Martinez']);
    expect(template).toBe('Search for {s1} in Shopping and find its price, then send it to {s2} in Messages');
    expect(slots).toEqual([
      { name: 's1', example: 'catan' },
      { name: 's2', example: 'Bob Martinez' },
    ]);
    expect(
      matchTemplate(
        template,
        'Search for Azul in Shopping and find its price, then send it to Emma Rossi in Messages.',
      ),
    ).toEqual({
      s1: 'Azul',
      s2: 'Emma Rossi',
    });
    // Another request does not fit.
    expect(matchTemplate(template, 'Send Emma Rossi the price of Azul')).toBeUndefined();
    expect(abstractSlots('Catan is $44.99', slots)).toBe('{slot:s1} is $44.99');
    expect(fillSlots('{slot:s1} is {memory:price}', { s1: 'Azul' })).toBe('Azul is {memory:price}');
  });

  it('a number typed another way than the instruction writes it is a slot too, padded again on replay', () => {
    const alarm = makeTemplate('Set an alarm for 5:45 in the morning.', [
      '45',
      ...numberValues('05', 'Set an alarm for 5:45 in the morning.'),
    ]);
    expect(alarm.template).toBe('Set an alarm for {s1}:{s2} in the morning.');
    expect(abstractSlots('05', alarm.slots)).toBe('{slot:s1:2}');
    const values = matchTemplate(alarm.template, 'Set an alarm for 6:30 in the morning.')!;
    expect(fillSlots('{slot:s1:2}', values)).toBe('06');
    expect(fillSlots('{slot:s2}', values)).toBe('30');
  });
});

describe('a typed text that is part of a slot value', () => {
  const { template, slots } = makeTemplate(
    'Save Trattoria Luca as a contact with the phone number Maps shows for it.',
    ['Trattoria Luca'],
  );
  it('is learnt as a range of its words, taken from the new value on replay', () => {
    expect(abstractSlots('Trattoria', slots)).toBe('{slot:s1:w0-0/2}');
    expect(abstractSlots('Luca', slots)).toBe('{slot:s1:w1-1/2}');
    const values = matchTemplate(template, 'Save Taco Loco as a contact with the phone number Maps shows for it.')!;
    expect(fillSlots('{slot:s1:w0-0/2}', values)).toBe('Taco');
    expect(fillSlots('{slot:s1:w1-1/2}', values)).toBe('Loco');
    // Another number of words: a first part stays first, a last part stays last.
    expect(fillSlots('{slot:s1:w0-0/2}', { s1: 'Hillcrest Botanical Garden' })).toBe('Hillcrest');
    expect(fillSlots('{slot:s1:w1-1/2}', { s1: 'Hillcrest Botanical Garden' })).toBe('Garden');
    expect(fillSlots('{slot:s1:w1-1/2}', { s1: 'Zoe' })).toBe('Zoe');
  });
  it('leaves words that name nothing, and texts that are not in a value, as they are', () => {
    expect(abstractSlots('the', slots)).toBe('the');
    expect(abstractSlots('Luigi', slots)).toBe('Luigi');
  });
});

describe('two slots side by side', () => {
  it('reads both values back ("Save {s1} {s2} as a contact", a date and a time split by a colon)', () => {
    expect(matchTemplate('Save {s1} {s2} as a contact.', 'Save Taco Loco as a contact.')).toEqual({
      s1: 'Taco',
      s2: 'Loco',
    });
    expect(
      matchTemplate(
        'Add a "{s1}" appointment on {s2} {s3} at {s4}:{s5}.',
        'Add a "Physio" appointment on Thursday June 19 at 10:15.',
      ),
    ).toEqual({ s1: 'Physio', s2: 'Thursday', s3: 'June 19', s4: '10', s5: '15' });
  });
});

describe('values are names, not sentences', () => {
  it('a typed text quoting a long run of the instruction makes no slot of it', () => {
    const instruction =
      'Dinner came to $186.40 split between 4 of us. Work out each share and text Farid what he owes.';
    const { slots } = makeTemplate(instruction, ['Dinner came to $186.40 split', 'Farid']);
    expect(slots.map((s) => s.example)).toEqual(['Farid']);
  });
});
