/**
 * The one error page-source parsing throws. It says what was wrong, where
 * (a byte offset into the input as received), and what to do about it, so a
 * caller never has to read a parser's stack to understand a bad dump.
 */

export type PageSourceErrorReason =
  /** Nothing but whitespace (or nothing at all). */
  | 'empty'
  /** The input does not start like XML at all (e.g. an HTML error page, JSON, plain text). */
  | 'not_xml'
  /** XML, but its root is not a UI hierarchy (`<hierarchy>`, `<node>` or a widget class). */
  | 'not_page_source'
  /** The input ends inside a tag or before the root element is closed. */
  | 'truncated'
  /** Broken markup: a mismatched or stray end tag, an attribute without a quoted value. */
  | 'malformed'
  /** The bytes cannot be decoded as the declared encoding, UTF-8 or GB18030. */
  | 'encoding';

const ADVICE: Record<PageSourceErrorReason, string> = {
  empty: 'Fetch the page source again; the device returned nothing.',
  not_xml:
    'Check that the file or response is a UI dump (uiautomator or Appium getPageSource), not an error page or log.',
  not_page_source: 'Pass a UI hierarchy dump whose root is <hierarchy>.',
  truncated:
    'Fetch the page source again; the dump was cut short (a full disk, a killed adb pull or a size-limited log).',
  malformed: 'The dump is damaged at that point; fetch it again or repair it by hand.',
  encoding: 'Save the dump as UTF-8, or declare its real encoding in the XML declaration.',
};

export class PageSourceError extends Error {
  override readonly name = 'PageSourceError';
  readonly reason: PageSourceErrorReason;
  /** Offset in bytes (UTF-8 for string input, the original bytes for byte input) where the problem was found. */
  readonly byteOffset: number;

  constructor(reason: PageSourceErrorReason, byteOffset: number, detail: string) {
    super(`${detail} (at byte ${byteOffset}). ${ADVICE[reason]}`);
    this.reason = reason;
    this.byteOffset = byteOffset;
  }
}

/** Something the parser recovered from; the Screen it returns is still trustworthy. */
export interface PageSourceWarning {
  code: 'trailing_junk' | 'encoding_fallback';
  message: string;
  byteOffset: number;
}
