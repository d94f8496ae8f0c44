/** Maps dialogs: choose the list to save a place to; the weekly opening hours. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, radio, text } from '../../framework/widgets.ts';
import { dayName, placeById } from '../../world/places.ts';
import { LISTS, type MapsState } from './state.ts';

type S = MapsState;

export const dialogs: Record<string, DialogDef<S>> = {
  save_to_list: {
    render: (r) => {
      const p = placeById(String(r.params.id));
      return alert<S>({
        title: 'Save to list',
        body: LISTS.map((l) =>
          radio<S>(
            l,
            false,
            (a) => {
              if (p && !a.state.saved.some((x) => x.placeId === p.id))
                a.state.saved.push({ placeId: p.id, name: p.name, list: l, savedAt: a.device.now });
              a.closeDialog();
              a.toast(`Saved to ${l}`);
            },
            { id: 'list_option' },
          ),
        ),
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  hours: {
    render: (r) => {
      const p = placeById(String(r.params.id));
      const today = new Date(r.device.now).getUTCDay();
      return alert<S>({
        title: 'Opening hours',
        body: p
          ? [1, 2, 3, 4, 5, 6, 0].map((d) =>
              text<S>(`${dayName(d)}: ${p.hours[d]}`, {
                id: 'hours_line',
                pad: [0, 64, 0, 64],
                selected: d === today,
                style: d === today ? { bold: true } : undefined,
              }),
            )
          : [],
        positive: { label: 'Close', onTap: (a) => a.closeDialog() },
      });
    },
  },
};
