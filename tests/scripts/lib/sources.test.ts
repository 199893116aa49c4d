import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, formatDataError } from '../../../scripts/lib/data-error.ts';
import { readSources, sourceReferences } from '../../../scripts/lib/sources.ts';
import { citeSource, notesLine, sourceLine } from '../../../src/lib/sources.ts';
import { DATA, dataDir, removeTempDirs } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);

const sources = readSources(join(DATA, 'sources.csv'));

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof DataError) return formatDataError(error);
    throw error;
  }
  throw new Error('no error');
}

describe('data/sources.csv', () => {
  it('lists the three statistics, the guidebook, MLIT’s definition, the map outlines and the atlas', () => {
    expect(sources.map((s) => s.id)).toEqual([
      'mhlw_employment_security',
      'sme_agency_sme_count',
      'mhlw_jinzai_service',
      'guidebook',
      'mlit_metro_areas',
      'svg_maps_japan',
      'atlas',
    ]);
  });

  it('every source id used by a table under data/ exists, and every raw table names its sources', () => {
    const used = sourceReferences(DATA, sources);
    const known = new Set(sources.map((s) => s.id));
    const raw = readdirSync(join(DATA, 'raw')).filter((f) => f.endsWith('.csv'));
    expect([...used.keys()].filter((f) => f.includes('/raw/')).length).toBe(raw.length);
    for (const ids of used.values()) for (const id of ids) expect(known.has(id), id).toBe(true);
    // The two indicator tables carry no source column: their row in indicators.csv names the sources.
    const withoutColumn = [...used].filter(([, ids]) => ids.length === 0).map(([f]) => f.split('/').at(-1));
    expect(withoutColumn.sort()).toEqual(['job_opening_ratio.csv', 'smes_per_agency.csv']);
    expect(used.get(join(DATA, 'indicators.csv'))).toEqual([
      'mhlw_employment_security',
      'guidebook',
      'sme_agency_sme_count',
      'mhlw_jinzai_service',
    ]);
  });

  it('stops at an unknown source id with its place', () => {
    const dir = dataDir();
    const file = join(dir, 'raw', 'steps.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('19,guidebook\n', '19,guidebok\n'));
    expect(errorOf(() => sourceReferences(dir, sources))).toMatch(
      /steps\.csv:2:\d+: expected a source id from data\/sources\.csv \(mhlw_employment_security, .*, atlas\), found "guidebok"$/,
    );
  });

  it('stops at a raw table that names no source', () => {
    const dir = dataDir();
    const file = join(dir, 'raw', 'steps.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/,source\n/, '\n')
        .replace(/,guidebook\n/g, '\n'),
    );
    expect(errorOf(() => sourceReferences(dir, sources))).toMatch(
      /steps\.csv:1:\d+: expected a column "source" naming the table's sources, found only step, name_ja, name_en, variant_ja, variant_en, page$/,
    );
  });

  it('refuses a source without a date that does not say why', () => {
    const dir = dataDir();
    const file = join(dir, 'sources.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(',,発行年月の記載なし,date not stated,', ',,,,'));
    expect(errorOf(() => readSources(file))).toMatch(
      /sources\.csv:5:\d+: expected a note on the date when the vintage is empty, found an empty cell$/,
    );
  });
});

describe('citing a source', () => {
  const byId = (id: string) => sources.find((s) => s.id === id)!;

  it('cites the guidebook under what the text shows, with no invented title and no date', () => {
    expect(citeSource('ja', byId('guidebook'), 'p.9')).toBe(
      '中小企業庁、令和3年度「中核人材確保支援能力向上事業」のガイドブック（発行年月の記載なし） p.9',
    );
    expect(citeSource('en', byId('guidebook'))).toBe(
      'SME Agency, guidebook of the FY2021 Project to Improve Capacity for Securing Core Talent (中核人材確保支援能力向上事業) (date not stated)',
    );
    expect(JSON.stringify(sources)).not.toContain('中核ネットワークの形成と担い手の能力向上');
  });

  it('writes a 白書-style 資料 line and （注） in Japanese, and Source / Notes in English', () => {
    const used = [{ id: 'mhlw_employment_security' }, { id: 'guidebook', pages: 'p.9' }];
    expect(sourceLine('ja', sources, used)).toBe(
      '資料：厚生労働省「職業安定業務統計」（令和3年（2021年）9月）、中小企業庁、令和3年度「中核人材確保支援能力向上事業」のガイドブック（発行年月の記載なし） p.9を基に中核人材アトラス作成',
    );
    expect(sourceLine('en', sources, [{ id: 'sme_agency_sme_count' }])).toBe(
      'Source: SME Agency, Number of SMEs and small businesses (June 2016); compiled by the Core-Talent Atlas',
    );
    expect(sourceLine('ja', sources, [{ id: 'atlas' }])).toBe('資料：中核人材アトラス作成');
    expect(notesLine('ja', ['一つ目。', '二つ目。'])).toBe('（注）1．一つ目。 2．二つ目。');
    expect(notesLine('en', ['First.'])).toBe('Notes: 1. First.');
    expect(() => sourceLine('en', sources, [{ id: 'nope' }])).toThrow('No source "nope" in sources.json');
  });
});
