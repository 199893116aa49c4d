/** The "your data" table parser: line numbers, reasons, numbers as people write them, guesses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/lib/decode-text.ts';
import { analyse } from '../../src/lib/your-data-analysis.ts';
import { guessColumns, numericColumns, parseNumber, parseTable, usableRows } from '../../src/lib/your-data-table.ts';
import { associate } from '../../src/lib/statistics.ts';
import { ROOT } from '../support/paths.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'your-data', name), 'utf8');

describe('parseNumber', () => {
  it.each([
    ['1.5', 1.5],
    [' 42 ', 42],
    ['-3', -3],
    ['−3', -3],
    ['１２３．５', 123.5],
    ['1,234.5', 1234.5],
    ['1e3', 1000],
    ['.5', 0.5],
  ])('reads %j as %d', (cell, value) => expect(parseNumber(cell)).toBe(value));

  it.each(['', '-', '***', '…', 'abc', '1,23', '12a', 'NaN', 'Infinity', '1.2.3'])('rejects %j', (cell) =>
    expect(parseNumber(cell)).toBeNull(),
  );
});

describe('parseTable and usableRows on bad-rows.csv', () => {
  const table = parseTable(fixture('bad-rows.csv'));

  it('keeps every row with the line on which it starts, skipping the blank line', () => {
    expect(table.header).toEqual(['region', 'x', 'y']);
    expect(table.rows.map((r) => r.line)).toEqual([2, 3, 6, 7, 8, 9, 10, 11, 12]);
    expect(table.rows[1].cells).toEqual(['Multi\nline', '2', '3']);
  });

  it('uses the good rows and lists each bad one with its line and every reason', () => {
    const { points, rejected, missing } = usableRows(table, { label: 0, x: 1, y: 2 });
    expect(points).toEqual([
      { line: 2, label: 'Hokkaido', x: 1, y: 2 },
      { line: 3, label: 'Multi\nline', x: 2, y: 3 },
      { line: 9, label: 'Miyagi', x: 1234, y: 6 },
      { line: 10, label: 'Akita', x: 5.5, y: -7 },
    ]);
    expect(rejected).toEqual([
      { line: 6, problems: [{ kind: 'not-a-number', column: 1, value: 'abc' }] },
      { line: 7, problems: [{ kind: 'missing-label' }] },
      {
        line: 8,
        problems: [
          { kind: 'field-count', expected: 3, found: 2 },
          { kind: 'missing-value', column: 2, marker: '' },
        ],
      },
      { line: 12, problems: [{ kind: 'field-count', expected: 3, found: 4 }] },
    ]);
    // e-Stat's *** is a missing value, listed apart: not an error, never a zero.
    expect(missing).toEqual([{ line: 11, problems: [{ kind: 'missing-value', column: 2, marker: '***' }] }]);
    expect(points.length + rejected.length + missing.length).toBe(table.rows.length);
  });

  it('reports an unclosed quote as malformed, on its line', () => {
    const broken = parseTable('a,b,c\nx,1,2\n"y,3,4\n');
    const { rejected } = usableRows(broken, { label: 0, x: 1, y: 2 });
    expect(rejected.map((r) => [r.line, r.problems[0].kind])).toEqual([[3, 'malformed']]);
  });

  it('counts lines across CRLF files and reports progress up to 1', () => {
    const fractions: number[] = [];
    const crlf = parseTable(
      ['label,x,y', ...Array.from({ length: 10 }, (_, i) => `r${i},${i},${i * 2}`)].join('\r\n'),
      (f) => fractions.push(f),
      4,
    );
    expect(crlf.rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBe(3);
  });
});

describe('the site’s own prefectures.csv', () => {
  const bytes = readFileSync(join(ROOT, 'public', 'data', 'prefectures.csv'));
  const table = parseTable(decodeText(bytes));

  it('guesses name_en or name_ja as the label and skips zero-padded codes as numbers', () => {
    expect(table.rows).toHaveLength(47);
    expect(table.header[guessColumns(table).label]).toBe('name_ja');
    expect(table.header[guessColumns(table, [/name_en/]).label]).toBe('name_en');
    expect(numericColumns(table).map((i) => table.header[i])).not.toContain('code');
    expect(numericColumns(table).map((i) => table.header[i])).toContain('smes_per_agency');
  });

  it('gives the same association as the statistics library on the JSON values, from UTF-8 and from Shift_JIS', () => {
    const json = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'prefectures.json'), 'utf8')) as Record<string, number>[];
    const expected = associate(
      json.map((p) => p.smes_per_agency),
      json.map((p) => p.job_opening_ratio),
    );
    const sjis = iconv.encode(decodeText(bytes), 'Shift_JIS');
    expect(detectEncoding(sjis)).toBe('shift_jis');
    for (const t of [table, parseTable(decodeText(sjis))]) {
      const choice = {
        label: t.header.indexOf('name_ja'),
        x: t.header.indexOf('smes_per_agency'),
        y: t.header.indexOf('job_opening_ratio'),
      };
      const { points, rejected } = usableRows(t, choice);
      expect(rejected).toEqual([]);
      const result = analyse(points);
      if ('kind' in result) throw new Error(result.kind);
      expect(result.association).toEqual(expected);
      expect(result.association.pearson.toFixed(4)).toBe('0.4740');
      // The build's residual column ranks the same way (鳥取県 sits furthest above the line).
      expect(result.ranked.map((r) => r.label)).toEqual(
        [...json].sort((a, b) => b.residual - a.residual).map((p) => p.name_ja as unknown as string),
      );
      expect(result.ranked[0].label).toBe('鳥取県');
      expect(result.band).toHaveLength(61);
    }
  });
});

describe('analyse', () => {
  it('refuses fewer than 4 points and a constant axis instead of returning NaN', () => {
    const p = (x: number, y: number, line: number) => ({ line, label: `r${line}`, x, y });
    expect(analyse([p(1, 2, 2), p(2, 3, 3), p(3, 5, 4)])).toEqual({ kind: 'too-few', n: 3 });
    expect(analyse([p(1, 2, 2), p(1, 3, 3), p(1, 5, 4), p(1, 1, 5)])).toEqual({ kind: 'no-variation', axis: 'x' });
  });
});
