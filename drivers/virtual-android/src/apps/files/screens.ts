/**
 * Files screens: browse (categories and storage), one page per category
 * (same layout, different title and rows), internal storage (a folder list
 * longer than the screen), a folder, and file details.
 */
import type { ScreenDef, View } from '../../framework/types.ts';
import { formatDate, formatHm } from '../../framework/time.ts';
import {
  button,
  emptyState,
  heading,
  imageButton,
  list,
  listItem,
  row,
  screen,
  text,
  toolbar,
} from '../../framework/widgets.ts';
import {
  CATEGORY_TITLES,
  fileType,
  formatSize,
  inCategory,
  type Category,
  type FileEntry,
  type FilesState,
} from './state.ts';

type S = FilesState;
const TOTAL_BYTES = 128_000_000_000;

function when(ms: number): string {
  return `${formatDate(ms)}, ${formatHm(Math.floor((ms % 86_400_000) / 60_000))}`;
}

function fileRow(f: FileEntry): View<S> {
  return listItem<S>({
    title: f.name,
    summary: `${formatSize(f.sizeBytes)} · ${formatDate(f.modified)}`,
    id: 'file_item',
    key: `file/${f.id}`,
    titleId: 'file_name',
    summaryId: 'file_info',
    onTap: (a) => a.navigate('details', { id: f.id }),
    onLongTap: (a) => a.showDialog('delete', { id: f.id }),
  });
}

function sorted(files: FileEntry[]): FileEntry[] {
  return [...files].sort((x, y) => y.modified - x.modified);
}

function categoryPage(c: Category): ScreenDef<S> {
  return {
    activity: '.browse.category.CategoryBrowserActivity',
    render: (r) => {
      const files = sorted(r.state.files.filter((f) => inCategory(f, c)));
      return screen<S>([
        toolbar<S>(CATEGORY_TITLES[c], { up: true }),
        text<S>(
          `${files.length} ${files.length === 1 ? 'item' : 'items'} · ${formatSize(files.reduce((n, f) => n + f.sizeBytes, 0))}`,
          { id: 'category_summary', pad: [0, 48, 0, 48], style: { color: '#5f6368' } },
        ),
        files.length
          ? list<S>('files', files.map(fileRow), { id: 'file_list' })
          : emptyState<S>(`No ${CATEGORY_TITLES[c].toLowerCase()}`),
      ]);
    },
  };
}

