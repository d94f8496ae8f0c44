/** Shopping (com.maple.shopping): search, categories, product pages, cart with checkout, watchlist, orders. */
import { defineApp } from '../../framework/types.ts';
import { PRODUCTS } from '../../world/products.ts';
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
  // Other shoppers buy things between visits: stock counts drift down (never to zero).
  onResume: (a) => {
    if (a.device.now - a.state.lastSync < 300_000) return;
    a.state.lastSync = a.device.now;
    const p = PRODUCTS[Math.floor(a.random() * PRODUCTS.length)]!;
    a.state.stock[p.id] = Math.max(1, (a.state.stock[p.id] ?? 1) - 1 - Math.floor(a.random() * 3));
  },
  actions: {
    openCart: (a) => a.navigate('cart'),
    restoreItem: (a, payload) => {
      const item = payload as unknown as CartItem | undefined;
      if (item && !a.state.cart.some((i) => i.productId === item.productId)) a.state.cart.push(item);
    },
  },
});
