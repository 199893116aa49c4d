/**
 * The "your data" reading path (src/lib/your-data-read.ts, exactly what the worker runs) on the
 * files researchers bring: an e-Stat Shift_JIS table, an Excel UTF-8 table, romaji names, bare
 * codes, a spreadsheet paste, and every kind of bad input, each with its n, r and message pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { miniScatterSvg } from '../../src/charts/mini-scatter.ts';
import { escapeXml } from '../../src/lib/xml-text.ts';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { sniffText } from '../../src/lib/decode-text.ts';
import { joinedTable, type AtlasForReader } from '../../src/lib/your-data-join.ts';
import { filler, placeholders, problemText, refusalText } from '../../src/lib/your-data-messages.ts';
import { prefectureMatcher } from '../../src/lib/your-data-prefectures.ts';
import { analyseTable, describeTable, readInput } from '../../src/lib/your-data-read.ts';
import type { Refusal } from '../../src/lib/your-data-refusal.ts';
import { columnNames, missingMarker, parseNumber, type ColumnChoice } from '../../src/lib/your-data-table.ts';
import { ROOT } from '../support/paths.ts';

const prefectures = JSON.parse(readFileSync(join(ROOT, 'public', 'data', 'prefectures.json'), 'utf8')) as Record<string, string | number>[];
const matcher = prefectureMatcher(
  prefectures.map((p) => ({ code: String(p.code), name_ja: String(p.name_ja), name_en: String(p.name_en) })),
);
const atlas: AtlasForReader = {
  indicators: [
    {
      id: 'jobOpeningRatio',
      title: '管理的職業の有効求人倍率',
      unit: '倍',
      decimals: 2,
      source: '厚生労働省「職業安定業務統計」（2021年9月）',
    },
  ],
  prefectures: prefectures.map((p) => ({
    code: String(p.code),
    name_ja: String(p.name_ja),
    name_en: String(p.name_en),
    group: p.metro_group as 'metro' | 'regional',
    href: '',
    values: { jobOpeningRatio: p.job_opening_ratio as number },
  })),
};
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests', 'fixtures', 'your-data', name)));
const fillJa = filler(ja.yourData.client);
const fillEn = filler(en.yourData.client);

/** Reads, describes and analyses a file with the guessed columns, as the page does by default. */
function run(
  input: { bytes: Uint8Array } | { text: string },
  choice?: Partial<ColumnChoice>,
  join?: { indicator: string; axis: 'x' | 'y' },
) {
  const read = readInput(input);
  if (!read.ok) return { refusal: read.refusal };
  const described = describeTable(read.raw, read.table, matcher);
  if (!described.ok) return { refusal: described.refusal };
  const analysis = analyseTable(read.table, { ...described.guess, ...choice }, matcher, atlas, join);
  return { read, described, analysis };
}

function refusalOf(input: { bytes: Uint8Array } | { text: string }): Refusal {
  const result = run(input);
  if (!('refusal' in result) || !result.refusal) throw new Error('expected a refusal');
  return result.refusal;
}

function stats(result: ReturnType<typeof run>) {
  if (!('analysis' in result) || !result.analysis) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  const { outcome } = result.analysis;
  if ('kind' in outcome) throw new Error(outcome.kind);
  return { n: outcome.association.n, r: outcome.association.pearson.toFixed(4), outcome, ...result };
}