export const screens: Record<string, ScreenDef<S>> = {
  browse: {
    activity: '.home.HomeActivity',
    render: (r) => {
      const used = r.state.files.reduce((n, f) => n + f.sizeBytes, 0) + 41_000_000_000;
      const cats = (Object.keys(CATEGORY_TITLES) as Category[]).map((c) => {
        const files = r.state.files.filter((f) => inCategory(f, c));
        return listItem<S>({
          title: CATEGORY_TITLES[c],
          summary: `${files.length} items · ${formatSize(files.reduce((n, f) => n + f.sizeBytes, 0))}`,
          id: 'category_item',
          key: `category/${c}`,
          onTap: (a) => a.navigate(c),
        });
      });
      return screen<S>([
        toolbar<S>('Files', {
          actions: [
            imageButton<S>('Search', (a) => a.toast('Search your files from a category'), { id: 'search_button' }),
          ],
        }),
        list<S>(
          'browse',
          [
            heading<S>('Categories'),
            ...cats,
            heading<S>('Storage devices'),
            listItem<S>({
              title: 'Internal storage',
              summary: `${formatSize(TOTAL_BYTES - used)} free of ${formatSize(TOTAL_BYTES)}`,
              id: 'storage_item',
              onTap: (a) => a.navigate('storage'),
            }),
          ],
          { id: 'browse_list' },
        ),
      ]);
    },
  },
  downloads: categoryPage('downloads'),
  images: categoryPage('images'),
  videos: categoryPage('videos'),
  audio: categoryPage('audio'),
  documents: categoryPage('documents'),
  apps: categoryPage('apps'),
  storage: {
    activity: '.browse.storage.StorageBrowserActivity',
    render: (r) => {
      const top = r.state.folders.filter((f) => !f.includes('/')).sort((x, y) => x.localeCompare(y));
      return screen<S>([
        toolbar<S>('Internal storage', { up: true }),
        list<S>(
          'folders',
          top.map((f) => {
            const n =
              r.state.files.filter((x) => x.folder === f).length +
              r.state.folders.filter((x) => x.startsWith(`${f}/`) && !x.slice(f.length + 1).includes('/')).length;
            return listItem<S>({
              title: f,
              summary: `${n} ${n === 1 ? 'item' : 'items'}`,
              id: 'folder_item',
              key: `folder/${f}`,
              titleId: 'file_name',
              summaryId: 'file_info',
              onTap: (a) => a.navigate('folder', { path: f }),
            });
          }),
          { id: 'folder_list' },
        ),
      ]);
    },
  },
  folder: {
    activity: '.browse.storage.StorageBrowserActivity',
    render: (r) => {
      const path = String(r.params.path ?? '');
      const subs = r.state.folders.filter((x) => x.startsWith(`${path}/`) && !x.slice(path.length + 1).includes('/'));
      const files = sorted(r.state.files.filter((f) => f.folder === path));
      const rows = [
        ...subs.map((sub) =>
          listItem<S>({
            title: sub.slice(path.length + 1),
            summary: 'Folder',
            id: 'folder_item',
            key: `folder/${sub}`,
            titleId: 'file_name',
            summaryId: 'file_info',
            onTap: (a) => a.navigate('folder', { path: sub }),
          }),
        ),
        ...files.map(fileRow),
      ];
      return screen<S>([
        toolbar<S>(path.split('/').pop() ?? path, { up: true }),
        text<S>(`Internal storage › ${path.split('/').join(' › ')}`, {
          id: 'breadcrumb',
          pad: [0, 48, 0, 48],
          style: { color: '#5f6368' },
        }),
        rows.length ? list<S>('entries', rows, { id: 'file_list' }) : emptyState<S>('No files here'),
      ]);
    },
  },
  details: {
    activity: '.browse.FileDetailsActivity',
    render: (r) => {
      const f = r.state.files.find((x) => x.id === Number(r.params.id));
      if (!f) return screen<S>([toolbar<S>('File info', { up: true }), emptyState<S>('This file was deleted')]);
      return screen<S>([
        toolbar<S>('File info', {
          up: true,
          actions: [imageButton<S>('Share', (a) => a.share(f.name), { id: 'share_button' })],
        }),
        list<S>(
          'details',
          [
            text<S>(f.name, { id: 'file_name', h: 130, pad: [30, 48, 0, 48], style: { size: 48, bold: true } }),
            listItem<S>({
              title: fileType(f.name),
              summary: 'Type',
              id: 'detail_row',
              titleId: 'detail_value',
              summaryId: 'detail_label',
            }),
            listItem<S>({
              title: formatSize(f.sizeBytes),
              summary: 'Size',
              id: 'detail_row',
              titleId: 'detail_value',
              summaryId: 'detail_label',
            }),
            listItem<S>({
              title: `/storage/emulated/0/${f.folder}/${f.name}`,
              summary: 'Location',
              id: 'detail_row',
              titleId: 'detail_value',
              summaryId: 'detail_label',
            }),
            listItem<S>({
              title: when(f.modified),
              summary: 'Modified',
              id: 'detail_row',
              titleId: 'detail_value',
              summaryId: 'detail_label',
            }),
            row<S>({ h: 170, pad: [20, 48, 20, 48], gap: 24 }, [
              button<S>('Rename', (a) => a.showDialog('rename', { id: f.id }), { id: 'rename_button' }),
              button<S>('Delete', (a) => a.showDialog('delete', { id: f.id }), {
                id: 'delete_button',
                style: { bg: '#f9dedc', radius: 60, align: 'center', bold: true },
              }),
            ]),
          ],
          { id: 'details_list' },
        ),
      ]);
    },
  },
};
