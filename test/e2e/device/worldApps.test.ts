/**
 * Chrome, Maps, Shopping, Files and Calculator on the virtual phone, end to
 * end through a real Appium server and WebdriverIO: each is opened from its
 * launcher icon, does its main task, and the ground truth follows.
 */
import { describe, expect, it } from 'vitest';
import { acc, xpath, id, textIs, useVirtualPhone } from '../../support/virtualPhone.ts';

interface Apps {
  'com.android.chrome': {
    history: { url: string }[];
    searches: { query: string }[];
    bookmarks: { url: string; title: string }[];
    tabs: { url: string | null }[];
  };
  'com.google.android.apps.maps': { saved: { placeId: string; name: string; list: string }[] };
  'com.maple.shopping': {
    cart: { productId: string; name: string; priceCents: number; qty: number }[];
    watchlist: { productId: string }[];
  };
  'com.google.android.apps.nbu.files': { files: { id: number; name: string; folder: string }[] };
  'com.google.android.calculator': { formula: string; result: string; history: { formula: string; result: string }[] };
}

/** Scrolls down until the text is on screen (rows below the fold are absent from page source). */
async function scrollTo(text: string): Promise<void> {
  for (let i = 0; i < 8 && !(await source()).includes(`text="${text}"`); i++) await phone.opened.device.scroll('down');
  expect(await source()).toContain(`text="${text}"`);
}

const phone = useVirtualPhone(7);
const { source, screen } = phone;
const apps = () => phone.apps<Apps>();

