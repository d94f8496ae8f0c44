/**
 * The words a person reads in a text, content-desc or hint attribute. Only
 * decoration goes: runs of whitespace and line breaks become one space;
 * zero-width and direction marks, soft hyphens, object-replacement and
 * replacement characters, and private-use codepoints (icon fonts such as
 * Material Icons and Font Awesome draw their glyphs there) are removed.
 * Values that are not words at all become empty: an unresolved resource
 * reference (`@2131834085`, `@string/title`) and base64 data (a `data:` URI,
 * a long run of base64 characters). Nothing is cut for length here: how much
 * of a label the compact text shows is `renderCompact`'s decision.
 */

/** Zero-width and formatting marks, soft hyphen, U+FFF9–U+FFFD, and private-use (icon-font) codepoints. */
const DECORATION =
  /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFD\p{Co}]/gu;
/** A zero-width joiner glues emoji sequences (👩‍💻); anywhere else it is decoration. */
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
/** `@2131834085` (an id the app never resolved), `@string/name`, `@android:drawable/x`, `?attr/colorPrimary`. */
const RESOURCE_REFERENCE = /^(?:@(?:\d{5,}|(?:[\w.]+:)?[a-z]+\/[\w.$]+)|\?(?:[\w.]+:)?attr\/[\w.]+)$/;
const DATA_URI = /data:[\w/+.-]*;base64,[A-Za-z0-9+/=_-]*/g;
/** A word of base64: long, only base64 characters, and mixing cases and digits as encoded bytes do. */
const BASE64_WORD = /^[A-Za-z0-9+/_-]{24,}={0,2}$/;
/** A run of base64 characters long enough to be a word of base64. */
const LONG_RUN = /[A-Za-z0-9+/_-]{24}/;
/** Characters or spacing that a rule may change: anything but printable ASCII and single spaces. */
const UNUSUAL = /[^\x21-\x7e ]| {2}/;

export function labelText(raw: string): string {
  if (raw === '' || isPlain(raw)) return raw;
  let s = raw.replace(DECORATION, '').replace(STRAY_JOINER, '');
  if (s.includes('data:')) s = s.replace(DATA_URI, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  if (RESOURCE_REFERENCE.test(s)) return '';
  if (s.length >= 24 && LONG_RUN.test(s)) s = dropBase64Words(s);
  return s;
}

/** Plain printable ASCII that no rule changes: the common case, decided without the rules' regexes. */
function isPlain(s: string): boolean {
  const first = s.charCodeAt(0);
  if (first === 32 || first === 64 /* @ */ || first === 63 /* ? */ || s.charCodeAt(s.length - 1) === 32) return false;
  if (UNUSUAL.test(s)) return false;
  return s.length < 24 || !(LONG_RUN.test(s) || s.includes('data:'));
}

function dropBase64Words(s: string): string {
  const words = s.split(' ');
  const kept = words.filter((w) => !isBase64Word(w));
  return kept.length === words.length ? s : kept.join(' ');
}

function isBase64Word(w: string): boolean {
  if (!BASE64_WORD.test(w)) return false;
  // Encoded bytes mix upper case, lower case and digits; a long name or a hex hash does not.
  const mixed = /[A-Z]/.test(w) && /[a-z]/.test(w) && /\d/.test(w);
  return mixed && (w.length >= 40 || /[+/=]/.test(w));
}
