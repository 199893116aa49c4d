/** The pages read public/data/ through the schemas of src/lib/derived-data.ts: a drifted file stops the build, naming the key. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { parseDataFile } from '../../src/lib/atlas.ts';
import { prefectureRecordSchema, summarySchema } from '../../src/lib/derived-data.ts';
import { networkDataSchema } from '../../src/lib/network-data.ts';
import { sourceRecordSchema } from '../../src/lib/sources.ts';
import { suggestionsFileSchema } from '../../src/lib/suggestions-file.ts';
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

describe('networks.json, suggestions.json and sources.json are parsed against their schemas too', () => {
  test('the built files match', () => {
    expect(parseDataFile('networks.json', read('networks.json'), networkDataSchema).organisationTypes).toHaveLength(11);
    expect(parseDataFile('suggestions.json', read('suggestions.json'), suggestionsFileSchema).prefectures).toHaveLength(47);
    expect(parseDataFile('sources.json', read('sources.json'), z.array(sourceRecordSchema)).map((s) => s.id)).toContain('guidebook');
  });

  test('a drifted networks.json names the file, where its schema is written and the keys that are wrong', () => {
    const networks = JSON.parse(read('networks.json'));
    networks.roleSplits[0].role = 'owner';
    networks.caseStudies[2].pairing = '3';
    delete networks.statements;
    expect(() => parseDataFile('networks.json', JSON.stringify(networks), networkDataSchema)).toThrow(
      [
        'public/data/networks.json does not match its schema in src/lib/network-data.ts (rebuild with npm run data):',
        '  roleSplits.0.role: Invalid option: expected one of "lead"|"support"|"external"',
        '  caseStudies.2.pairing: Invalid input: expected number, received string',
        '  statements: Invalid input: expected array, received undefined',
      ].join('\n'),
    );
  });

  test('a drifted suggestions.json and sources.json fail the same way', () => {
    const suggestions = JSON.parse(read('suggestions.json'));
    suggestions.prefectures[12].neighbours[0].link = 'tunnel';
    suggestions.thresholds.extra = 1;
    expect(() => parseDataFile('suggestions.json', JSON.stringify(suggestions), suggestionsFileSchema)).toThrow(
      [
        'public/data/suggestions.json does not match its schema in src/lib/suggestions-file.ts (rebuild with npm run data):',
        '  thresholds: Unrecognized key: "extra"',
        '  prefectures.12.neighbours.0.link: Invalid option: expected one of "land"|"bridge"|"sea"',
      ].join('\n'),
    );
    const sources = JSON.parse(read('sources.json'));
    sources[0].url = 42;
    expect(() => parseDataFile('sources.json', JSON.stringify(sources), z.array(sourceRecordSchema))).toThrow(
      [
        'public/data/sources.json does not match its schema in src/lib/sources.ts (rebuild with npm run data):',
        '  0.url: Invalid input: expected string, received number',
      ].join('\n'),
    );
  });
});