describe('world apps through Appium', () => {
  it('has a launcher icon for each app', async () => {
    const src = await source();
    for (const label of ['Chrome', 'Maps', 'Shopping', 'Files', 'Calculator'])
      expect(src).toContain(`content-desc="${label}"`);
  });

  it('Chrome: searches from the address bar, opens a result, bookmarks it and copies the link', async () => {
    await phone.opened.device.tap(acc('Chrome'));
    expect(await screen()).toBe('chrome/ntp');
    expect((await phone.opened.device.observe()).package).toBe('com.android.chrome');
    await phone.opened.device.tap(id('url_bar'));
    await phone.opened.device.type('lisbon population', { submit: true });
    expect(await screen()).toBe('chrome/results');
    expect((await apps())['com.android.chrome'].searches.at(-1)!.query).toBe('lisbon population');
    await phone.opened.device.tap(textIs('Lisbon – Wikipedia'));
    expect(await screen()).toBe('chrome/page');
    expect(await source()).toContain('545,796');
    expect((await apps())['com.android.chrome'].history.at(-1)!.url).toBe(
      'https://en.wikipedia.example.org/wiki/Lisbon',
    );

    await phone.opened.device.tap(acc('More options'));
    expect(await screen()).toBe('chrome/page+chrome/menu');
    await phone.opened.device.tap(textIs('Add bookmark'));
    expect((await apps())['com.android.chrome'].bookmarks.map((b) => b.title)).toContain('Lisbon – Wikipedia');
    await phone.opened.device.tap(acc('More options'));
    await phone.opened.device.tap(textIs('Copy link'));
    expect(await phone.opened.device.getClipboard()).toBe('https://en.wikipedia.example.org/wiki/Lisbon');

    // A link on the page leads to another page.
    await phone.opened.device.tap(textIs('Oslo – Wikipedia'));
    expect(await source()).toContain('717,710');
    await phone.opened.device.tap(acc('More options'));
    await phone.opened.device.tap(textIs('Bookmarks'));
    expect(await screen()).toBe('chrome/bookmarks');
    expect(await source()).toContain('text="Lisbon – Wikipedia"');
  });

  it('Maps: searches, opens a place with hours and phone, saves it and shares it', async () => {
    await phone.opened.device.tap(acc('Maps'));
    expect(await screen()).toBe('maps/explore');
    await phone.opened.device.tap(id('search_omnibox_text'));
    await phone.opened.device.type('museum', { submit: true });
    expect(await screen()).toBe('maps/results');
    await phone.opened.device.tap(textIs('City Art Museum'));
    expect(await screen()).toBe('maps/place');
    const src = await source();
    expect(src).toContain('text="1 Museum Square, Riverside"');
    expect(src).toContain('text="+1 555-0100"');
    await phone.opened.device.tap(id('save_button'));
    expect(await screen()).toBe('maps/place+maps/save_to_list');
    await phone.opened.device.tap(textIs('Want to go'));
    expect((await apps())['com.google.android.apps.maps'].saved).toContainEqual(
      expect.objectContaining({ placeId: 'city-art-museum', list: 'Want to go' }),
    );

    await phone.opened.device.tap(id('share_place'));
    expect((await phone.opened.groundTruth!.screenId()).dialog).toBe('system/share');
    const sheet = await source();
    expect(sheet).toContain('package="android"');
    expect(sheet).toContain('City Art Museum');
    // Messages, Mail or Notes accept shared text when installed: pick the first target and land in that app.
    const target = /text="([^"]+)"[^>]*resource-id="android:id\/text1"/.exec(sheet);
    if (target?.[1]) {
      await phone.opened.device.tap(xpath(`//*[@resource-id="android:id/text1" and @text="${target[1]}"]`));
      expect((await phone.opened.device.observe()).package).not.toBe('com.google.android.apps.maps');
    } else {
      expect(sheet).toContain('No apps can perform this action.');
    }
  });

  it('Maps: directions show a duration per travel mode', async () => {
    await phone.opened.device.tap(acc('Maps'));
    await phone.opened.device.tap(textIs('Museums'));
    await phone.opened.device.tap(textIs('Discovery Science Center'));
    await phone.opened.device.tap(acc('Directions'));
    expect(await screen()).toBe('maps/directions');
    await phone.opened.device.tap(
      xpath('//*[@resource-id="com.google.android.apps.maps:id/tab_label" and starts-with(@text, "Walking")]'),
    );
    expect(await source()).toMatch(/text="53 min \(4\.6 km\)"/);
  });

  it('Shopping: finds Catan, adds it to the cart, removes another item through the confirm dialog', async () => {
    await phone.opened.device.tap(acc('Shopping'));
    expect(await screen()).toBe('shopping/home');
    const before = (await apps())['com.maple.shopping'].cart;
    expect(before.some((i) => i.productId === 'catan')).toBe(false);
    await phone.opened.device.tap(id('search_box'));
    await phone.opened.device.type('catan', { submit: true });
    expect(await screen()).toBe('shopping/results');
    await phone.opened.device.tap(xpath('//*[@resource-id="com.maple.shopping:id/product_title" and @text="Catan"]'));
    expect(await screen()).toBe('shopping/product');
    expect(await source()).toContain('text="$44.99"');
    await phone.opened.device.tap(textIs('Add to cart'));
    const cart = (await apps())['com.maple.shopping'].cart;
    expect(cart).toContainEqual({ productId: 'catan', name: 'Catan', priceCents: 4499, qty: 1 });
    expect(cart.length).toBe(before.length + 1);

    await phone.opened.device.tap(acc('Cart'));
    expect(await screen()).toBe('shopping/cart');
    await phone.opened.device.tap(acc('Increase quantity of Catan'));
    expect((await apps())['com.maple.shopping'].cart.find((i) => i.productId === 'catan')!.qty).toBe(2);
    const other = before[0]!;
    await phone.opened.device.tap(acc(`Remove ${other.name}`));
    expect(await screen()).toBe('shopping/cart+shopping/remove_item');
    await phone.opened.device.tap(id('android:id/button1'));
    const after = (await apps())['com.maple.shopping'].cart;
    expect(after.map((i) => i.productId)).toEqual(['catan']);
    expect(await source()).toContain('text="Subtotal (2 items): $89.98"');
  });

  it('Shopping: a category list is longer than the screen and scrolls', async () => {
    await phone.opened.device.tap(acc('Shopping'));
    await phone.opened.device.tap(textIs('Board games'));
    expect(await screen()).toBe('shopping/results');
    expect(await source()).not.toContain('text="Monopoly Classic"');
    await scrollTo('Monopoly Classic');
    await phone.opened.device.tap(textIs('Monopoly Classic'));
    await phone.opened.device.tap(textIs('Add to watchlist'));
    expect((await apps())['com.maple.shopping'].watchlist.map((w) => w.productId)).toContain('monopoly');
  });

  it('Files: browses a long folder list, renames and deletes a file', async () => {
    await phone.opened.device.tap(acc('Files'));
    expect(await screen()).toBe('files/browse');
    await phone.opened.device.tap(textIs('Internal storage'));
    expect(await source()).not.toContain('text="WhatsApp"');
    await scrollTo('WhatsApp');
    await phone.opened.device.back();
    await phone.opened.device.tap(textIs('Downloads'));
    expect(await screen()).toBe('files/downloads');
    await phone.opened.device.tap(textIs('Catan_rules.pdf'));
    expect(await screen()).toBe('files/details');
    await phone.opened.device.tap(textIs('Rename'));
    expect(await screen()).toBe('files/details+files/rename');
    await phone.opened.device.clear(id('rename_input'));
    await phone.opened.device.type('Catan rules.pdf', { target: id('rename_input') });
    await phone.opened.device.tap(id('android:id/button1'));
    let files = (await apps())['com.google.android.apps.nbu.files'].files;
    expect(files.find((f) => f.folder === 'Download' && f.name === 'Catan rules.pdf')).toBeDefined();
    expect(files.find((f) => f.name === 'Catan_rules.pdf')).toBeUndefined();

    await phone.opened.device.tap(textIs('Delete'));
    expect(await screen()).toBe('files/details+files/delete');
    await phone.opened.device.tap(id('android:id/button1'));
    files = (await apps())['com.google.android.apps.nbu.files'].files;
    expect(files.find((f) => f.name === 'Catan rules.pdf')).toBeUndefined();
  });

  it('Calculator: 12×(3+4) = 84 with precedence, and 0.1+0.2×3 = 0.7', async () => {
    await phone.opened.device.tap(acc('Calculator'));
    expect(await screen()).toBe('calculator/main');
    for (const key of ['1', '2', 'multiply', 'left parenthesis', '3', 'plus', '4', 'right parenthesis', 'equals'])
      await phone.opened.device.tap(acc(key));
    const calc = (await apps())['com.google.android.calculator'];
    expect(calc.formula).toBe('12×(3+4)');
    expect(calc.result).toBe('84');
    expect(calc.history.at(-1)).toEqual(expect.objectContaining({ formula: '12×(3+4)', result: '84' }));
    expect(await source()).toMatch(/text="84" resource-id="com.google.android.calculator:id\/result"/);

    await phone.opened.device.tap(acc('clear'));
    for (const key of [
      'digit_0',
      'dec_point',
      'digit_1',
      'op_add',
      'digit_0',
      'dec_point',
      'digit_2',
      'op_mul',
      'digit_3',
      'eq',
    ])
      await phone.opened.device.tap(id(key));
    expect((await apps())['com.google.android.calculator'].result).toBe('0.7');
  });
});
