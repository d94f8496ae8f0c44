/** Files data: every file on internal storage with its folder, size and date. Plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export interface FileEntry {
  id: number;
  name: string;
  /** Folder path under internal storage, e.g. "Download" or "DCIM/Camera". */
  folder: string;
  sizeBytes: number;
  /** Virtual clock ms. */
  modified: number;
}

export interface FilesState {
  files: FileEntry[];
  /** Every folder path, including empty ones. */
  folders: string[];
  nextId: number;
}

export const FOLDERS = [
  'Alarms',
  'Android',
  'Audiobooks',
  'DCIM',
  'DCIM/Camera',
  'Documents',
  'Download',
  'Movies',
  'Music',
  'Notifications',
  'Pictures',
  'Pictures/Screenshots',
  'Pictures/WhatsApp',
  'Podcasts',
  'Recordings',
  'Ringtones',
  'WhatsApp',
  'Telegram',
  'Backups',
];

const SEED_FILES: [string, string, number][] = [
  ['Download', 'Catan_rules.pdf', 2_400_000],
  ['Download', 'boarding_pass_LIS.pdf', 180_000],
  ['Download', 'invoice_march_2025.pdf', 96_000],
  ['Download', 'riverside_events_2025.pdf', 1_250_000],
  ['Download', 'banana_bread_recipe.txt', 2_100],
  ['Download', 'maple-companion-1.4.apk', 18_400_000],
  ['Download', 'museum_tickets.png', 420_000],
  ['Documents', 'Resume 2025.docx', 48_000],
  ['Documents', 'Budget 2025.xlsx', 36_000],
  ['Documents', 'Meeting notes.txt', 3_400],
  ['Documents', 'Lease agreement.pdf', 780_000],
  ['DCIM/Camera', 'IMG_20250521_101512.jpg', 3_900_000],
  ['DCIM/Camera', 'IMG_20250524_183040.jpg', 4_200_000],
  ['DCIM/Camera', 'IMG_20250530_120301.jpg', 3_600_000],
  ['DCIM/Camera', 'IMG_20250601_094455.jpg', 4_050_000],
  ['DCIM/Camera', 'VID_20250525_171122.mp4', 86_000_000],
  ['Pictures/Screenshots', 'Screenshot_20250528_210455.png', 910_000],
  ['Pictures/Screenshots', 'Screenshot_20250601_081230.png', 870_000],
  ['Pictures/WhatsApp', 'IMG-20250527-WA0003.jpg', 210_000],
  ['Movies', 'Birthday party.mp4', 240_000_000],
  ['Music', 'Morning Jazz.mp3', 7_800_000],
  ['Music', 'Marlow Quartet - Live.mp3', 9_300_000],
  ['Recordings', 'Voice 001.m4a', 1_100_000],
  ['Recordings', 'Lecture notes.m4a', 14_500_000],
  ['Podcasts', 'Episode 42 - Board games.mp3', 52_000_000],
  ['Ringtones', 'Chime.ogg', 64_000],
  ['Backups', 'contacts_backup.vcf', 24_000],
];

export function initialFiles(s: Seeded): FilesState {
  const files: FileEntry[] = SEED_FILES.map(([folder, name, size], i) => ({
    id: i + 1,
    name,
    folder,
    // Sizes vary a little by seed; dates spread over the last two weeks.
    sizeBytes: Math.round(size * (0.9 + s.random() * 0.2)),
    modified: s.now - s.int(1, 14 * 24) * 3_600_000,
  }));
  return { files, folders: [...FOLDERS], nextId: files.length + 1 };
}

export type Category = 'downloads' | 'images' | 'videos' | 'audio' | 'documents' | 'apps';

export const CATEGORY_TITLES: Record<Category, string> = {
  downloads: 'Downloads',
  images: 'Images',
  videos: 'Videos',
  audio: 'Audio',
  documents: 'Documents',
  apps: 'Apps',
};

export function extension(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i + 1).toLowerCase();
}

export function fileType(name: string): string {
  const ext = extension(name);
  if (['jpg', 'jpeg', 'png', 'gif', 'webp'].includes(ext)) return 'Image';
  if (['mp4', 'mkv', 'webm', 'mov'].includes(ext)) return 'Video';
  if (['mp3', 'm4a', 'ogg', 'wav', 'flac'].includes(ext)) return 'Audio';
  if (ext === 'apk') return 'App';
  if (['pdf', 'docx', 'doc', 'xlsx', 'txt', 'vcf', 'pptx'].includes(ext)) return 'Document';
  return 'File';
}

export function inCategory(f: FileEntry, c: Category): boolean {
  if (c === 'downloads') return f.folder === 'Download';
  const t = fileType(f.name);
  return (
    (c === 'images' && t === 'Image') ||
    (c === 'videos' && t === 'Video') ||
    (c === 'audio' && t === 'Audio') ||
    (c === 'documents' && t === 'Document') ||
    (c === 'apps' && t === 'App')
  );
}

/** "2.4 MB" */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`;
}
