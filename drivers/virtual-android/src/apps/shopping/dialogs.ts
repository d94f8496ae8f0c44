/** Shopping dialogs: confirm removing a cart item; choose the sort order of results. */
import type { DialogDef } from '../../framework/types.ts';
import { alert, radio } from '../../framework/widgets.ts';
import type { ShoppingState } from './state.ts';

type S = ShoppingState;
export const SORTS = ['Relevance', 'Price: low to high', 'Price: high to low', 'Avg. customer review'];

export const dialogs: Record<string, DialogDef<S>> = {
  remove_item: {
    render: (r) => {
      const item = r.state.cart.find((i) => i.productId === r.params.id);
      return alert<S>({
        title: 'Remove item?',
        message: item ? `Remove ${item.name} from your cart?` : 'This item is no longer in your cart.',
        positive: {
          label: 'Remove',
          onTap: (a) => {
            const removed = a.state.cart.find((i) => i.productId === a.params.id);
            a.state.cart = a.state.cart.filter((i) => i.productId !== a.params.id);
            a.closeDialog();
            if (removed)
              a.snackbar(`${removed.name} removed`, { label: 'Undo', run: 'restoreItem', payload: { ...removed } });
          },
        },
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      });
    },
  },
  sort: {
    render: (r) =>
      alert<S>({
        title: 'Sort by',
        body: SORTS.map((s) =>
          radio<S>(
            s,
            r.params.current === s,
            (a) => {
              // Kept in app state: the app remembers the sort order across searches.
              a.state.sort = s;
              a.closeDialog();
            },
            { id: 'sort_option' },
          ),
        ),
        negative: { label: 'Cancel', onTap: (a) => a.closeDialog() },
      }),
  },
};