describe('the files researchers bring give the site’s own n = 47 and r = 0.4740', () => {
  it('e-Stat: Shift_JIS, two title lines and a blank line, a 全国 row, 01000 codes, a year column, notes after the table', () => {
    const bytes = fixture('estat-sjis.csv');
    expect(bytes.includes(0x0d)).toBe(true); // CRLF
    const s = stats(run({ bytes }));
    expect([s.n, s.r]).toEqual([47, '0.4740']);
    expect(s.read.ok && s.read.encoding).toBe('shift_jis');
    expect(s.described.headerLine).toBe(4);
    expect(s.described.header).toEqual([
      '地域 コード',
      '地域',
      '調査年',
      '1有料職業紹介事業者あたりの中小企業数【社】',
      '管理的職業の有効求人倍率【倍】',
    ]);
    // The label is the name column, not the code; x and y are the measures, never the code or the year.
    expect(s.described.guess).toEqual({ label: 1, x: 3, y: 4 });
    expect(s.described.prefectureColumn).toBe(1);
    expect(s.described.preamble.map((r) => r.line)).toEqual([1, 2]);
    expect(s.described.footnotes).toEqual([
      { line: 53, text: '注）全国の値は公表値です。' },
      { line: 54, text: '資料：厚生労働省「職業安定業務統計」、中小企業庁「中小企業・小規模事業者の数」' },
    ]);
    expect(s.analysis.excluded).toEqual([{ line: 5, label: '全国' }]);
    expect([s.analysis.rejected, s.analysis.missing]).toEqual([[], []]);
    expect(s.outcome.ranked[0]).toMatchObject({ label: '鳥取県', code: '31', line: 36 });
  });

  it('Excel: UTF-8 with BOM, short names, full-width digits, a 全国 row, … and - as missing, △ negatives, a （注） line', () => {
    const s = stats(run({ bytes: fixture('excel-utf8-bom.csv') }));
    expect([s.n, s.r]).toEqual([47, '0.4740']);
    expect(s.described.headerLine).toBe(1);
    expect(s.described.guess).toEqual({ label: 0, x: 1, y: 2 });
    expect(s.analysis.excluded).toEqual([{ line: 49, label: '全国' }]);
    expect(s.described.footnotes).toEqual([{ line: 50, text: '（注）前年差は試験用の値です。' }]);
    // The third column: missing markers are listed per row as missing, never as errors or zeros.
    const third = stats(run({ bytes: fixture('excel-utf8-bom.csv') }, { y: 3 }));
    expect(third.n).toBe(39);
    expect(third.analysis.rejected).toEqual([]);
    expect(third.analysis.missing.map((r) => [r.line, (r.problems[0] as { marker: string }).marker])).toEqual([
      [2, '...'],
      [13, '...'],
      [15, '-'],
      [24, '...'],
      [28, '-'],
      [35, '...'],
      [41, '-'],
      [46, '...'],
    ]);
    expect(third.outcome.ranked.find((p) => p.label === '青森')!.y).toBe(-0.1);
    expect(rowText(third.analysis.missing[0]!.problems[0]!)).toBe('「前年差（ポイント）」が欠測（...）');
  });

  it('romaji in every spelling (Tōkyō, Osaka-fu, KYOTO, Hyougo, Gumma …), shuffled, with a Japan row', () => {
    const s = stats(run({ bytes: fixture('romaji.csv') }));
    expect([s.n, s.r]).toEqual([47, '0.4740']);
    expect(s.analysis.excluded).toEqual([{ line: 2, label: 'Japan' }]);
    expect(new Set(s.outcome.ranked.map((p) => p.code)).size).toBe(47);
  });

  it('codes only, one indicator: set against the atlas’s job-opening ratio by code', () => {
    const s = stats(run({ bytes: fixture('codes-only.csv') }, {}, { indicator: 'jobOpeningRatio', axis: 'y' }));
    expect(s.described.prefectureColumn).toBe(0);
    expect(s.described.measures).toEqual([1]);
    expect([s.n, s.r]).toEqual([47, '0.4740']);
    expect(s.analysis.unmatched).toBe(0);
  });

  it('a paste from a spreadsheet (tab-separated) goes through the same path', () => {
    const text = prefectures.map((p) => `${p.name_ja}\t${p.smes_per_agency}\t${p.job_opening_ratio}`);
    const s = stats(run({ text: ['都道府県\t中小企業数\t求人倍率', '全国\t123.4\t1.43', ...text].join('\n') }));
    expect([s.n, s.r]).toEqual([47, '0.4740']);
    expect(s.described.delimiter).toBe('\t');
    expect(s.read.ok && s.read.encoding).toBe('pasted');
  });

  it('UTF-16 with a BOM (Excel’s “Unicode text”), both byte orders, is decoded', () => {
    const text = `\uFEFF${readFileSync(join(ROOT, 'public', 'data', 'prefectures.csv'), 'utf8').replace(/^\uFEFF/, '')}`;
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    for (const bytes of [le, be]) {
      const s = stats(run({ bytes }, {}));
      expect(s.read.ok && s.read.encoding).toMatch(/^utf-16/);
      expect(s.n).toBe(47);
    }
  });
});

