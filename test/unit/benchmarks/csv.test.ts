import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, parseCsvRecords } from '../../../benchmarks/suites/parseCsv.ts';
import { parsePyStringList, PyListSyntaxError } from '../../../benchmarks/suites/parsePyStringList.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    const recs = parseCsvRecords('a,b,c\n"x, y","say ""hi""","line1\nline2"\n');
    expect(recs).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
    ]);
  });

  it('handles CRLF, a missing final newline and empty fields', () => {
    expect(parseCsvRecords('a,b\r\n1,\r\n,2')).toEqual([
      ['a', 'b'],
      ['1', ''],
      ['', '2'],
    ]);
  });

  it('drops a UTF-8 BOM and reports it', () => {
    const t = parseCsv('\uFEFFid,name\n1,Ann\n');
    expect(t.hadBom).toBe(true);
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows[0]).toEqual({ id: '1', name: 'Ann' });
    expect(parseCsv('id\n1\n').hadBom).toBe(false);
  });

  it('fails with line and column on an unterminated quote', () => {
    expect(() => parseCsvRecords('a,b\n1,"open\n')).toThrow(CsvSyntaxError);
    try {
      parseCsvRecords('a,b\n1,"open\n');
    } catch (e) {
      expect((e as CsvSyntaxError).line).toBe(2);
      expect((e as CsvSyntaxError).column).toBe(3);
    }
  });

  it('rejects text after a closing quote and quotes inside bare fields', () => {
    expect(() => parseCsvRecords('"a"b\n')).toThrow(/after closing quote/);
    expect(() => parseCsvRecords('a"b\n')).toThrow(/quote inside an unquoted field/);
  });

  it('rejects rows with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2,3\n')).toThrow(/3 fields, header has 2/);
  });
});

describe('parsePyStringList', () => {
  it('reads the list spellings SPA-Bench uses', () => {
    expect(parsePyStringList("['1','guest']")).toEqual(['1', 'guest']);
    expect(parsePyStringList("['Google Play Store', 'Setting']")).toEqual(['Google Play Store', 'Setting']);
    expect(parsePyStringList("[\"it's\", 'a\\'b']")).toEqual(["it's", "a'b"]);
    expect(parsePyStringList('[]')).toEqual([]);
    expect(parsePyStringList("['a',]")).toEqual(['a']);
  });

  it('joins adjacent literals like Python does', () => {
    expect(parsePyStringList("['首都' '大兴', '宝安']")).toEqual(['首都大兴', '宝安']);
  });

  it('fails on anything that is not a flat list of strings', () => {
    expect(() => parsePyStringList('guest')).toThrow(PyListSyntaxError);
    expect(() => parsePyStringList("['a', 1]")).toThrow(/expected a quoted string/);
    expect(() => parsePyStringList("['a'")).toThrow(/expected ',' or '\]'/);
    expect(() => parsePyStringList("['a'] x")).toThrow(/unexpected text/);
  });
});
