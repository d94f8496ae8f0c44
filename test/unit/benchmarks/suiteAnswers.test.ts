/**
 * Every answer task of the virtual suite (its other-values variants and the
 * documented example file too) against its strict answer checks: the
 * reference's own answer and a few other correct phrasings pass; hedges, other values of the asked kind
 * and dumps fail. A listing dumped from the Files app (the real screen text,
 * well over 200 characters) does not pass `files_lease_size`. Only the
 * answer parts of each predicate are evaluated here, on the task's seeded
 * ground truth (for `others` paths); the state parts are covered by the
 * reference solutions' e2e test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePageSource } from '../../../drivers/screen/index.ts';
import { APPS, pageSource, Phone } from '../../../drivers/virtual-android/src/index.ts';
import { screenTextFromPageSource } from '../../../benchmarks/evaluators/screenText.ts';
import { evaluatePredicate, type Json, type Predicate } from '../../../benchmarks/predicate/index.ts';
import { loadTaskFile } from '../../../benchmarks/runner/loadTaskFile.ts';
import { loadVirtualSuite, otherValuesTasks } from '../../../benchmarks/suites/virtual/index.ts';
import type { BenchTask } from '../../../benchmarks/types.ts';

/** Correct answers in other words, and wrong ones (hedges, other values, dumps), per answer task. */
const PHRASINGS: Record<string, { right: string[]; wrong: string[] }> = {
  settings_wifi_password_lookup: {
    right: ["You're on HomeNet and the signal is poor.", 'HomeNet. No, the signal is weak.'],
    wrong: ['HomeNet (Poor), CoffeeHouse_Guest (Poor), Library-Free (Excellent)', 'HomeNet', 'Poor signal'],
  },
  contacts_lookup_company: {
    right: ['Lucerne Publishing', 'He works at Lucerne Publishing.'],
    wrong: ['Lucerne Publishing or Nod Publishers', 'Kenji: Lucerne Publishing; Zoe: Nod Publishers', 'Relecloud'],
  },
  messages_door_code_lookup: {
    right: ['4827', "It's 4827.", 'David texted the code 4827 on June 2 at 13:05.'],
    wrong: ['4827 or 4872', '4872'],
  },
  mail_dentist_lookup: {
    right: [
      'June 12 at 9:00 am at VanArsdel Dental',
      'Thursday, June 12th, 9 am, VanArsdel Dental (120 Market Street).',
      'On 12 June at 09:00, VanArsdel Dental.',
    ],
    wrong: ['June 12 or June 13 at 9 am at VanArsdel', 'June 12 at 9:00 or 10:00 at VanArsdel', 'June 12 at VanArsdel'],
  },
  calendar_book_club_lookup: {
    right: ["19:00 at Zoe's place", "It starts at 7 pm at Zoe's.", "On June 28 it starts at 7:00 PM, at Zoe's place."],
    wrong: ["19:00 or 20:00 at Zoe's", "Book club 19:00 Zoe's place; Team offsite 09:00 Relecloud office", '19:00'],
  },
  chrome_oslo_population: {
    right: ['717,710', 'About 717,710 people live in Oslo (2024).', '717710'],
    wrong: ['717,710 in the city, 1,588,457 in the metro area', '709,037'],
  },
  files_lease_size: {
    right: ['818 kB', 'The lease agreement PDF is 818 KB.', "It's 818 kB (818,180 bytes)."],
    wrong: ['818 kB; Budget 2025.xlsx is 34 kB', '818', '1.1 MB'],
  },
  maps_museum_thursday_hours: {
    right: ['21:00', 'Until 9 pm on Thursdays.', 'Thursdays it is open 10:00–21:00.'],
    wrong: ['Until 18:00 or 21:00', 'Mon 10:00–18:00, Thu 10:00–21:00'],
  },
  calc_multiply: {
    right: ['4736', '128 × 37 = 4736', '128 times 37 is 4,736.'],
    wrong: ['4736 or 4763', 'about 4700'],
  },
  calc_tip: {
    right: ['$11.61', 'The tip is 11.61 dollars.', '18% of $64.50 = $11.61'],
    wrong: ['$11.61 or $11.16', '$11.00'],
  },
  x_yearly_rent_lookup: {
    right: ['$25,800', 'It comes to $25,800 a year.', '2,150 × 12 = 25,800'],
    wrong: ['$25,800 or $2,150', '$2,150 a month', '12 months at $2,150 is $25,800'],
  },
  // Other-values variants (retention benchmark): the original's own answer is wrong for them.
  calc_tip__other: {
    right: ['$12.36', 'The tip is 12.36 dollars.', '15% of $82.40 = $12.36'],
    wrong: ['18% of $64.50 is $11.61.', '$12.36 or $12.63', '$12.00'],
  },
  maps_museum_thursday_hours__other: {
    right: ['18:00', 'Until 6 pm on Saturdays.', 'Saturdays it is open 09:00–18:00.'],
    wrong: ['On Thursdays the City Art Museum is open until 21:00 (10:00–21:00).', 'Until 17:00 or 18:00'],
  },
  chrome_oslo_population__other: {
    right: ['1,463,723', 'About 1,463,723 people live in Kyoto (2020 census).', '1463723'],
    wrong: ['Oslo has 717,710 inhabitants (2024).', '1,463,723 or 1,762,949', '1.4 million'],
  },
  my_lisbon_lookup: {
    right: ['MX7Q2L', 'The booking reference is mx7q2l.'],
    wrong: ['MX7Q2'],
  },
};