describe('bad input: one clear message, nothing analysed', () => {
  const cases: [string, () => { bytes: Uint8Array } | { text: string }, string, string][] = [
    [
      'a PDF renamed .csv',
      () => ({ bytes: fixture('pdf-renamed.csv') }),
      'PDFファイルです。CSVファイルを選んでください。',
      'This is a PDF file. Choose a CSV file.',
    ],
    [
      'an .xlsx renamed .csv',
      () => ({ bytes: fixture('xlsx-renamed.csv') }),
      'Excel（.xlsx）などのZIP形式のファイルです。Excelで「CSV UTF-8（コンマ区切り）」として保存してから選んでください。',
      'This is a ZIP file, such as an Excel workbook (.xlsx). Save it from Excel as “CSV UTF-8 (comma delimited)” and choose that.',
    ],
    ['an empty file', () => ({ bytes: fixture('empty.csv') }), 'ファイルが空です。', 'The file is empty.'],
    [
      'a header only',
      () => ({ bytes: fixture('header-only.csv') }),
      '見出しの行しかなく、データの行がありません。',
      'The file has a header line and no data rows.',
    ],
    [
      'one numeric column (and no prefectures)',
      () => ({ bytes: fixture('one-numeric-column.csv') }),
      '数値の列が2つ以上必要です。このファイルで数値として読める列は1つ以下です。',
      'Two numeric columns are needed; at most one column of this file reads as numbers.',
    ],
    [
      'EUC-JP',
      () => ({ bytes: fixture('eucjp.csv') }),
      '文字コードがEUC-JPのようです。UTF-8かShift_JISで保存し直してください。',
      'The file seems to be in EUC-JP. Save it again as UTF-8 or Shift_JIS.',
    ],
    [
      'bytes that are neither UTF-8 nor Shift_JIS',
      () => ({ bytes: new Uint8Array([...Buffer.from('a,b,c\n'), ...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0xfd : 0x81)), 0x0a]) }),
      '文字コードがUTF-8でもShift_JISでもありません。UTF-8で保存し直してください。',
      'The file is neither UTF-8 nor Shift_JIS. Save it again as UTF-8.',
    ],
    [
      '1 MB on one line',
      () => ({ bytes: new Uint8Array(Buffer.from('1,'.repeat(512 * 1024))) }),
      '1行目が1,048,576文字あります。1行100,000文字までしか読み込めません。',
      'Line 1 is 1,048,576 characters long; at most 100,000 characters per line can be read.',
    ],
    [
      '100 MB',
      () => ({ bytes: new Uint8Array(100 * 1024 * 1024) }),
      'ファイルが大きすぎます（100.0 MB）。読み込めるのは50.0 MBまでです。',
      'The file is too large (100.0 MB); at most 50.0 MB can be read.',
    ],
    [
      '2,000 columns',
      () => ({
        text: `${Array.from({ length: 2000 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 2000 }, (_, i) => i).join(',')}\n`,
      }),
      '1行目に2,000列あります。読み込めるのは1,000列までです。',
      'Line 1 has 2,000 columns; at most 1,000 can be read.',
    ],
    [
      'a PNG renamed .csv',
      () => ({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }),
      '画像ファイル（PNG）です。CSVファイルを選んでください。',
      'This is an image file (PNG). Choose a CSV file.',
    ],
    [
      'binary bytes with NULs',
      () => ({ bytes: new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x02, 0x2c, 0x33]) }),
      'テキストではないファイルです（NULバイトを含みます）。CSVファイルを選んでください。',
      'This is not a text file (it holds NUL bytes). Choose a CSV file.',
    ],
  ];
  it.each(cases)('%s', (_, input, messageJa, messageEn) => {
    const refusal = refusalOf(input());
    expect(refusalText(fillJa, 'ja', refusal)).toBe(messageJa);
    expect(refusalText(fillEn, 'en', refusal)).toBe(messageEn);
  });

  it('every value missing: n = 0 with each row listed as missing, none as an error', () => {
    const result = run({ bytes: fixture('all-missing.csv') });
    if (!('analysis' in result) || !result.analysis) throw new Error('refused');
    expect(result.analysis.outcome).toEqual({ kind: 'too-few', n: 0 });
    expect(result.analysis.rejected).toEqual([]);
    expect(result.analysis.missing.map((r) => r.line)).toEqual([2, 3, 4, 5]);
    expect(fillJa('tooFewMissing', { n: 0, missing: 4 })).toBe('使える行が0行しかありません（欠測で除いた行：4行）。4行以上必要です。');
  });
});

