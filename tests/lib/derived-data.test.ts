/** The pages read public/data/ through the schemas of src/lib/derived-data.ts: a drifted file stops the build, naming the key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { expect, test } from 'vitest';
import { parseDataFile } from '../../src/lib/atlas.ts';
import { prefectureRecordSchema, summarySchema } from '../../src/lib/derived-data.ts';
import { ROOT } from '../support/paths.ts';

const read = (name: string) => readFileSync(join(ROOT, 'public', 'data', name), 'utf8');

test('the built summary.json and prefectures.json match their schemas', () => {
  expect(parseDataFile('summary.json', read('summary.json'), summarySchema).n).toBe(47);
  expect(parseDataFile('prefectures.json', read('prefectures.json'), z.array(prefectureRecordSchema))).toHaveLength(47);
});

test('a key the schema does not know, a wrong type and a missing key are each named', () => {
  const summary = JSON.parse(read('summary.json'));
  summary.association.kendall = 0.3;
  summary.fitBand[0].low = '1.2';
  delete summary.published.page;
  expect(() => parseDataFile('summary.json', JSON.stringify(summary), summarySchema)).toThrow(
    [
      'public/data/summary.json does not match its schema in src/lib/derived-data.ts (rebuild with npm run data):',
      '  association: Unrecognized key: "kendall"',
      '  published.page: Invalid input: expected number, received undefined',
      '  fitBand.0.low: Invalid input: expected number, received string',
    ].join('\n'),
  );
});

test('a prefecture whose metro group is not one of the two fails', () => {
  const prefectures = JSON.parse(read('prefectures.json'));
  prefectures[1].metro_group = 'rural';
  expect(() => parseDataFile('prefectures.json', JSON.stringify(prefectures), z.array(prefectureRecordSchema))).toThrow(
    /^public\/data\/prefectures.json does not match its schema .*\n {2}1\.metro_group: Invalid option: expected one of "metro"\|"regional"$/,
  );
});
