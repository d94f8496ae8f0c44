/**
 * Calculator screens: the keypad (display + basic pad), the advanced pad
 * (same display, scientific keys) and the history list.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { formatDate, formatHm } from '../../framework/time.ts';
import {
  button,
  column,
  emptyState,
  imageButton,
  list,
  listItem,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import {
  pressBackspace,
  pressClear,
  pressCloseParen,
  pressEquals,
  pressOperand,
  pressOperator,
  pressPercent,
} from './keys.ts';
import type { CalculatorState } from './state.ts';

type S = CalculatorState;

interface Key {
  label: string;
  id: string;
  desc: string;
  press: (a: Act<S>) => void;
}

const digit = (d: string): Key => ({ label: d, id: `digit_${d}`, desc: d, press: (a) => pressOperand(a.state, d) });
const op = (label: string, id: string, desc: string): Key => ({
  label,
  id,
  desc,
  press: (a) => pressOperator(a.state, label),
});

const BASIC: Key[][] = [
  [
    { label: 'C', id: 'clr', desc: 'clear', press: (a) => pressClear(a.state) },
    { label: '(', id: 'lparen', desc: 'left parenthesis', press: (a) => pressOperand(a.state, '(') },
    { label: ')', id: 'rparen', desc: 'right parenthesis', press: (a) => pressCloseParen(a.state) },
    op('÷', 'op_div', 'divide'),
  ],
  [digit('7'), digit('8'), digit('9'), op('×', 'op_mul', 'multiply')],
  [digit('4'), digit('5'), digit('6'), op('−', 'op_sub', 'minus')],
  [digit('1'), digit('2'), digit('3'), op('+', 'op_add', 'plus')],
  [
    { label: '%', id: 'op_pct', desc: 'percent', press: (a) => pressPercent(a.state) },
    digit('0'),
    { label: '.', id: 'dec_point', desc: 'point', press: (a) => pressOperand(a.state, '.') },
    { label: '=', id: 'eq', desc: 'equals', press: (a) => pressEquals(a.state, a.device.now) },
  ],
];

const ADVANCED: Key[][] = [
  [
    { label: '√', id: 'op_sqrt', desc: 'square root', press: (a) => pressOperand(a.state, '√') },
    { label: 'π', id: 'const_pi', desc: 'pi', press: (a) => pressOperand(a.state, 'π') },
    { label: 'e', id: 'const_e', desc: "Euler's number", press: (a) => pressOperand(a.state, 'e') },
  ],
  [
    { label: '^', id: 'op_pow', desc: 'power', press: (a) => pressOperator(a.state, '^') },
    {
      label: 'x²',
      id: 'op_sqr',
      desc: 'square',
      press: (a) => {
        pressOperator(a.state, '^');
        pressOperand(a.state, '2');
      },
    },
    { label: '(', id: 'lparen', desc: 'left parenthesis', press: (a) => pressOperand(a.state, '(') },
  ],
  [
    { label: ')', id: 'rparen', desc: 'right parenthesis', press: (a) => pressCloseParen(a.state) },
    { label: '%', id: 'op_pct', desc: 'percent', press: (a) => pressPercent(a.state) },
    { label: '=', id: 'eq', desc: 'equals', press: (a) => pressEquals(a.state, a.device.now) },
  ],
];

function pad(keys: Key[][], id: string): View<S> {
  return column<S>(
    { id, grow: 1, pad: [20, 40, 40, 40], gap: 20 },
    keys.map((r) =>
      row<S>(
        { grow: 1, gap: 20 },
        r.map((k) =>
          button<S>(k.label, k.press, {
            id: k.id,
            key: `key/${k.id}`,
            desc: k.desc,
            h: undefined,
            style: { bg: /[0-9.]/.test(k.label) ? '#eef1f8' : '#d3e3fd', radius: 80, align: 'center', size: 56 },
          }),
        ),
      ),
    ),
  );
}

function display(r: RenderCtx<S>): View<S> {
  const s = r.state;
  return column<S>({ id: 'display', h: 520, pad: [20, 60, 20, 60] }, [
    text<S>(s.formula, {
      id: 'formula',
      h: 220,
      style: { size: s.evaluated ? 56 : 88, align: 'right', color: s.evaluated ? '#5f6368' : undefined },
    }),
    text<S>(s.result, {
      id: 'result',
      h: 160,
      style: { size: s.evaluated ? 96 : 56, align: 'right', color: s.evaluated ? undefined : '#5f6368' },
    }),
    row<S>({ h: 100 }, [
      text<S>('', { grow: 1, h: undefined }),
      imageButton<S>('backspace', (a) => pressBackspace(a.state), { id: 'del', h: 100 }),
    ]),
  ]);
}

function calcScreen(r: RenderCtx<S>, advanced: boolean): View<S> {
  return screen<S>([
    row<S>({ id: 'toolbar', h: 150 }, [
      text<S>('', { grow: 1, h: undefined }),
      imageButton<S>(advanced ? 'Basic keypad' : 'Advanced keypad', (a) => a.replace(advanced ? 'main' : 'advanced'), {
        id: 'toggle_mode',
        h: 150,
      }),
      imageButton<S>('History', (a) => a.navigate('history'), { id: 'history', h: 150 }),
      imageButton<S>('More options', (a) => a.showDialog('menu'), { id: 'overflow_menu', h: 150 }),
    ]),
    display(r),
    pad(advanced ? ADVANCED : BASIC, advanced ? 'pad_advanced' : 'pad_numeric'),
  ]);
}

export const screens: Record<string, ScreenDef<S>> = {
  main: { activity: 'com.android.calculator2.Calculator', render: (r) => calcScreen(r, false) },
  advanced: { activity: 'com.android.calculator2.Calculator', render: (r) => calcScreen(r, true) },
  history: {
    activity: 'com.android.calculator2.Calculator',
    render: (r) => {
      const items = [...r.state.history].reverse().map((h) =>
        listItem<S>({
          title: `${h.formula} = ${h.result}`,
          summary: `${formatDate(h.time)}, ${formatHm(Math.floor((h.time % 86_400_000) / 60_000))}`,
          id: 'history_item',
          key: `history/${h.time}`,
          titleId: 'history_formula',
          summaryId: 'history_date',
          // Tapping an old answer puts it back on the display, as Google Calculator does.
          onTap: (a) => {
            a.state.formula = h.result;
            a.state.result = '';
            a.state.evaluated = false;
            a.back();
          },
        }),
      );
      return screen<S>([
        toolbar<S>('History', {
          up: true,
          actions: [imageButton<S>('Clear history', (a) => a.showDialog('clear_history'), { id: 'clear_history' })],
        }),
        items.length
          ? list<S>('history', items, { id: 'history_list' })
          : emptyState<S>('No history yet', 'empty_history'),
      ]);
    },
  },
};
