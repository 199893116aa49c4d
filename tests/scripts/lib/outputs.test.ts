import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../scripts/lib/outputs.ts';
import { buildData } from '../../../scripts/build-data.ts';
import { countsDataDir, DATA, removeTempDirs, tempDir } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);

function build(dataDir: string) {
  const out = join(tempDir(), 'out');
  buildData(dataDir, out);
  const bytes = (name: string) => readFileSync(join(out, name));
  const json = (name: string) => JSON.parse(bytes(name).toString('utf8'));
  return { bytes, json };
}

/** A CSV output parsed back with papaparse, every cell a string. */
function parseCsvOutput(bytes: Buffer) {
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** The cell a JSON value must be written as: '' for null, the shortest round-trip decimal for numbers. */
function expectSameValue(cell: string | undefined, value: unknown) {
  if (value === null) expect(cell).toBe('');
  else if (typeof value === 'number') {
    expect(cell).toBe(String(value));
    expect(Number(cell)).toBe(value);
  } else expect(cell).toBe(value);
}

for (const [label, dir, counted] of [
  ['data/', DATA, false],
  ['tests/fixtures/data-with-counts', countsDataDir(), true],
] as const) {
  describe(`outputs built from ${label}`, () => {
    const { bytes, json } = build(dir);
    const csv = parseCsvOutput(bytes('prefectures.csv'));
    const records: Record<string, unknown>[] = json('prefectures.json');
    const dictionary: { column: string; type: string }[] = json('data-dictionary.json');

    it('prefectures.csv and data-dictionary.csv start with the UTF-8 BOM EF BB BF and use CRLF', () => {
      for (const name of ['prefectures.csv', 'data-dictionary.csv']) {
        const b = bytes(name);
        expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(b.subarray(3, 8).toString('utf8')).not.toContain('\ufeff');
        const text = b.toString('utf8');
        expect(text.endsWith('\r\n')).toBe(true);
        expect(text.split('\n').every((line, i, all) => line.endsWith('\r') || (i === all.length - 1 && line === ''))).toBe(true);
      }
      expect(bytes('prefectures.csv').subarray(3, 18).toString('utf8')).toBe('code,slug,name_');
    });

    it('prefectures.csv round-trips through papaparse to the values of prefectures.json', () => {
      expect(records).toHaveLength(47);
      expect(csv.rows).toHaveLength(47);
      records.forEach((record, i) => {
        expect(Object.keys(csv.rows[i])).toEqual(Object.keys(record));
        for (const [column, value] of Object.entries(record)) expectSameValue(csv.rows[i][column], value);
      });
      expect(csv.rows[12]).toMatchObject({
        code: '13',
        name_ja: '東京都',
        metro_area: '東京圏',
        job_opening_ratio: '1.07',
        smes_per_agency: '43.9',
      });
      expect(csv.rows[0]).toMatchObject({ code: '01', metro_area: '', job_opening_ratio_rank: '36' });
      expect(csv.rows[12]).toMatchObject({ metro_area_en: 'Tokyo area', regional_block: '関東', regional_block_en: 'Kanto' });
      expect(csv.rows[0]).toMatchObject({ metro_area_en: '', regional_block_en: 'Hokkaido' });
    });

    it('summary.json has n = 47, the recomputed r and the published r = 0.4731076', () => {
      const summary = json('summary.json');
      expect(summary.n).toBe(47);
      expect(summary.association.pearson).toBe(0.47397993);
      expect(summary.published.pearson).toBe(0.4731076);
      expect(summary.indicators.map((i: { id: string; hasCounts: boolean }) => [i.id, i.hasCounts])).toEqual([
        ['jobOpeningRatio', counted],
        ['smesPerAgency', counted],
      ]);
    });

    it('the data dictionary lists every column of prefectures.csv exactly once, in order', () => {
      const columns = dictionary.map((entry) => entry.column);
      expect(new Set(columns).size).toBe(columns.length);
      expect(columns).toEqual(csv.fields);
      for (const column of csv.fields) expect(columns.filter((c) => c === column)).toHaveLength(1);
      const countColumns = ['job_openings', 'applicants', 'smes', 'agencies'];
      for (const column of countColumns) expect(columns.includes(column)).toBe(counted);
      expect(columns.length).toBe(10 + 2 * 6 + 2 + (counted ? 4 : 0));
    });

    it('the dictionary types match the values', () => {
      for (const { column, type } of dictionary) {
        for (const record of records) {
          const value = record[column];
          if (type === 'integer') expect(Number.isInteger(value), column).toBe(true);
          else if (type === 'number') expect(typeof value, column).toBe('number');
          else expect(value === null || typeof value === 'string', column).toBe(true);
        }
      }
    });

    it('data-dictionary.csv says the same as data-dictionary.json', () => {
      const dict = parseCsvOutput(bytes('data-dictionary.csv'));
      expect(dict.fields).toEqual([
        'column',
        'type',
        'meaning_ja',
        'meaning_en',
        'unit_ja',
        'unit_en',
        'source_ja',
        'source_en',
        'vintage',
      ]);
      expect(dict.rows).toEqual(dictionary);
    });
  });
}

describe('toCsv() and toJson()', () => {
  it('quotes what needs quoting, writes null as empty, ends every line with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b', 'c'],
        [
          { a: 'x,y', b: 'say "hi"', c: null },
          { a: 1.5, b: 'two\nlines', c: 0 },
        ],
      ),
    ).toBe('a,b,c\r\n"x,y","say ""hi""",\r\n1.5,"two\nlines",0\r\n');
  });

  it('writes two-space JSON with a final newline', () => {
    expect(toJson({ a: [1, null] })).toBe('{\n  "a": [\n    1,\n    null\n  ]\n}\n');
  });
});
