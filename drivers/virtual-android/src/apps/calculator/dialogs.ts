/** Calculator dialogs: the overflow menu, theme choice and clearing the history. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, listItem, radio } from '../../framework/widgets.ts';
import type { CalculatorState } from './state.ts';

type S = CalculatorState;
const THEMES: CalculatorState['theme'][] = ['System default', 'Light', 'Dark'];

export const dialogs: Record<string, DialogDef<S>> = {
  menu: {
    render: () =>
      alert<S>({
        body: [
          listItem<S>({ title: 'History', id: 'menu_item', onTap: (a) => a.navigate('history') }),
          listItem<S>({
            title: 'Choose theme',
            id: 'menu_item',
            onTap: (a) => {
              a.closeDialog();
              a.showDialog('theme');
            },
          }),
          listItem<S>({
            title: 'Send feedback',
            id: 'menu_item',
            onTap: (a) => {
              a.closeDialog();
              a.toast('Thanks for your feedback');
            },
          }),
        ],
      }),
  },
  theme: {
    render: (r) =>
      alert<S>({
        title: 'Choose theme',
        body: THEMES.map((t) =>
          radio<S>(
            t,
            r.state.theme === t,
            (a) => {
              a.state.theme = t;
              a.closeDialog();
            },
            { id: 'theme_option' },
          ),
        ),
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
  clear_history: {
    render: () =>
      alert<S>({
        title: 'Clear history?',
        message: 'All calculations in the history will be deleted.',
        positive: {
          label: 'Clear',
          onTap: (a) => {
            a.state.history = [];
            a.closeDialog();
          },
        },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
};
