/**
 * The entry point of perception: page source (string or bytes, either dump
 * format) -> Screen. Recovers from what real devices get wrong (junk after
 * the root, GBK bytes declared as UTF-8) and throws PageSourceError for the
 * rest.
 */
import { buildScreen, type BuildScreenOptions } from './buildScreen.ts';
import { decodePageSource } from './decodePageSource.ts';
import type { PageSourceWarning } from './PageSourceError.ts';
import { scanHierarchy } from './scanHierarchy.ts';
import type { Screen } from './types.ts';

export interface ParsePageSourceOptions extends BuildScreenOptions {
  /** Told about each problem the parser recovered from (trailing junk, encoding fallback). */
  onWarning?: (warning: PageSourceWarning) => void;
}

/** UTF-8 byte offset of a character index, computed only when an error needs it. */
function utf8Offset(text: string): (i: number) => number {
  return (i) => Buffer.byteLength(text.slice(0, i), 'utf8');
}

export function parsePageSource(input: string | Uint8Array, options: ParsePageSourceOptions = {}): Screen {
  let text: string;
  let toByteOffset: (i: number) => number;
  const warnings: PageSourceWarning[] = [];
  if (typeof input === 'string') {
    text = input;
    toByteOffset = utf8Offset(text);
  } else {
    const decoded = decodePageSource(input);
    text = decoded.text;
    toByteOffset = decoded.toByteOffset;
    warnings.push(...decoded.warnings);
  }
  const scanned = scanHierarchy(text, toByteOffset);
  warnings.push(...scanned.warnings);
  if (options.onWarning) for (const w of warnings) options.onWarning(w);
  return buildScreen(scanned.hierarchy, options);
}
