/**
 * An RFC 4180 CSV reader: fields separated by commas, records by LF or CRLF,
 * fields may be quoted with `"` and then hold commas, newlines and doubled
 * quotes (`""`). A leading UTF-8 byte-order mark is dropped, because
 * SPA-Bench's CSVs have one on some files and not on others.
 *
 * Written here rather than taken from a package: the format is small and the
 * error messages can then point at the exact line and column.
 */

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} at line ${line}, column ${column}`);
  }
}

export interface CsvTable {
  header: string[];
  /** Each row as a record keyed by header names. */
  rows: Record<string, string>[];
  /** True when the text started with a UTF-8 BOM (removed before parsing). */
  hadBom: boolean;
}

/** Parses CSV text into records (arrays of fields). Empty trailing line ignored. */
export function parseCsvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let fieldStarted = false;
  const n = text.length;

  const endField = (): void => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < n) {
    const ch = text[i];
    if (ch === '"' && !fieldStarted) {
      // Quoted field: read to the closing quote, "" is a literal quote.
      const openLine = line;
      const openCol = i - lineStart + 1;
      i++;
      for (;;) {
        if (i >= n) throw new CsvSyntaxError('unterminated quoted field', openLine, openCol);
        const c = text[i];
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') {
          line++;
          lineStart = i + 1;
        }
        field += c;
        i++;
      }
      fieldStarted = true;
      const next = text[i];
      if (i < n && next !== ',' && next !== '\n' && next !== '\r') {
        throw new CsvSyntaxError(
          `unexpected character ${JSON.stringify(next)} after closing quote`,
          line,
          i - lineStart + 1,
        );
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      endRecord();
      i += 2;
      line++;
      lineStart = i;
      continue;
    }
    if (ch === '\n') {
      endRecord();
      i++;
      line++;
      lineStart = i;
      continue;
    }
    if (ch === '"') {
      throw new CsvSyntaxError(
        'quote inside an unquoted field (quote the whole field and double the quote)',
        line,
        i - lineStart + 1,
      );
    }
    field += ch;
    fieldStarted = true;
    i++;
  }
  // Last record without a final newline.
  if (fieldStarted || record.length > 0) endRecord();
  return records;
}

/** Parses CSV text with a header row into keyed rows; every row must have the header's width. */
export function parseCsv(text: string): CsvTable {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const body = hadBom ? text.slice(1) : text;
  const records = parseCsvRecords(body).filter((r) => !(r.length === 1 && r[0] === ''));
  const header = records.shift();
  if (!header) throw new CsvSyntaxError('empty file: no header row', 1, 1);
  const rows = records.map((r, idx) => {
    if (r.length !== header.length) {
      throw new CsvSyntaxError(
        `record ${idx + 2} (header is record 1) has ${r.length} fields, header has ${header.length}`,
        idx + 2,
        1,
      );
    }
    const row: Record<string, string> = {};
    header.forEach((h, k) => {
      row[h] = r[k] ?? '';
    });
    return row;
  });
  return { header, rows, hadBom };
}
