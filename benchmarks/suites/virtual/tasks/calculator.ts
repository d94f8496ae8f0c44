/** Calculator: arithmetic with the answer reported, and a setting. */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { answer, launch, tap, tapDesc } from '../steps.ts';

const K = (rest: string) => app('Calculator', rest);
const KEY_DESC: Record<string, string> = {
  '+': 'plus',
  '-': 'minus',
  '*': 'multiply',
  '/': 'divide',
  '.': 'point',
  '=': 'equals',
  '%': 'percent',
  '(': 'left parenthesis',
  ')': 'right parenthesis',
};
/** Press the keys of an expression ("186.4/4=") by their content descriptions, one tap per key. */
export function keys(expr: string): ScriptStep[] {
  return [...expr].map((k) => tapDesc(KEY_DESC[k] ?? k));
}

export const calculatorTasks = [
  defineTask({
    id: 'calc_multiply',
    instruction: 'Use the calculator to work out 128 times 37.',
    apps: ['Calculator'],
    difficulty: 1,
    category: 'compute',
    success: {
      // One number, the product; the question's own numbers may be restated.
      all: [{ answer: { number: 4736, ignore: [128, 37] } }, { path: K('history[*].result'), equals: '4736' }],
    },
    reference: [launch('Calculator'), ...keys('128*37='), answer('128 × 37 = 4736')],
  }),
  defineTask({
    id: 'calc_tip',
    instruction: 'What is 18% of a $64.50 bill? Use the calculator.',
    apps: ['Calculator'],
    difficulty: 2,
    category: 'compute',
    seed: 2,
    startInApp: true,
    success: {
      // One amount, the tip; the question's own numbers may be restated.
      all: [
        { answer: { number: 11.61, tolerance: 0.005, ignore: [18, 64.5] } },
        { path: K('history[*].result'), equals: '11.61' },
      ],
    },
    reference: [...keys('64.5*18/100='), answer('18% of $64.50 is $11.61.')],
  }),
  defineTask({
    id: 'calc_dark_theme',
    instruction: 'Switch the calculator to its dark theme.',
    apps: ['Calculator'],
    difficulty: 1,
    category: 'settings',
    success: { path: K('theme'), equals: 'Dark' },
    reference: [launch('Calculator'), tapDesc('More options'), tap('Choose theme'), tap('Dark')],
  }),
];