/** The answer checks of a predicate (the leaves under all/any/not). */
function answerLeaves(p: Predicate): Predicate[] {
  if ('answer' in p) return [p];
  if ('all' in p) return p.all.flatMap(answerLeaves);
  if ('any' in p) return p.any.flatMap(answerLeaves);
  if ('not' in p) return answerLeaves(p.not);
  return [];
}

const predicateOf = (t: BenchTask): Predicate => (t.success.kind === 'state' ? t.success.predicate : { all: [] });
const groundTruth = (t: BenchTask): Json => new Phone(APPS, { seed: t.seed ?? 1 }).groundTruth() as unknown as Json;
const referenceAnswer = (t: BenchTask): string => {
  const step = t.reference?.find((s) => s.do === 'answer');
  return step && step.do === 'answer' ? step.text : '';
};

/** Every answer check of the task passes on `answer`; the failing checks' details otherwise. */
function failures(task: BenchTask, doc: Json, answer: string): string[] {
  return answerLeaves(predicateOf(task)).flatMap((leaf) => {
    const e = evaluatePredicate(leaf, doc, { answer }).evidence[0]!;
    return e.pass ? [] : [`${e.check}: ${e.detail}`];
  });
}

const example = await loadTaskFile(
  path.resolve(import.meta.dirname, '../../../benchmarks/suites/virtual/examples/my-tasks.json'),
);
const answerTasks = [...loadVirtualSuite(), ...otherValuesTasks, ...example].filter(
  (t) => answerLeaves(predicateOf(t)).length > 0,
);

describe('answer tasks of the virtual suite', () => {
  it('each has phrasings here (a new answer task needs its own)', () => {
    expect(answerTasks.map((t) => t.id).sort()).toEqual(Object.keys(PHRASINGS).sort());
  });

  it.each(answerTasks.map((t) => [t.id, t] as const))(
    '%s: its reference answer and other correct phrasings pass; wrong ones fail',
    (id, task) => {
      const doc = groundTruth(task);
      const { right, wrong } = PHRASINGS[id]!;
      for (const answer of [referenceAnswer(task), ...right]) expect(failures(task, doc, answer), answer).toEqual([]);
      for (const answer of wrong) expect(failures(task, doc, answer), answer).not.toEqual([]);
    },
  );

  it('files_lease_size rejects a dump of the Files listing, though it holds "818 kB"', () => {
    const task = answerTasks.find((t) => t.id === 'files_lease_size')!;
    const phone = new Phone(APPS, { seed: task.seed ?? 1 });
    phone.launch('com.google.android.apps.nbu.files');
    const documents = parsePageSource(pageSource(phone.render()), {}).elements.find((e) => e.label === 'Documents')!;
    phone.tap(documents.tapPoint.x, documents.tapPoint.y);
    const dump = screenTextFromPageSource(pageSource(phone.render()));
    expect(dump).toContain('Lease agreement.pdf\n818 kB');
    expect(dump.length).toBeGreaterThan(450);
    expect(failures(task, groundTruth(task), dump)).toEqual([
      `answer.number: too long: ${dump.length} characters (at most 200); a listing or a dump is not an answer`,
    ]);
    // The same listing cut under 200 characters still names other files' sizes.
    const short = dump.slice(dump.indexOf('Budget'), dump.indexOf('banana'));
    expect(short.length).toBeLessThan(200);
    expect(failures(task, groundTruth(task), short)[0]).toMatch(
      /^answer\.number: besides the expected one, the answer names the size\(s\) 34 kB, 46 kB, 22 kB: one size was asked$/,
    );
  });
});
