/**
 * scripts/build-data.ts as `npm run data` runs it: a child process with --data and --out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/build-data.ts';
import { DataError, formatDataError } from '../../scripts/lib/data-error.ts';
import { dataDir, DATA, FIXTURES, hashDir, listFiles, removeTempDirs, runCli, tempDir } from '../support/data-pipeline.ts';

afterAll(removeTempDirs);

/** The statistics outputs this suite checks; the build may write more (networks.json, …). */
const OUTPUTS = ['data-dictionary.csv', 'data-dictionary.json', 'prefectures.csv', 'prefectures.json', 'summary.json'];

/** Two good builds of data/, made once: the determinism check compares them, the bad-input checks reuse the first. */
const good = { a: '', b: '', files: [] as string[], hash: '' };

beforeAll(async () => {
  good.a = join(tempDir(), 'public-data');
  good.b = join(tempDir(), 'public-data');
  const first = await runCli(DATA, good.a);
  const second = await runCli(DATA, good.b);
  good.files = listFiles(good.a);
  for (const [run, out] of [
    [first, good.a],
    [second, good.b],
  ] as const) {
    expect(run).toEqual({ code: 0, stdout: `data: wrote ${good.files.length} files to ${out}\n`, stderr: '' });
  }
  good.hash = hashDir(good.a);
});

describe('a good build', () => {
  it('is deterministic: two runs into two folders give byte-identical files', () => {
    const { a, b, files } = good;
    expect(files).toEqual(expect.arrayContaining(OUTPUTS));
    expect(listFiles(b)).toEqual(files);
    for (const file of files) expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file)))).toBe(true);
    expect(hashDir(b)).toBe(hashDir(a));
    // No staging folders are left next to the output.
    expect(readdirSync(dirname(a))).toEqual(['public-data']);
  });
});

describe('input encodings give the same outputs', () => {
  // In-process (the same buildData() the CLI calls) to keep the suite fast; the CLI is exercised above and below.
  const encoded = (name: string) => ({ 'raw/job_opening_ratio.csv': join(FIXTURES, 'encoding', name) });
  const build = (name: string) => {
    const out = join(tempDir(), 'out');
    buildData(dataDir(encoded(name)), out);
    return hashDir(out);
  };
  const reference = build('job_opening_ratio.utf8.csv');

  it.each(['job_opening_ratio.sjis.csv', 'job_opening_ratio.utf8-bom-crlf.csv'])('%s builds byte-identical outputs', (name) => {
    expect(build(name)).toBe(reference);
  });
});

/**
 * Each bad input replaces one file of a copy of data/ (see tests/fixtures/README.md); the build must
 * stop with exit code 1, print exactly one `path:line:column: …` line on stderr and leave the
 * previous output untouched.
 */
const BAD: { kind: string; fixture: string; target: string; place: string; message: string }[] = [
  {
    kind: 'a missing column',
    fixture: 'bad/missing-column.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '1:11', // just past "code,value"
    message: 'expected a column "name_ja", found only code, value',
  },
  {
    kind: 'an extra column',
    fixture: 'bad/extra-column.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '1:20', // "note" after "code,name_ja,value,"
    message: 'expected one of the columns code, name_ja, value, vintage, job_openings, applicants, found an extra column "note"',
  },
  {
    kind: 'a non-numeric number',
    fixture: 'bad/non-numeric.csv',
    target: 'raw/smes_per_agency.csv',
    place: '14:8', // 13,東京都,n/a
    message: 'expected value: a number from 0 to 100000, found "n/a"',
  },
  {
    kind: 'an out-of-range number',
    fixture: 'bad/out-of-range.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '15:9', // 14,神奈川県,-0.37
    message: 'expected value: a number from 0 to 50, found "-0.37"',
  },
  {
    kind: 'a duplicated prefecture',
    fixture: 'bad/duplicate-prefecture.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '49:1',
    message: 'expected each code once, found "13" again (first on line 14)',
  },
  {
    kind: 'a missing prefecture',
    fixture: 'bad/missing-prefecture.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '48:1', // the line after the last row
    message: 'expected a row for every prefecture 01–47 (46 found), found no row for code 32',
  },
  {
    kind: 'an unknown code',
    fixture: 'bad/unknown-code.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '49:1',
    message: 'expected code: a JIS prefecture code from 01 to 47, found "48"',
  },
  {
    kind: 'an empty file',
    fixture: 'bad/empty.csv',
    target: 'raw/smes_per_agency.csv',
    place: '1:1',
    message: 'expected a header row and data rows, found an empty file',
  },
  {
    kind: 'a wrong name for a code',
    fixture: 'bad/wrong-name.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '14:4', // 13,東京府,1.07
    message: 'expected "東京都" for code 13, found "東京府"',
  },
  {
    kind: 'a control character in a name',
    fixture: 'bad/control-character.csv',
    target: 'raw/prefectures.csv',
    place: '14:8', // 13,東京都,To\x07kyo
    message: 'expected name_en: text without control characters, found "To\\u0007kyo"',
  },
  {
    kind: 'mixed line endings',
    fixture: 'bad/mixed-line-endings.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '2:12', // the LF after 01,北海道,1.34
    message: 'expected every line to end as line 1 does (CRLF), found a line ending in LF',
  },
  {
    kind: 'a bad cell in a UTF-8 file with BOM and CRLF',
    fixture: 'encoding/bad-value.utf8-bom-crlf.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '14:8',
    message: 'expected value: a number from 0 to 50, found "１．０７"',
  },
];

const IN_PROCESS: typeof BAD = [
  {
    kind: 'a row with too few fields',
    fixture: 'bad/short-row.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '14:4',
    message: 'expected 3 fields, found 2',
  },
  {
    kind: 'a bad cell in a Shift_JIS file (column in characters, not bytes)',
    fixture: 'encoding/bad-value.sjis.csv',
    target: 'raw/job_opening_ratio.csv',
    place: '14:8',
    message: 'expected value: a number from 0 to 50, found "１．０７"',
  },
];

describe('bad input stops the build and leaves the output as it was', () => {
  it('lists a fixture for every kind of bad input', () => {
    const readme = readFileSync(join(FIXTURES, 'README.md'), 'utf8');
    for (const bad of [...BAD, ...IN_PROCESS]) expect(readme).toContain(`\`${bad.fixture}\``);
  });

  it.concurrent.for(BAD)('$kind ($fixture)', async ({ fixture, target, place, message }, { expect }) => {
    const out = good.a;
    const data = dataDir({ [target]: join(FIXTURES, fixture) });
    const run = await runCli(data, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${join(data, target)}:${place}: ${message}\n`);
    expect(run.stdout).toBe('');
    expect(hashDir(out)).toBe(good.hash);
    expect(listFiles(out)).toEqual(good.files);
    expect(readdirSync(dirname(out))).toEqual(['public-data']);
  });

  // Two more kinds, checked through buildData() in-process to keep the suite fast.
  it.for(IN_PROCESS)('$kind ($fixture), in-process', ({ fixture, target, place, message }) => {
    const out = good.a;
    const data = dataDir({ [target]: join(FIXTURES, fixture) });
    let printed = '';
    try {
      buildData(data, out);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      printed = formatDataError(error);
    }
    expect(printed).toBe(`${join(data, target)}:${place}: ${message}`);
    expect(hashDir(out)).toBe(good.hash);
  });
});
