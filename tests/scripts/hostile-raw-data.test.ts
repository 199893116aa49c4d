/**
 * Hostile and broken raw data files, one corruption at a time on a copy of data/: every one that
 * is wrong stops the build with exactly one `path:line:column: expected …, found …` line and
 * leaves the previous output byte-identical; the ones that are only unusual (a BOM, Shift_JIS, an
 * HTML payload without control characters) build the same figures. Most cases run buildData()
 * in-process; the CLI cases check that nothing but the one line reaches stderr (no stack trace).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { DataError, formatDataError } from '../../scripts/lib/data-error.ts';
import { dataDir, DATA, hashDir, listFiles, removeTempDirs, runCli, tempDir } from '../support/data-pipeline.ts';

afterAll(removeTempDirs);

const good = { out: '', hash: '', files: [] as string[], prefectures: '' };

beforeAll(() => {
  good.out = join(tempDir(), 'public-data');
  buildData(DATA, good.out);
  good.hash = hashDir(good.out);
  good.files = listFiles(good.out);
  good.prefectures = readFileSync(join(good.out, 'prefectures.json'), 'utf8');
});

/** A copy of data/ with one raw file rewritten by `edit` (text in, text out). */
/** The one line a data build from `data` into the good output prints when it stops, or '' when it does not. */
function buildError(data: string): string {
  try {
    buildData(data, good.out);
  } catch (thrown) {
    if (!(thrown instanceof DataError)) throw thrown;
    return formatDataError(thrown);
  }
  return '';
}

function corrupted(file: string, edit: (text: string) => string): string {
  const dir = dataDir();
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the corruption of ${file} changed nothing`);
  writeFileSync(path, after);
  return dir;
}

/** Replaces exactly one occurrence of `from`, so that a case cannot silently stop corrupting. */
const once = (from: string, to: string) => (text: string) => {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`expected one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
};
const lines = (text: string) => text.split('\n');

interface Case {
  kind: string;
  file: string;
  edit: (text: string) => string;
  /** `line:column: message`, after the file's path. */
  error: string;
}

