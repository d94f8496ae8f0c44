/** Notes data: notes with title and body, the trash, plain JSON. */
import type { Seeded } from '../../framework/types.ts';

export interface Note {
  id: number;
  title: string;
  body: string;
  /** Virtual clock of the last edit. */
  edited: number;
  pinned: boolean;
}

export interface NotesState {
  notes: Note[];
  /** Deleted notes, newest first; restorable from the Deleted screen. */
  trash: Note[];
  nextId: number;
}

const SEED: [string, string][] = [
  ['Groceries', 'Milk, eggs, spinach, coffee beans, oat bread, lemons'],
  ['Lisbon trip', 'Flight TP 1235 on June 14 at 10:20. Hotel Casa Azul. Booking MX7Q2L. Pack adapter!'],
  ['Gift ideas', 'Carol: pottery class voucher. Sam: Catan expansion. Mom: orchid.'],
  ['Wi-Fi at the cabin', 'Network CabinNet, password pinecone42'],
  ['Books to read', 'The Left Hand of Darkness; Piranesi; The Overstory'],
  ['Meeting notes', 'Q3 planning: hire 2 engineers, launch beta in August, budget review on June 20'],
  ['Workout plan', 'Mon: run 5 km. Wed: weights. Fri: swim 30 min.'],
  ['Recipe: pancakes', '2 eggs, 250 ml milk, 200 g flour, pinch of salt, 1 tbsp sugar'],
  ['Passwords hint', 'Bank: the usual + 2025. Ask Uma about the new card PIN.'],
  ['Movies', 'Dune Part Two, Past Lives, Perfect Days'],
  ['Car', 'Next service at 60,000 km. Tyre pressure 2.4 bar.'],
  ['Birthday list', 'Julia May 28, Kenji Jul 3, Priya Sep 14, Tom Nov 2'],
  ['Podcast ideas', 'Interview Marco about coffee roasting'],
  ['Door code', 'Building door code is 4827 (from David)'],
];

export function initialNotes(s: Seeded): NotesState {
  const notes = SEED.map(([title, body], i) => ({
    id: i + 1,
    title,
    body,
    edited: s.now - (i + 1) * 3_600_000 * s.int(2, 9),
    pinned: false,
  }));
  s.pick(notes).pinned = true;
  return { notes, trash: [], nextId: notes.length + 1 };
}

/** As the list shows them: pinned first, then most recently edited. */
export function sortedNotes(notes: Note[]): Note[] {
  return [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || b.edited - a.edited);
}