describe('robustness of what is read', () => {
  it('counts the characters of a Shift_JIS file that did not decode', () => {
    const good = iconv.encode('地域,x,y\n北海道,1,2\n', 'Shift_JIS');
    const bad = new Uint8Array([...good, ...iconv.encode('大阪', 'Shift_JIS').subarray(0, 1), 0x20, ...Buffer.from(',3,4\n')]);
    const sniffed = sniffText(new Uint8Array(Buffer.concat([Buffer.from(bad), iconv.encode('青森県,5,6\n'.repeat(20), 'Shift_JIS')])));
    expect(sniffed.ok && [sniffed.encoding, sniffed.replaced]).toEqual(['shift_jis', 1]);
    expect(fillEn('replaced', { count: 1 })).toBe('1 characters could not be decoded (shown as �). Check the encoding.');
  });

  it('makes duplicate, empty, long and control-character column names distinguishable and safe', () => {
    expect(columnNames(['x', 'x', '', 'x', `bell\u0007name`, 'y'.repeat(200)], (i) => `#${i}`)).toEqual([
      'x',
      'x (2)',
      '#3',
      'x (3)',
      'bellname',
      `${'y'.repeat(79)}…`,
    ]);
  });

  it('finds the header under title lines, and keeps a commas-only first line from eating a data row', () => {
    const s = run({ text: ',,\n2.1,3.9,1\n2.5,4.1,2\n3.0,5.2,3\n3.3,5.9,4\n4.0,7.2,5\n' });
    if (!('described' in s) || !s.described) throw new Error('refused');
    expect(s.described.headerLine).toBe(0);
    expect(s.described.header).toEqual(['#1', '#2', '#3']);
    expect(s.read.ok && s.read.table.rows).toHaveLength(5);
  });

  it('reads numbers as Japanese tables write them and knows missing markers', () => {
    expect([parseNumber('△1.5'), parseNumber('▲２'), parseNumber('１，２３４'), parseNumber('12%')]).toEqual([-1.5, -2, 1234, null]);
    expect(['-', '―', '…', '***', 'x', 'X', '秘匿', '', '12'].map(missingMarker)).toEqual([
      '-',
      '―',
      '...',
      '***',
      'x',
      'X',
      '秘匿',
      '',
      null,
    ]);
  });

  it('lists a duplicate prefecture and an unknown name by line', () => {
    const rows = prefectures.map((p) => `${p.name_ja},${p.smes_per_agency},${p.job_opening_ratio}`);
    const s = run({ text: ['地域,x,y', ...rows, '東京,1,1', '東京特別区,2,2'].join('\n') });
    if (!('analysis' in s) || !s.analysis) throw new Error('refused');
    expect(s.analysis.rejected).toEqual([
      { line: 49, problems: [{ kind: 'duplicate-prefecture', value: '東京', first: 14 }] },
      { line: 50, problems: [{ kind: 'not-a-prefecture', value: '東京特別区' }] },
    ]);
    expect(s.analysis.rejected.map((r) => problemText(fillJa, r.problems[0]!, () => ''))).toEqual([
      '「東京」は14行目と同じ都道府県です',
      '「東京特別区」は都道府県として認識できません',
    ]);
  });

  it('draws every point of a file with control characters as well-formed SVG', () => {
    const points = ['bell\u0007label', 'vt\u000Blabel', 'esc\u001Blabel', 'nonchar\uFFFElabel', 'a', 'b', 'c'].map((label, i) => ({
      label,
      x: i,
      y: i * i,
    }));
    const svg = miniScatterSvg(points, {
      width: 400,
      height: 300,
      xLabel: 'x\u0001axis',
      yLabel: 'y',
      title: 't',
      description: 'd',
      pointLabel: (p) => p.label,
      band: [],
    });
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(svg.match(/class="dot"/g)).toHaveLength(7);
    expect(escapeXml('a\u0007<b>')).toBe('a&lt;b&gt;');
  });
});