const CASES: Case[] = [
  // The review's corruptions, still refused as before.
  {
    kind: 'missing column',
    file: 'raw/job_opening_ratio.csv',
    edit: (t) =>
      lines(t)
        .map((l) => l.split(',').slice(0, 2).join(','))
        .join('\n'),
    error: '1:13: expected a column "value" or "job_opening_ratio" with the values of jobOpeningRatio, found only code, name_ja',
  },
  {
    kind: 'extra field in one row',
    file: 'raw/prefectures.csv',
    edit: once('02,青森県,Aomori,あおもりけん,aomori,,東北', '02,青森県,Aomori,あおもりけん,aomori,,東北,extra'),
    error: '3:39: expected 8 fields, found 9',
  },
  {
    kind: 'duplicate code',
    file: 'raw/job_opening_ratio.csv',
    edit: once('02,青森県', '01,青森県'),
    error: '3:1: expected each code once, found "01" again (first on line 2)',
  },
  {
    kind: '48 rows',
    file: 'raw/job_opening_ratio.csv',
    edit: (t) => `${t}48,テスト県,1.00\n`,
    error: '49:1: expected code: a JIS prefecture code from 01 to 47, found "48"',
  },
  {
    kind: 'NUL inside a number',
    file: 'raw/smes_per_agency.csv',
    edit: once('194.7', '194.\u00007'),
    error: '2:8: expected value: a number from 0 to 100000, found "194.\\u00007"',
  },
  {
    kind: 'value 1e308',
    file: 'raw/job_opening_ratio.csv',
    edit: once('01,北海道,1.34', '01,北海道,1e308'),
    error: '2:8: expected value: a number from 0 to 50, found "1e308"',
  },
  {
    kind: 'value 1 followed by 400 zeros',
    file: 'raw/job_opening_ratio.csv',
    edit: once('01,北海道,1.34', `01,北海道,1${'0'.repeat(400)}`),
    error: `2:8: expected value: a number from 0 to 50, found "1${'0'.repeat(400)}"`,
  },
  {
    kind: 'empty file',
    file: 'raw/smes_per_agency.csv',
    edit: () => '',
    error: '1:1: expected a header row and data rows, found an empty file',
  },
  {
    kind: 'slug with a path',
    file: 'raw/prefectures.csv',
    edit: once(',hokkaido,', ',../../evil,'),
    error: '2:24: expected slug: a lowercase romaji slug, found "../../evil"',
  },
  {
    kind: 'unterminated quote',
    file: 'raw/job_opening_ratio.csv',
    edit: once('01,北海道,1.34', '01,"北海道,1.34'),
    error: '2:1: expected well-formed CSV, found MissingQuotes (Quoted field unterminated)',
  },

  // Control characters in text fields (F5.1): refused where they were published before.
  {
    kind: 'NUL in an English name',
    file: 'raw/prefectures.csv',
    edit: once('Hokkaido,', 'Hokkai\u0000do,'),
    error: '2:8: expected name_en: text without control characters, found "Hokkai\\u0000do"',
  },
  {
    kind: 'BEL in an English name',
    file: 'raw/prefectures.csv',
    edit: once('Hokkaido,', 'Hokkai\u0007do,'),
    error: '2:8: expected name_en: text without control characters, found "Hokkai\\u0007do"',
  },
  {
    kind: 'HTML payload ending in BEL',
    file: 'raw/prefectures.csv',
    edit: once('Tokyo,', `"Tok'yo"" onmouseover=""alert(1)"" <img src=x onerror=alert(1)>\u0007",`),
    error:
      '14:8: expected name_en: text without control characters, found "Tok\'yo\\" onmouseover=\\"alert(1)\\" <img src=x onerror=alert(1)>\\u0007"',
  },
  {
    kind: 'trailing vertical tab (which trimming would hide)',
    file: 'raw/prefectures.csv',
    edit: once('01,北海道,', '01,北海道\u000B,'),
    error: '2:4: expected name_ja: text without control characters, found "北海道\\u000b"',
  },
  {
    kind: 'C1 control U+0085 in an English name',
    file: 'raw/prefectures.csv',
    edit: once('Aomori,', 'Ao\u0085mori,'),
    error: '3:8: expected name_en: text without control characters, found "Ao\u0085mori"',
  },
  {
    kind: 'noncharacter U+FFFE in a name',
    file: 'raw/prefectures.csv',
    edit: once('Aomori,', 'Ao\uFFFEmori,'),
    error: '3:8: expected name_en: text without control characters, found "Ao\uFFFEmori"',
  },

  // Line endings (F5.3): said plainly instead of "expected 3 fields, found 95".
  {
    kind: 'CRLF after the header only, LF after',
    file: 'raw/job_opening_ratio.csv',
    edit: once('code,name_ja,value\n', 'code,name_ja,value\r\n'),
    error: '2:12: expected every line to end as line 1 does (CRLF), found a line ending in LF',
  },
  {
    kind: 'CRLF on every other line',
    file: 'raw/prefectures.csv',
    edit: (t) =>
      lines(t)
        .map((l, i) => (i % 2 === 1 && l !== '' ? `${l}\r` : l))
        .join('\n'),
    error: '2:60: expected every line to end as line 1 does (LF), found a line ending in CRLF',
  },
  {
    kind: 'one lone CR mid-file',
    file: 'raw/smes_per_agency.csv',
    edit: once('\n04,', '\r04,'),
    error: '4:13: expected every line to end as line 1 does (LF), found a line ending in CR',
  },
  {
    kind: 'CRLF on the last line only',
    file: 'raw/job_opening_ratio.csv',
    edit: (t) => `${t.trimEnd()}\r\n`,
    error: '48:12: expected every line to end as line 1 does (LF), found a line ending in CRLF',
  },
];

/** An indicator's file with a `vintage` column, every row of it in `vintage`. */
const withVintage = (t: string, vintage: string) =>
  `${t
    .trimEnd()
    .split('\n')
    .map((l, i) => (i === 0 ? `${l},vintage` : `${l},${vintage}`))
    .join('\n')}\n`;

/** Indicators as data: a bad row of indicators.csv or a bad indicator file, the error located where it is (`at`). */
const INDICATOR_CASES: (Case & { at: string })[] = [
  {
    kind: 'unknown source id',
    file: 'indicators.csv',
    at: 'indicators.csv',
    edit: once('mhlw_employment_security;guidebook', 'mhlw_employment_securty;guidebook'),
    error:
      '2:392: expected a source id from data/sources.csv (mhlw_employment_security, sme_agency_sme_count, mhlw_jinzai_service, guidebook, mlit_metro_areas, svg_maps_japan, atlas), found "mhlw_employment_securty"',
  },
  {
    kind: 'the value column not in the file',
    file: 'raw/job_opening_ratio.csv',
    at: 'raw/job_opening_ratio.csv',
    edit: once('code,name_ja,value', 'code,name_ja,ratio'),
    error: '1:19: expected a column "value" or "job_opening_ratio" with the values of jobOpeningRatio, found only code, name_ja, ratio',
  },
  {
    kind: 'a prefecture twice in one vintage',
    file: 'raw/job_opening_ratio.csv',
    at: 'raw/job_opening_ratio.csv',
    edit: (t) => `${withVintage(t, '2021-09')}13,東京都,1.07,2021-09\n`,
    error: '49:13: expected each prefecture once per vintage, found 13 in vintage "2021-09" again (first on line 14)',
  },
  {
    kind: 'a prefecture missing from the second vintage',
    file: 'raw/job_opening_ratio.csv',
    at: 'raw/job_opening_ratio.csv',
    edit: (t) =>
      withVintage(t, '2021-09') +
      lines(withVintage(t, '2023-09'))
        .slice(1)
        .filter((l) => !l.startsWith('32,'))
        .join('\n'),
    error: '95:1: expected a row for every prefecture 01–47 in vintage 2023-09 (46 found), found no row for code 32',
  },
  {
    kind: 'the guidebook’s vintage missing from the file',
    file: 'raw/job_opening_ratio.csv',
    at: 'indicators.csv',
    edit: (t) => withVintage(t, '2023-09'),
    error: '2:384: expected one of the vintages in raw/job_opening_ratio.csv (2023-09), found "2021-09"',
  },
  {
    kind: 'a value outside the stated range',
    file: 'raw/smes_per_agency.csv',
    at: 'raw/smes_per_agency.csv',
    edit: once('01,北海道,194.7', '01,北海道,194700'),
    error: '2:8: expected value: a number from 0 to 100000, found "194700"',
  },
  {
    kind: 'two indicators of role x',
    file: 'indicators.csv',
    at: 'indicators.csv',
    edit: once('jobOpeningRatio,y,', 'jobOpeningRatio,x,'),
    error: '4:1: expected exactly one indicator of role x, found jobOpeningRatio, smesPerAgency',
  },
];

