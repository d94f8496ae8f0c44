/**
 * The part of a title that names the screen rather than what it shows.
 * Titles of detail screens are often user content: a contact's or a place's
 * name ("Ivan Petrov", "Riverside Farmers Market"), a quoted query, a name
 * inside a sentence ("Delete Carol Singh?"). Android's own titles are in
 * sentence case ("Edit alarm", "Select a city"), so a run of two or more
 * capitalised words, and quoted text, are taken for content and masked.
 * One capitalised word ("Display", "Inbox") stays: it is far more often a
 * screen's name than content.
 */
const QUOTED = /["“«'‘][^"”»'’]{1,60}["”»'’]/g;
const CAPITALISED_RUN =
  /\b\p{Lu}[\p{Ll}\p{Lu}'’-]*(?:\s+(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*|of|de|la|van|von|the|and|&))*\s+\p{Lu}[\p{Ll}\p{Lu}'’-]*/gu;

export const CONTENT_MARK = '…';

export function titleFeature(title: string): string {
  return title.replace(QUOTED, CONTENT_MARK).replace(CAPITALISED_RUN, CONTENT_MARK).replace(/\s+/g, ' ').trim();
}
