/** Shopping: search, cart, sort, checkout. */
import type { ScriptStep } from '../../../types.ts';
import { defineTask } from '../defineTask.ts';
import { app } from '../packages.ts';
import { launch, rid, tap, tapDesc, tapId, typeInto, tapXpath, idText } from '../steps.ts';

const P = (rest: string) => app('Shopping', rest);
/** Search the store and open the product whose title is `title`. */
export function openProduct(query: string, title: string): ScriptStep[] {
  return [typeInto(rid('Shopping', 'search_box'), query, true), tapXpath(idText('Shopping', 'product_title', title))];
}

export const shoppingTasks = [
  defineTask({
    id: 'shop_add_catan',
    instruction: 'Add the Catan board game to my cart.',
    apps: ['Shopping'],
    difficulty: 1,
    category: 'transaction',
    faultProfile: 'light',
    seed: 2,
    success: { path: P('cart[*].productId'), equals: 'catan' },
    reference: [launch('Shopping'), ...openProduct('catan', 'Catan'), tapId(rid('Shopping', 'add_to_cart'))],
  }),
  defineTask({
    id: 'shop_remove_earbuds',
    instruction: 'Take the earbuds out of my cart.',
    apps: ['Shopping'],
    difficulty: 2,
    category: 'transaction',
    success: { path: P('cart[?(productId == "pulse-buds")]'), count: 0 },
    reference: [
      launch('Shopping'),
      tapDesc('Cart'),
      tapDesc('Remove Pulse Buds True Wireless Earbuds'),
      tapId('android:id/button1'),
    ],
  }),
  defineTask({
    id: 'shop_cheapest_board_game',
    instruction: 'Add the cheapest board game in the store to my cart.',
    apps: ['Shopping'],
    difficulty: 2,
    category: 'transaction',
    success: { path: P('cart[*].productId'), equals: 'codenames' },
    reference: [
      launch('Shopping'),
      tap('Board games'),
      tapId(rid('Shopping', 'sort_button')),
      tap('Price: low to high'),
      tapXpath(idText('Shopping', 'product_title', 'Codenames')),
      tapId(rid('Shopping', 'add_to_cart')),
    ],
  }),
  defineTask({
    id: 'shop_buy_azul_express',
    instruction:
      'Order Azul with express delivery. Only Azul: the earbuds in my cart should not be part of this order.',
    apps: ['Shopping'],
    difficulty: 3,
    category: 'transaction',
    success: {
      path: P('orders[*]'),
      some: {
        all: [
          { path: 'delivery', equals: 'Express' },
          { path: 'items[*].productId', equals: 'azul' },
          { path: 'items', count: 1 },
        ],
      },
    },
    reference: [
      launch('Shopping'),
      tapDesc('Cart'),
      tapDesc('Remove Pulse Buds True Wireless Earbuds'),
      tapId('android:id/button1'),
      { do: 'back' },
      ...openProduct('azul', 'Azul'),
      tapId(rid('Shopping', 'add_to_cart')),
      tapDesc('Cart'),
      tapId(rid('Shopping', 'checkout_button')),
      tapId(rid('Shopping', 'delivery_express')),
      tapId(rid('Shopping', 'place_order')),
    ],
  }),
];