describe('a bad indicator row or file stops the build with one located line and leaves the output as it was', () => {
  it.for(INDICATOR_CASES)('$kind ($file)', ({ file, at, edit, error }) => {
    const data = corrupted(file, edit);
    const printed = buildError(data);
    expect(printed).toBe(`${join(data, at)}:${error}`);
    expect(hashDir(good.out)).toBe(good.hash);
    expect(listFiles(good.out)).toEqual(good.files);
  });
});

describe('a broken raw file stops the build with one located line and leaves the output as it was', () => {
  it.for(CASES)('$kind ($file)', ({ file, edit, error }) => {
    const data = corrupted(file, edit);
    const printed = buildError(data);
    expect(printed).toBe(`${join(data, file)}:${error}`);
    expect(hashDir(good.out)).toBe(good.hash);
    expect(listFiles(good.out)).toEqual(good.files);
  });

  it('refuses a control character in any text column: an indicator title in data/indicators.csv', () => {
    const data = corrupted('indicators.csv', once(',Managerial job-opening ratio,', ',Managerial\u001B job-opening ratio,'));
    const printed = buildError(data);
    expect(printed).toBe(
      `${join(data, 'indicators.csv')}:2:76: expected title_en: text without control characters, found "Managerial\\u001b job-opening ratio"`,
    );
    expect(hashDir(good.out)).toBe(good.hash);
  });
});

describe('a missing raw file (F5.2): the same one line, no stack trace', () => {
  it.concurrent.for([
    { file: 'raw/smes_per_agency.csv', found: 'no file at this path' },
    { file: 'raw/prefectures.csv', found: 'no file at this path' },
  ])('$file deleted', async ({ file, found }, { expect }) => {
    const data = dataDir();
    rmSync(join(data, file));
    const run = await runCli(data, good.out);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${join(data, file)}:1:1: expected a CSV file, found ${found}\n` });
    expect(hashDir(good.out)).toBe(good.hash);
  });

  it('a folder where a raw file should be', async () => {
    const data = dataDir();
    const path = join(data, 'raw/job_opening_ratio.csv');
    rmSync(path);
    mkdirSync(path);
    const run = await runCli(data, good.out);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${path}:1:1: expected a CSV file, found a folder\n` });
    expect(hashDir(good.out)).toBe(good.hash);
  });
});

describe('unusual but sound input builds the same figures', () => {
  const figures = (data: string) => {
    const out = join(tempDir(), 'out');
    buildData(data, out);
    return readFileSync(join(out, 'prefectures.json'), 'utf8');
  };

  it('a UTF-8 BOM on prefectures.csv', () => {
    expect(figures(corrupted('raw/prefectures.csv', (t) => `\uFEFF${t}`))).toBe(good.prefectures);
  });

  it('job_opening_ratio.csv re-encoded as Shift_JIS', () => {
    const data = dataDir();
    const path = join(data, 'raw/job_opening_ratio.csv');
    writeFileSync(path, iconv.encode(readFileSync(path, 'utf8'), 'cp932'));
    expect(figures(data)).toBe(good.prefectures);
  });

  it('CRLF on every line', () => {
    expect(figures(corrupted('raw/prefectures.csv', (t) => t.replaceAll('\n', '\r\n')))).toBe(good.prefectures);
  });

  it('an HTML payload without control characters is data, published verbatim (the pages escape it)', () => {
    const payload = `Hok'kai" onmouseover="alert(1)" x="<img src=x onerror=alert(1)></script><script>alert(2)</script>`;
    const json = figures(corrupted('raw/prefectures.csv', once('Hokkaido,', `"${payload.replaceAll('"', '""')}",`)));
    expect(JSON.parse(json)[0].name_en).toBe(payload);
    expect(JSON.parse(json).slice(1)).toEqual(JSON.parse(good.prefectures).slice(1));
  });
});
