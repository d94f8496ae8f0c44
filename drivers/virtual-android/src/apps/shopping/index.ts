/** Shopping (com.maple.shopping): search, categories, product pages, cart with checkout, watchlist, orders. */
import { defineApp } from '../../framework/types.ts';
import { dialogs } from './dialogs.ts';
import { screens } from './screens.ts';
import { initialShopping, type CartItem, type ShoppingState } from './state.ts';

export type { ShoppingState, CartItem };

export default defineApp<ShoppingState>({
  id: 'shopping',
  package: 'com.maple.shopping',
  label: 'Shopping',
  icon: 'Sh',
  launchActivity: '.ui.HomeActivity',
  home: 'home',
  initialState: initialShopping,
  screens,
  dialogs,
  actions: {
    openCart: (a) => a.navigate('cart'),
    restoreItem: (a, payload) => {
      const item = payload as unknown as CartItem | undefined;
      if (item && !a.state.cart.some((i) => i.productId === item.productId)) a.state.cart.push(item);
    },
  },
});