describe('the joined table', () => {
  it('has one row per prefecture in code order and both sources', () => {
    const s = stats(run({ bytes: fixture('codes-only.csv') }, {}, { indicator: 'jobOpeningRatio', axis: 'y' }));
    const rows = joinedTable(
      s.outcome.ranked,
      atlas,
      { indicator: 'jobOpeningRatio', axis: 'y' },
      { label: 'pref_code', x: 'smes_per_agency', y: '管理的職業の有効求人倍率（倍）' },
      'codes-only.csv',
      {
        code: 'コード',
        nameJa: '都道府県',
        nameEn: '都道府県（英語）',
        group: '圏域',
        fitted: '当てはめ値',
        residual: '残差',
        theirSource: '出典（利用者のデータ）',
        ourSource: '出典（中核人材アトラス）',
        groupNames: { metro: '三大都市圏', regional: '地方' },
        describe: (i) => fillJa('ourSourceLine', { title: i.title, unit: i.unit, source: i.source }),
      },
    );
    expect(rows[0]).toEqual([
      'コード',
      '都道府県',
      '都道府県（英語）',
      'pref_code',
      'smes_per_agency',
      '管理的職業の有効求人倍率（倍）',
      '圏域',
      '当てはめ値',
      '残差',
    ]);
    expect(rows.slice(1, 48).map((r) => r[0])).toEqual(prefectures.map((p) => p.code));
    const tokyo = prefectures.find((p) => p.code === '13')!;
    expect(rows[13]!.slice(0, 7)).toEqual(['13', '東京都', 'Tokyo', '13', tokyo.smes_per_agency, tokyo.job_opening_ratio, '三大都市圏']);
    expect(rows[13]!.slice(4, 6)).toEqual([43.9, 1.07]);
    expect(rows.slice(48)).toEqual([
      [],
      ['出典（利用者のデータ）', 'codes-only.csv'],
      ['出典（中核人材アトラス）', '管理的職業の有効求人倍率（倍）：厚生労働省「職業安定業務統計」（2021年9月）'],
    ]);
  });
});

describe('the page’s strings', () => {
  it('use the same placeholders in Japanese and English', () => {
    const keys = Object.keys(ja.yourData.client) as (keyof typeof ja.yourData.client)[];
    expect(Object.keys(en.yourData.client).sort()).toEqual([...keys].sort());
    for (const key of keys)
      expect([key, placeholders(en.yourData.client[key]).sort()]).toEqual([key, placeholders(ja.yourData.client[key]).sort()]);
  });
});

function rowText(problem: Parameters<typeof problemText>[1]): string {
  return problemText(fillJa, problem, () => '前年差（ポイント）');
}

describe('the reader’s choice of header line', () => {
  it('re-reads the table with the chosen line as the header', async () => {
    const { arrangeTable, parseRows } = await import('../../src/lib/your-data-table.ts');
    const raw = parseRows('Title of the table\nname,x,y\nA,1,2\nB,2,4\nC,3,5\nD,4,9\n');
    expect(arrangeTable(raw).headerLine).toBe(2);
    const chosen = arrangeTable(raw, 3);
    expect([chosen.headerLine, chosen.header, chosen.rows.length, chosen.headerGuessed]).toEqual([3, ['A', '1', '2'], 3, false]);
  });
});
