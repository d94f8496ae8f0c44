/** The share sheet (package "android"): lists apps that accept shared text; picking one hands the text over. */
import type { View } from '../../framework/types.ts';
import type { Phone } from '../Phone.ts';

export function shareSheetView(phone: Phone, text: string): View<unknown> {
  const targets = phone.installed().filter((a) => a.acceptsShare);
  const items: View<unknown>[] = targets.map((t) => ({
    cls: 'android.widget.LinearLayout',
    dir: 'col',
    w: 250,
    h: 260,
    clickable: true,
    focusable: true,
    onTap: () => {
      const app = phone.app(t.package);
      phone.state.systemDialog = null;
      if (app.share) phone.launch(t.package, app.share.screen, app.share.params(text));
    },
    children: [
      { cls: 'android.widget.ImageView', id: 'android:id/icon', h: 150, style: { bg: '#c2e7ff', radius: 75 } },
      {
        cls: 'android.widget.TextView',
        id: 'android:id/text1',
        text: t.label,
        h: 90,
        style: { align: 'center', size: 30 },
      },
    ],
  }));
  const rows: View<unknown>[] = [];
  for (let i = 0; i < items.length; i += 4)
    rows.push({ cls: 'android.widget.LinearLayout', dir: 'row', h: 260, children: items.slice(i, i + 4) });
  const preview = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return {
    cls: 'android.widget.LinearLayout',
    id: 'android:id/contentPanel',
    dir: 'col',
    pad: [40, 20, 60, 20],
    style: { bg: '#f3edf7', radius: 40 },
    children: [
      {
        cls: 'android.widget.TextView',
        id: 'android:id/title',
        text: 'Share',
        h: 110,
        heading: true,
        style: { size: 42, align: 'center' },
      },
      {
        cls: 'android.widget.TextView',
        id: 'android:id/content_preview_text',
        text: preview,
        h: 100,
        style: { color: '#5f6368', align: 'center' },
      },
      {
        cls: 'android.widget.LinearLayout',
        id: 'android:id/resolver_list',
        dir: 'col',
        children: rows.length
          ? rows
          : [
              {
                cls: 'android.widget.TextView',
                id: 'android:id/empty',
                text: 'No apps can perform this action.',
                h: 120,
              },
            ],
      },
    ],
  };
}
