/** Shopping data: cart, watchlist, orders and stock. Plain JSON; the ground truth tasks check. */
import type { Seeded } from '../../framework/types.ts';
import { PRODUCTS, productById } from '../../world/products.ts';

export interface CartItem {
  productId: string;
  name: string;
  /** Unit price. */
  priceCents: number;
  qty: number;
}

export interface WatchItem {
  productId: string;
  name: string;
  priceCents: number;
}

export interface Order {
  id: string;
  items: CartItem[];
  totalCents: number;
  address: string;
  delivery: 'Standard' | 'Express';
  /** Virtual clock ms. */
  time: number;
}

export interface ShoppingState {
  cart: CartItem[];
  watchlist: WatchItem[];
  orders: Order[];
  /** Units in stock by product id. */
  stock: Record<string, number>;
  recentSearches: string[];
  address: string;
  nextOrder: number;
  /** Sort order of search results (the Sort dialog). */
  sort: string;
  /** Virtual clock of the last stock refresh (onResume). */
  lastSync: number;
}

export const EXPRESS_CENTS = 999;

export function cartItemFor(productId: string, qty = 1): CartItem {
  const p = productById(productId)!;
  return { productId, name: p.name, priceCents: p.priceCents, qty };
}

export function initialShopping(s: Seeded): ShoppingState {
  const stock: Record<string, number> = {};
  for (const p of PRODUCTS) stock[p.id] = s.int(1, 40);
  // A cart left from an earlier visit and a watchlist, never containing Catan (tasks add it).
  const others = PRODUCTS.filter((p) => p.id !== 'catan' && p.id !== 'catan-seafarers');
  const inCart = s.pick(others.filter((p) => p.category !== 'Board games'));
  const watch = [
    s.pick(others.filter((p) => p.category === 'Board games')),
    s.pick(others.filter((p) => p.category === 'Headphones')),
  ];
  const pastOrder = cartItemFor(s.pick(others.filter((p) => p.category === 'Books')).id);
  return {
    cart: [cartItemFor(inCart.id)],
    watchlist: watch.map((p) => ({ productId: p.id, name: p.name, priceCents: p.priceCents })),
    orders: [
      {
        id: `112-${s.int(1000000, 9999999)}`,
        items: [pastOrder],
        totalCents: pastOrder.priceCents,
        address: '23 Elm Row, Riverside',
        delivery: 'Standard',
        time: s.now - 9 * 86_400_000,
      },
    ],
    stock,
    recentSearches: ['headphones'],
    address: '23 Elm Row, Riverside',
    nextOrder: 1,
    sort: 'Relevance',
    lastSync: s.now,
  };
}

export function cartCount(s: ShoppingState): number {
  return s.cart.reduce((n, i) => n + i.qty, 0);
}

export function cartTotal(s: ShoppingState): number {
  return s.cart.reduce((n, i) => n + i.qty * i.priceCents, 0);
}
