/** data/published_files.csv: the titles and descriptions of the files datapackage.json lists. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatDataError } from '../../../scripts/lib/data-error.ts';
import { readPublishedFiles } from '../../../scripts/lib/package-resources.ts';
import { DATA, removeTempDirs, tempDir } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);

test('data/: ten derived files in the package order, and a title for each of the 18 raw tables', () => {
  const published = readPublishedFiles(join(DATA, 'published_files.csv'));
  expect(published.derived.map((d) => d.path)).toEqual([
    'prefectures.csv',
    'prefectures.utf8.csv',
    'prefectures.json',
    'summary.json',
    'data-dictionary.csv',
    'data-dictionary.json',
    'suggestions.json',
    'playbook.json',
    'sources.json',
    'networks.json',
  ]);
  expect(published.derived[3]?.title).toEqual({ ja: '統計の要約（JSON）', en: 'Statistics summary (JSON)' });
  expect(published.rawTitles.size).toBe(18);
  expect(published.rawTitles.get('steps.csv')).toEqual({ ja: '支援のSTEP0〜5', en: 'The support steps STEP0–5' });
});

const failure = (csv: string) => {
  const file = join(tempDir(), 'published_files.csv');
  writeFileSync(file, csv);
  try {
    readPublishedFiles(file);
  } catch (error) {
    return formatDataError(error as never).replace(file, 'published_files.csv');
  }
  return 'no error';
};

test('a derived file without a description, or a file listed twice, stops the build at its cell', () => {
  const header = 'path,title_ja,title_en,description_ja,description_en';
  expect(failure(`${header}\nsummary.json,要約,Summary,,Statistics\n`)).toBe(
    'published_files.csv:2:25: expected a description of summary.json, found an empty cell',
  );
  expect(failure(`${header}\nraw/steps.csv,STEP,Steps,,\nraw/steps.csv,STEP,Steps,,\n`)).toBe(
    'published_files.csv:3:1: expected each file once, found "raw/steps.csv"',
  );
});
