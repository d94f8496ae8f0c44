/** One product in a list (results, deals, watchlist): the same ids on every row, as real apps reuse item layouts. */
import type { Handler, View } from '../../framework/types.ts';
import { column, text } from '../../framework/widgets.ts';
import { formatPrice, type Product } from '../../world/products.ts';
import type { ShoppingState } from './state.ts';

type S = ShoppingState;

export function ratingText(p: Product): string {
  return `${p.rating.toFixed(1)} ★ (${p.reviews.toLocaleString('en-US')})`;
}

export function productRow(p: Product, onTap: Handler<S>, trailing?: View<S>): View<S> {
  const texts = column<S>({ grow: 1, pad: [20, 0, 20, 0] }, [
    text<S>(p.name, { id: 'product_title', h: 64, style: { size: 36 } }),
    text<S>(formatPrice(p.priceCents), { id: 'product_price', h: 64, style: { size: 40, bold: true } }),
    text<S>(ratingText(p), { id: 'product_rating', h: 56, style: { size: 30, color: '#5f6368' } }),
  ]);
  return {
    cls: 'android.widget.LinearLayout',
    id: 'product_item',
    key: `product/${p.id}`,
    dir: 'row',
    h: 240,
    pad: [0, 48, 0, 48],
    clickable: true,
    focusable: true,
    onTap,
    children: trailing ? [texts, trailing] : [texts],
  };
}
