/**
 * Shopping screens: home (search, categories, deals), results (a list longer
 * than the screen), product, cart, checkout, watchlist and orders.
 */
import type { Act, RenderCtx, ScreenDef, View } from '../../framework/types.ts';
import { formatDate } from '../../framework/time.ts';
import {
  button,
  column,
  editText,
  emptyState,
  heading,
  imageButton,
  list,
  listItem,
  radio,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import { CATEGORIES, PRODUCTS, formatPrice, productById, searchProducts, type Product } from '../../world/products.ts';
import { productRow, ratingText } from './productRow.ts';
import { EXPRESS_CENTS, cartCount, cartItemFor, cartTotal, type ShoppingState } from './state.ts';

type S = ShoppingState;

export function runSearch(a: Act<S>, raw: string, replace = false): void {
  const query = raw.trim();
  if (!query) return;
  a.state.recentSearches = [
    query,
    ...a.state.recentSearches.filter((q) => q.toLowerCase() !== query.toLowerCase()),
  ].slice(0, 5);
  if (replace) a.replace('results', { query });
  else a.navigate('results', { query });
}

const cartButton = (): View<S> => imageButton<S>('Cart', (a) => a.navigate('cart'), { id: 'cart_button' });

function searchField(r: RenderCtx<S>, initial: string, replace: boolean): View<S> {
  return editText<S>(
    'search_box',
    'Search products',
    {
      value: String(r.local.draft ?? initial),
      onChange: (a, v) => {
        a.local.draft = v;
      },
      onSubmit: (a) => runSearch(a, String(a.local.draft ?? initial), replace),
    },
    { grow: 1, h: 130, pad: [0, 40, 0, 40] },
  );
}

/** Results for a typed query or a category, sorted as the Sort dialog says. */
export function resultsFor(params: Record<string, unknown>, sort: string): Product[] {
  const found = params.category
    ? PRODUCTS.filter((p) => p.category === params.category)
    : searchProducts(String(params.query ?? ''));
  const sorted = [...found];
  if (sort === 'Price: low to high') sorted.sort((x, y) => x.priceCents - y.priceCents);
  else if (sort === 'Price: high to low') sorted.sort((x, y) => y.priceCents - x.priceCents);
  else if (sort === 'Avg. customer review') sorted.sort((x, y) => y.rating - x.rating || y.reviews - x.reviews);
  return sorted;
}

function addToCart(a: Act<S>, id: string): void {
  const existing = a.state.cart.find((i) => i.productId === id);
  if (existing) existing.qty += 1;
  else a.state.cart.push(cartItemFor(id));
  a.snackbar('Added to cart', { label: 'View cart', run: 'openCart' });
}

export const screens: Record<string, ScreenDef<S>> = {
  home: {
    activity: '.ui.HomeActivity',
    render: (r) => {
      const deals = [
        PRODUCTS[0]!,
        PRODUCTS.find((p) => p.id === 'soundwave-anc')!,
        PRODUCTS.find((p) => p.id === 'cast-iron-pan')!,
      ];
      return screen<S>([
        toolbar<S>('Shopping', {
          actions: [
            imageButton<S>('Orders', (a) => a.navigate('orders'), { id: 'orders_button' }),
            imageButton<S>('Watchlist', (a) => a.navigate('watchlist'), { id: 'watchlist_button' }),
            cartButton(),
          ],
        }),
        row<S>({ h: 150, pad: [10, 0, 10, 0] }, [
          searchField(r, '', false),
          imageButton<S>('Search', (a) => runSearch(a, String(a.local.draft ?? '')), { id: 'search_button', h: 130 }),
        ]),
        list<S>(
          'home',
          [
            heading<S>('Shop by category', { key: 'heading/categories' }),
            ...CATEGORIES.map((c) =>
              listItem<S>({
                title: c,
                summary: `${PRODUCTS.filter((p) => p.category === c).length} items`,
                id: 'category_item',
                key: `category/${c}`,
                onTap: (a) => a.navigate('results', { category: c }),
              }),
            ),
            ...(r.state.recentSearches.length
              ? [
                  heading<S>('Recent searches', { key: 'heading/recent' }),
                  ...r.state.recentSearches.map((q) =>
                    listItem<S>({ title: q, id: 'recent_search', key: `recent/${q}`, onTap: (a) => runSearch(a, q) }),
                  ),
                ]
              : []),
            heading<S>('Deals of the day', { key: 'heading/deals' }),
            ...deals.map((p) => productRow(p, (a) => a.navigate('product', { id: p.id }))),
          ],
          { id: 'home_list' },
        ),
      ]);
    },
  },
  results: {
    activity: '.ui.SearchResultsActivity',
    render: (r) => {
      const sort = r.state.sort;
      const found = resultsFor(r.params, sort);
      const label = r.params.category ? String(r.params.category) : `"${String(r.params.query ?? '')}"`;
      return screen<S>([
        row<S>({ id: 'toolbar', h: 168 }, [
          imageButton<S>('Navigate up', (a) => a.back(), { h: 168, w: 140 }),
          searchField(r, String(r.params.query ?? ''), true),
          cartButton(),
        ]),
        row<S>({ h: 120, pad: [0, 48, 0, 48] }, [
          text<S>(`${found.length} results for ${label}`, { id: 'results_count', grow: 1, h: undefined }),
          button<S>(`Sort: ${sort}`, (a) => a.showDialog('sort', { current: a.state.sort }), {
            id: 'sort_button',
            w: 480,
            h: 100,
          }),
        ]),
        found.length
          ? list<S>(
              'results',
              found.map((p) => productRow(p, (a) => a.navigate('product', { id: p.id }))),
              { id: 'results_list' },
            )
          : emptyState<S>(`No results for ${label}. Check the spelling or try a more general word.`),
      ]);
    },
  },
  product: {
    activity: '.ui.ProductActivity',
    render: (r) => {
      const p = productById(String(r.params.id));
      if (!p)
        return screen<S>([toolbar<S>('Product', { up: true }), emptyState<S>('This product is no longer available')]);
      const stock = r.state.stock[p.id] ?? 0;
      const watched = r.state.watchlist.some((w) => w.productId === p.id);
      const inCart = r.state.cart.find((i) => i.productId === p.id)?.qty ?? 0;
      return screen<S>([
        toolbar<S>(p.category, {
          up: true,
          actions: [
            imageButton<S>(
              'Share',
              (a) => a.share(`${p.name} – ${formatPrice(p.priceCents)}\nhttps://shopping.example.com/p/${p.id}`),
              { id: 'share_button' },
            ),
            cartButton(),
          ],
        }),
        list<S>(
          'product',
          [
            text<S>(p.name, { id: 'product_title', h: 140, pad: [20, 48, 0, 48], style: { size: 48, bold: true } }),
            text<S>(`by ${p.brand}`, { id: 'product_brand', pad: [0, 48, 0, 48], style: { color: '#0b57d0' } }),
            text<S>(ratingText(p), { id: 'product_rating', pad: [0, 48, 0, 48] }),
            text<S>(formatPrice(p.priceCents), {
              id: 'product_price',
              h: 130,
              pad: [20, 48, 0, 48],
              style: { size: 64, bold: true },
            }),
            text<S>(stock === 0 ? 'Out of stock' : stock < 5 ? `Only ${stock} left in stock` : 'In stock', {
              id: 'stock_status',
              pad: [0, 48, 0, 48],
              style: { color: stock < 5 ? '#b3261e' : '#146c2e' },
            }),
            column<S>({ pad: [20, 48, 20, 48], gap: 24 }, [
              button<S>('Add to cart', (a) => addToCart(a, p.id), {
                id: 'add_to_cart',
                enabled: stock > 0,
                style: { bg: '#ffd814', radius: 60, align: 'center', bold: true },
              }),
              button<S>(
                watched ? 'Remove from watchlist' : 'Add to watchlist',
                (a) => {
                  const on = a.state.watchlist.some((w) => w.productId === p.id);
                  if (on) a.state.watchlist = a.state.watchlist.filter((w) => w.productId !== p.id);
                  else a.state.watchlist.push({ productId: p.id, name: p.name, priceCents: p.priceCents });
                  a.toast(on ? 'Removed from watchlist' : 'Added to watchlist');
                },
                { id: 'watchlist_toggle' },
              ),
            ]),
            ...(inCart ? [text<S>(`${inCart} in cart`, { id: 'in_cart', pad: [0, 48, 0, 48] })] : []),
            text<S>('About this item', {
              h: 100,
              heading: true,
              pad: [20, 48, 0, 48],
              style: { size: 40, bold: true },
            }),
            text<S>(p.description, {
              id: 'product_description',
              h: 64 * Math.ceil(p.description.length / 42),
              pad: [0, 48, 0, 48],
            }),
          ],
          { id: 'product_details' },
        ),
      ]);
    },
  },
  cart: {
    activity: '.ui.CartActivity',
    render: (r) => {
      const s = r.state;
      const rows = s.cart.map((item) =>
        column<S>({ id: 'cart_item', key: `cart/${item.productId}`, h: 330, pad: [10, 48, 10, 48] }, [
          text<S>(item.name, { id: 'product_title', h: 70, style: { size: 36 } }),
          text<S>(formatPrice(item.priceCents), { id: 'product_price', h: 64, style: { bold: true } }),
          row<S>({ h: 150, gap: 16 }, [
            imageButton<S>(
              `Decrease quantity of ${item.name}`,
              (a) => {
                const it = a.state.cart.find((i) => i.productId === item.productId);
                if (!it) return;
                if (it.qty > 1) it.qty -= 1;
                else a.showDialog('remove_item', { id: item.productId });
              },
              { id: 'quantity_decrease', h: 130, w: 130 },
            ),
            text<S>(String(item.qty), {
              id: 'quantity',
              w: 120,
              h: 130,
              desc: `Quantity ${item.qty}`,
              style: { align: 'center', size: 44 },
            }),
            imageButton<S>(
              `Increase quantity of ${item.name}`,
              (a) => {
                const it = a.state.cart.find((i) => i.productId === item.productId);
                if (it && it.qty < 10) it.qty += 1;
              },
              { id: 'quantity_increase', h: 130, w: 130 },
            ),
            text<S>('', { grow: 1, h: undefined }),
            button<S>('Remove', (a) => a.showDialog('remove_item', { id: item.productId }), {
              id: 'remove_button',
              desc: `Remove ${item.name}`,
              w: 300,
              h: 120,
            }),
          ]),
        ]),
      );
      const n = cartCount(s);
      return screen<S>([
        toolbar<S>('Cart', { up: true }),
        s.cart.length ? list<S>('cart', rows, { id: 'cart_list' }) : emptyState<S>('Your cart is empty', 'empty_cart'),
        text<S>(`Subtotal (${n} ${n === 1 ? 'item' : 'items'}): ${formatPrice(cartTotal(s))}`, {
          id: 'subtotal',
          h: 110,
          pad: [20, 48, 0, 48],
          style: { size: 40, bold: true },
        }),
        button<S>('Proceed to checkout', (a) => a.navigate('checkout'), {
          id: 'checkout_button',
          enabled: s.cart.length > 0,
          h: 140,
          style: { bg: '#ffd814', radius: 60, align: 'center', bold: true },
        }),
      ]);
    },
  },
  checkout: {
    activity: '.ui.CheckoutActivity',
    render: (r) => {
      const s = r.state;
      const express = r.local.delivery === 'Express';
      const total = cartTotal(s) + (express ? EXPRESS_CENTS : 0);
      const address = String(r.local.address ?? s.address);
      return screen<S>([
        toolbar<S>('Checkout', { up: true }),
        list<S>(
          'checkout',
          [
            text<S>('Shipping address', { h: 90, heading: true, pad: [20, 48, 0, 48], style: { bold: true } }),
            editText<S>('address_input', 'Shipping address', {
              value: address,
              onChange: (a, v) => {
                a.local.address = v;
                delete a.local.error;
              },
            }),
            text<S>('Delivery', { h: 90, heading: true, pad: [20, 48, 0, 48], style: { bold: true } }),
            radio<S>(
              'Standard (free, 3-5 days)',
              !express,
              (a) => {
                a.local.delivery = 'Standard';
              },
              { id: 'delivery_standard' },
            ),
            radio<S>(
              `Express (${formatPrice(EXPRESS_CENTS)}, tomorrow)`,
              express,
              (a) => {
                a.local.delivery = 'Express';
              },
              { id: 'delivery_express' },
            ),
            ...s.cart.map((i) =>
              text<S>(`${i.qty} × ${i.name}: ${formatPrice(i.qty * i.priceCents)}`, {
                id: 'order_line',
                key: `line/${i.productId}`,
                pad: [0, 48, 0, 48],
              }),
            ),
            text<S>(`Order total: ${formatPrice(total)}`, {
              id: 'order_total',
              h: 110,
              pad: [20, 48, 0, 48],
              style: { size: 40, bold: true },
            }),
            ...(r.local.error
              ? [text<S>(String(r.local.error), { id: 'error', pad: [0, 48, 0, 48], style: { color: '#b3261e' } })]
              : []),
            button<S>(
              'Place your order',
              (a) => {
                const addr = String(a.local.address ?? a.state.address).trim();
                if (!addr) {
                  a.local.error = 'Enter a shipping address';
                  return;
                }
                if (a.state.cart.length === 0) return a.toast('Your cart is empty');
                const exp = a.local.delivery === 'Express';
                a.state.orders.push({
                  id: `113-${String(a.state.nextOrder++).padStart(7, '0')}`,
                  items: a.state.cart,
                  totalCents: cartTotal(a.state) + (exp ? EXPRESS_CENTS : 0),
                  address: addr,
                  delivery: exp ? 'Express' : 'Standard',
                  time: a.device.now,
                });
                a.state.address = addr;
                a.state.cart = [];
                a.popTo('home');
                a.navigate('orders');
                a.toast('Order placed, thanks!');
              },
              { id: 'place_order', style: { bg: '#ffd814', radius: 60, align: 'center', bold: true } },
            ),
          ],
          { id: 'checkout_list' },
        ),
      ]);
    },
  },
  watchlist: {
    activity: '.ui.WatchlistActivity',
    render: (r) => {
      const rows = r.state.watchlist
        .map((w) => {
          const p = productById(w.productId);
          return p
            ? productRow(
                p,
                (a) => a.navigate('product', { id: p.id }),
                imageButton<S>(
                  `Remove ${p.name} from watchlist`,
                  (a) => {
                    a.state.watchlist = a.state.watchlist.filter((x) => x.productId !== p.id);
                    a.toast('Removed from watchlist');
                  },
                  { id: 'remove_watch', h: 240 },
                ),
              )
            : null;
        })
        .filter((v): v is View<S> => v !== null);
      return screen<S>([
        toolbar<S>('Watchlist', { up: true }),
        rows.length ? list<S>('watchlist', rows, { id: 'watchlist' }) : emptyState<S>('Nothing on your watchlist yet'),
      ]);
    },
  },
  orders: {
    activity: '.ui.OrdersActivity',
    render: (r) => {
      const rows = [...r.state.orders].reverse().map((o) =>
        listItem<S>({
          title: o.items.map((i) => (i.qty > 1 ? `${i.qty} × ${i.name}` : i.name)).join(', '),
          summary: `Order ${o.id} · ${formatDate(o.time)} · ${formatPrice(o.totalCents)}`,
          id: 'order_item',
          key: `order/${o.id}`,
        }),
      );
      return screen<S>([
        toolbar<S>('Your orders', { up: true }),
        rows.length ? list<S>('orders', rows, { id: 'orders_list' }) : emptyState<S>('No orders yet'),
      ]);
    },
  },
};
