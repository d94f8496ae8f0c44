import { describe, expect, it } from 'vitest';
import { parseTask } from '../../../agent/offline/parseClauses.ts';
import { readExpression, readValues } from '../../../agent/offline/taskValues.ts';
import { VIRTUAL_APP_LABELS } from '../../support/virtualAppLabels.ts';

const LABELS = [...VIRTUAL_APP_LABELS];

describe('offline policy: clause values', () => {
  it('reads names, phones, companies and emails', () => {
    const v = readValues('Save a new contact: Lena Hoffmann, phone +1 415-555-0123, works at Maple Labs.', LABELS);
    expect(v.names[0]).toBe('Lena Hoffmann');
    expect(v.phones).toEqual(['+1 415-555-0123']);
    expect(v.company).toBe('Maple Labs');
    expect(v.expression).toBeUndefined();
    const m = readValues(
      'Email Carol (carol.singh@example.com) with the subject "Dinner on Sunday" saying I will bring dessert.',
      LABELS,
    );
    expect(m).toMatchObject({
      emails: ['carol.singh@example.com'],
      subject: 'Dinner on Sunday',
      body: 'I will bring dessert',
    });
  });

  it('reads times (am/pm, 24h) and dates', () => {
    expect(readValues('Set an alarm for 5:45 in the morning.', LABELS).time).toEqual({ hour: 5, minute: 45 });
    expect(readValues('meet at 7:30 pm', LABELS).time).toEqual({ hour: 19, minute: 30 });
    expect(readValues('Add a "Haircut" appointment on Wednesday June 11 at 16:30.', LABELS)).toMatchObject({
      time: { hour: 16, minute: 30 },
      date: { month: 6, day: 11 },
    });
    expect(readValues('Running 5 minutes late', LABELS).time).toBeUndefined();
    expect(readValues('Add a 7:15 alarm called "Medication" that repeats Monday to Friday.', LABELS)).toMatchObject({
      title: 'Medication',
      days: [1, 2, 3, 4, 5],
    });
  });

  it('turns arithmetic in words into calculator keys', () => {
    expect(readExpression('work out 128 times 37')).toBe('128*37=');
    expect(readExpression('What is 18% of a $64.50 bill?')).toBe('64.5*18/100=');
    expect(readExpression('Dinner came to $186.40 split between 4 of us')).toBe('186.4/4=');
    expect(readValues('Text +1 555-0199 now', LABELS).expression).toBeUndefined();
  });

  it('reads the app from the instruction alone, never from task metadata', () => {
    // parseTask takes only what a user types and the launcher's labels (issue #10: no `apps` list).
    expect(parseTask.length).toBe(2);
    const clauses = parseTask(
      'Copy the door code message David sent me into a new note titled "Building access".',
      LABELS,
    );
    expect(clauses.map((c) => c.app)).toEqual(['Notes']);
    expect(clauses[0]?.values.title).toBe('Building access');
  });

  it('marks questions, creations and the entity to find', () => {
    const [q] = parseTask('Where does Kenji Watanabe work?', LABELS);
    expect(q).toMatchObject({ question: true, entity: 'Kenji Watanabe', creates: false });
    const [c] = parseTask('Text +1 555-0199 asking "Is the bike still for sale?"', LABELS);
    expect(c).toMatchObject({ creates: true });
    expect(c?.values.body).toBe('Is the bike still for sale?');
  });
});
