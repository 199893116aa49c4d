import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import { METRO_AREAS, REGIONAL_BLOCKS, type MetroArea, type RegionalBlock } from '../../src/lib/regions.ts';
import type { z } from 'zod';
import type { RawTableColumns } from './column-schema.ts';
import { decimal, flag, integer, jisCode, oneOf, optionalCount, optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv, type CsvFile } from './read-csv.ts';
import { readSources, sourceRef, sourceReferences } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';
import { citeSource, type SourceRecord } from '../../src/lib/sources.ts';

export const PREFECTURE_COUNT = 47;

export interface Prefecture {
  code: string;
  nameJa: string;
  nameEn: string;
  /** The name's reading in hiragana (おおさかふ), for search by kana. */
  kana: string;
  slug: string;
  metroArea: MetroArea | null;
  regionalBlock: RegionalBlock;
}

export interface IndicatorMeta {
  id: string;
  file: string;
  column: string;
  title: Bilingual;
  /** A name short enough for a table header or an axis. */
  short: Bilingual;
  definition: Bilingual;
  unit: Bilingual;
  decimals: number;
  min: number;
  max: number;
  /**
   * The vintage the guidebook's figures (page, published aggregates, published r) are about: the
   * only one when the indicator's file has no `vintage` column, else one of the file's vintages.
   */
  vintage: string;
  /** `x` or `y` for the headline pair (the guidebook's scatter), else null. */
  role: 'x' | 'y' | null;
  /** Where the row's vintage cell is, for errors found while reading the indicator's file. */
  vintagePlace: { file: string; line: number; column: number };
  /** Ids in data/sources.csv, in the order they are cited. */
  sources: string[];
  /** The same sources cited in words (with the guidebook page), for the dictionary and the pages. */
  source: Bilingual;
  /** The guidebook page that prints the indicator, when it does. */
  page: number | null;
  /** The raw counts behind the ratio, when the indicator is one and its file carries them. */
  numerator: { column: string; title: Bilingual } | null;
  denominator: { column: string; title: Bilingual } | null;
}

export interface Observation {
  value: number;
  numerator?: number;
  denominator?: number;
}

export interface Indicator {
  meta: IndicatorMeta;
  /** The latest vintage's observations, keyed by JIS code, in code order. */
  observations: Map<string, Observation>;
  /** Every vintage, oldest first (one when the file has no `vintage` column). */
  vintages: { vintage: string; observations: Map<string, Observation> }[];
  /** The file's column that holds the values: `value` or the indicator's own column name. */
  valueColumn: string;
}

export type AggregateScope = 'national' | 'metro' | 'regional';

export interface PublishedCorrelation {
  x: string;
  y: string;
  pearson: number;
  bandJa: string;
  page: number;
}

export interface CorrelationBand {
  above: number;
  upTo: number;
  positive: Bilingual;
  negative: Bilingual;
  inGuidebook: boolean;
}

export interface RawData {
  sources: SourceRecord[];
  /** Source ids named by each table, by path (checked to exist in sources.csv). */
  sourceReferences: Map<string, string[]>;
  prefectures: Prefecture[];
  indicators: Indicator[];
  publishedAggregates: Map<string, Record<AggregateScope, number>>;
  publishedCorrelation: PublishedCorrelation;
  correlationBands: CorrelationBand[];
}

/** Reads and validates every input under `dataDir`; throws a DataError at the first problem. */
export function ingest(dataDir: string): RawData {
  const sources = readSources(join(dataDir, 'sources.csv'));
  const references = sourceReferences(dataDir, sources);
  const prefectures = readPrefectures(join(dataDir, 'raw/prefectures.csv'));
  const indicators = readIndicatorMetas(join(dataDir, 'indicators.csv'), sources).map((meta) =>
    readIndicator(join(dataDir, meta.file), meta, prefectures),
  );
  const ids = indicators.map((indicator) => indicator.meta.id);
  const publishedCorrelation = readPublishedCorrelation(join(dataDir, 'raw/published_correlation.csv'), ids);
  requireHeadlinePair(join(dataDir, 'indicators.csv'), indicators, publishedCorrelation);
  return {
    sources,
    sourceReferences: references,
    prefectures,
    indicators,
    publishedAggregates: readPublishedAggregates(join(dataDir, 'raw/published_aggregates.csv'), ids),
    publishedCorrelation,
    correlationBands: readCorrelationBands(join(dataDir, 'correlation_bands.csv')),
  };
}

/** The columns of data/raw/prefectures.csv: validated here, published by datapackage.json. */
export const PREFECTURE_COLUMNS = {
  code: jisCode,
  name_ja: text,
  name_en: text,
  kana: text.regex(/^[\u3041-\u3096ー]+$/, 'the reading in hiragana'),
  slug: text.regex(/^[a-z]+$/, 'a lowercase romaji slug'),
  metro_area: oneOf(['', ...METRO_AREAS]),
  regional_block: oneOf(REGIONAL_BLOCKS),
  source: sourceRef,
};

/**
 * The raw tables this module reads, by file name under raw/, with the columns their readers
 * validate: what datapackage.json publishes as their schemas. The indicator columns come from
 * indicators.csv; the indicator columns of the published figures allow only its ids.
 */
export function ingestRawTables(raw: RawData): Record<string, RawTableColumns> {
  const ids = raw.indicators.map((indicator) => indicator.meta.id);
  const tables: Record<string, RawTableColumns> = {
    'prefectures.csv': { columns: PREFECTURE_COLUMNS, primaryKey: 'code' },
    'published_aggregates.csv': { columns: publishedAggregateColumns(ids) },
    'published_correlation.csv': { columns: publishedCorrelationColumns(ids) },
  };
  for (const { meta, vintages, valueColumn } of raw.indicators) {
    const { required, optional } = indicatorColumns(meta, valueColumn);
    // With several vintages a code appears once per vintage, which one string key cannot say.
    const key = vintages.length > 1 ? {} : { primaryKey: 'code' };
    tables[meta.file.replace(/^raw\//, '')] = { columns: { ...required, ...optional }, ...key };
  }
  return tables;
}

function readPrefectures(file: string): Prefecture[] {
  const csv = readCsv(file);
  const rows = validateTable(csv, PREFECTURE_COLUMNS);
  requireEveryPrefectureOnce(
    csv,
    rows.map((row) => ({ line: row.line, code: row.value.code })),
  );
  return sortByCode(
    rows.map(({ value }) => ({
      code: value.code,
      nameJa: value.name_ja,
      nameEn: value.name_en,
      kana: value.kana,
      slug: value.slug,
      metroArea: value.metro_area === '' ? null : (value.metro_area as MetroArea),
      regionalBlock: value.regional_block,
    })),
  );
}

/** An empty cell (null) or a whole number in a range. */
function optionalInteger(min: number, max: number) {
  const expected = `an empty cell or a whole number from ${min} to ${max}`;
  return optionalText
    .regex(/^\d*$/, expected)
    .transform((value) => (value === '' ? null : Number(value)))
    .refine((value) => value === null || (value >= min && value <= max), expected);
}

/** The columns of data/indicators.csv: what every indicator has, then what only some have. */
const INDICATOR_COLUMNS = {
  id: text.regex(/^[a-z][A-Za-z]*$/, 'a camelCase identifier'),
  role: oneOf(['', 'x', 'y']),
  file: text.regex(/^raw\/[a-z_0-9]+\.csv$/, 'a path like raw/name.csv'),
  column: text.regex(/^[a-z_]+$/, 'a snake_case column name'),
  title_ja: text,
  title_en: text,
  short_ja: text,
  short_en: text,
  definition_ja: text,
  definition_en: text,
  unit_ja: text,
  unit_en: text,
  decimals: integer(0, 6),
  min: decimal(-1e12, 1e12),
  max: decimal(-1e12, 1e12),
  vintage: text,
  sources: sourceRef,
};
const OPTIONAL_INDICATOR_COLUMNS = {
  page: optionalInteger(1, 200),
  numerator_column: optionalText.regex(/^([a-z_]+)?$/, 'an empty cell or a snake_case column name'),
  numerator_ja: optionalText,
  numerator_en: optionalText,
  denominator_column: optionalText.regex(/^([a-z_]+)?$/, 'an empty cell or a snake_case column name'),
  denominator_ja: optionalText,
  denominator_en: optionalText,
};

function readIndicatorMetas(file: string, sources: SourceRecord[]): IndicatorMeta[] {
  const csv = readCsv(file);
  const rows = validateTable(csv, INDICATOR_COLUMNS, OPTIONAL_INDICATOR_COLUMNS);
  requireUnique(
    csv,
    rows.map((row) => ({ line: row.line, key: row.value.id })),
    'id',
  );
  requireUnique(
    csv,
    rows.map((row) => ({ line: row.line, key: row.value.column })),
    'column',
  );
  const cite = (ids: string[]): Bilingual => {
    const cited = ids.map((id) => sources.find((s) => s.id === id) as SourceRecord);
    const one = (lang: 'ja' | 'en') => cited.map((s) => citeSource(lang, s));
    return { ja: one('ja').join('、'), en: one('en').join('; ') };
  };
  const part = (v: Record<string, unknown>, name: 'numerator' | 'denominator') => {
    const column = (v[`${name}_column`] as string | undefined) ?? '';
    if (column === '') return null;
    return { column, title: { ja: (v[`${name}_ja`] as string) || column, en: (v[`${name}_en`] as string) || column } };
  };
  return rows.map(({ line, value: v }) => {
    if (v.min >= v.max) throw new DataError(cellPlace(csv, line, 'max'), `a max above min (${v.min})`, String(v.max));
    return {
      id: v.id,
      file: v.file,
      column: v.column,
      title: { ja: v.title_ja, en: v.title_en },
      short: { ja: v.short_ja, en: v.short_en },
      definition: { ja: v.definition_ja, en: v.definition_en },
      unit: { ja: v.unit_ja, en: v.unit_en },
      decimals: v.decimals,
      min: v.min,
      max: v.max,
      vintage: v.vintage,
      role: v.role === '' ? null : v.role,
      vintagePlace: cellPlace(csv, line, 'vintage'),
      sources: v.sources.split(';'),
      source: cite(v.sources.split(';')),
      page: (v.page as number | null | undefined) ?? null,
      numerator: part(v, 'numerator'),
      denominator: part(v, 'denominator'),
    };
  });
}

/** The headline pair: exactly one indicator of role x and one of role y, the pair the published r is about. */
function requireHeadlinePair(file: string, indicators: Indicator[], published: PublishedCorrelation): void {
  const csv = readCsv(file);
  for (const role of ['x', 'y'] as const) {
    const holders = indicators.filter((i) => i.meta.role === role);
    if (holders.length !== 1) {
      throw new DataError(
        { file, line: csv.endLine, column: 1 },
        `exactly one indicator of role ${role}`,
        holders.length === 0 ? 'none' : holders.map((i) => i.meta.id).join(', '),
      );
    }
    if (holders[0].meta.id !== published[role]) {
      throw new DataError(
        holders[0].meta.vintagePlace,
        `the indicator of role ${role} to be the published correlation's ${role} (${published[role]})`,
        quoted(holders[0].meta.id),
      );
    }
  }
}

/** The column that holds an indicator's values: `value`, or the indicator's own column name. */
function valueColumnOf(csv: CsvFile, meta: IndicatorMeta): string {
  if (csv.header.fields.includes(meta.column)) return meta.column;
  if (csv.header.fields.includes('value')) return 'value';
  const end = (csv.header.columns.at(-1) ?? 1) + (csv.header.fields.at(-1)?.length ?? 0);
  throw new DataError(
    { file: csv.file, line: csv.header.line, column: end },
    `a column "value" or ${quoted(meta.column)} with the values of ${meta.id}`,
    `only ${csv.header.fields.join(', ')}`,
  );
}

/**
 * The columns of an indicator table: its values (in `value` or the indicator's own column) within
 * the range indicators.csv gives, an optional vintage, and the optional counts behind the values.
 */
function indicatorColumns(meta: IndicatorMeta, valueColumn: string) {
  const optional: Record<string, z.ZodType> = { vintage: text.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2021-09') };
  for (const part of [meta.numerator, meta.denominator]) if (part) optional[part.column] = optionalCount(1e9);
  return { required: { code: jisCode, name_ja: text, [valueColumn]: decimal(meta.min, meta.max) }, optional };
}

function readIndicator(file: string, meta: IndicatorMeta, prefectures: Prefecture[]): Indicator {
  const csv = readCsv(file);
  const valueColumn = valueColumnOf(csv, meta);
  const { required, optional } = indicatorColumns(meta, valueColumn);
  const rows = validateTable(csv, required, optional);
  const hasVintages = csv.header.fields.includes('vintage');
  const vintageOf = (row: (typeof rows)[number]) => (hasVintages ? (row.value.vintage as string) : meta.vintage);
  const vintageNames = [...new Set(rows.map(vintageOf))].sort();
  if (!vintageNames.includes(meta.vintage)) {
    throw new DataError(meta.vintagePlace, `one of the vintages in ${meta.file} (${vintageNames.join(', ')})`, quoted(meta.vintage));
  }
  const vintages = vintageNames.map((vintage) => {
    const these = rows.filter((row) => vintageOf(row) === vintage);
    const firstLine = new Map<string, number>();
    for (const { line, value } of these) {
      const first = firstLine.get(value.code);
      if (first !== undefined) {
        throw new DataError(
          cellPlace(csv, line, hasVintages ? 'vintage' : 'code'),
          hasVintages ? `each prefecture once per vintage` : 'each code once',
          hasVintages
            ? `${value.code} in vintage ${quoted(vintage)} again (first on line ${first})`
            : `${quoted(value.code)} again (first on line ${first})`,
        );
      }
      firstLine.set(value.code, line);
    }
    requireEveryPrefectureOnce(
      csv,
      these.map((row) => ({ line: row.line, code: row.value.code })),
      hasVintages ? ` in vintage ${vintage}` : '',
    );
    const observations = new Map<string, Observation>();
    for (const { value } of [...these].sort((a, b) => a.value.code.localeCompare(b.value.code))) {
      const observation: Observation = { value: value[valueColumn] as number };
      const numerator = meta.numerator ? (value[meta.numerator.column] as number | undefined) : undefined;
      const denominator = meta.denominator ? (value[meta.denominator.column] as number | undefined) : undefined;
      if (numerator !== undefined && denominator !== undefined) {
        observation.numerator = numerator;
        observation.denominator = denominator;
      }
      observations.set(value.code, observation);
    }
    return { vintage, observations };
  });
  const names = new Map(prefectures.map((p) => [p.code, p.nameJa]));
  for (const { line, value } of rows) {
    const expected = names.get(value.code) as string;
    if (value.name_ja !== expected) {
      throw new DataError(cellPlace(csv, line, 'name_ja'), `${quoted(expected)} for code ${value.code}`, quoted(value.name_ja));
    }
  }
  return { meta, observations: (vintages.at(-1) as (typeof vintages)[number]).observations, vintages, valueColumn };
}

const publishedAggregateColumns = (indicatorIds: string[]) => ({
  indicator: oneOf(indicatorIds as [string, ...string[]]),
  scope: oneOf(['national', 'metro', 'regional']),
  value: decimal(0, 1e12),
  page: integer(1, 200),
  source: sourceRef,
});

function readPublishedAggregates(file: string, indicatorIds: string[]): Map<string, Record<AggregateScope, number>> {
  const csv = readCsv(file);
  const rows = validateTable(csv, publishedAggregateColumns(indicatorIds));
  requireUnique(
    csv,
    rows.map((row) => ({ line: row.line, key: `${row.value.indicator}/${row.value.scope}` })),
    'indicator',
  );
  const byIndicator = new Map<string, Record<AggregateScope, number>>();
  for (const id of indicatorIds) {
    const scopes = rows.filter((row) => row.value.indicator === id);
    // Published aggregates are optional: an indicator has all three scopes or none.
    if (scopes.length === 0) continue;
    const record = Object.fromEntries(scopes.map((row) => [row.value.scope, row.value.value]));
    for (const scope of ['national', 'metro', 'regional'] as const) {
      if (!(scope in record)) {
        throw new DataError({ file, line: csv.endLine, column: 1 }, `a ${scope} aggregate for ${id}`, 'none');
      }
    }
    byIndicator.set(id, record as Record<AggregateScope, number>);
  }
  return byIndicator;
}

const publishedCorrelationColumns = (indicatorIds: string[]) => ({
  x: oneOf(indicatorIds as [string, ...string[]]),
  y: oneOf(indicatorIds as [string, ...string[]]),
  pearson_r: decimal(-1, 1),
  band_ja: text,
  page: integer(1, 200),
  source: sourceRef,
});

function readPublishedCorrelation(file: string, indicatorIds: string[]): PublishedCorrelation {
  const csv = readCsv(file);
  const rows = validateTable(csv, publishedCorrelationColumns(indicatorIds));
  if (rows.length !== 1) {
    throw new DataError({ file, line: csv.endLine, column: 1 }, 'exactly one published correlation', `${rows.length} rows`);
  }
  const [{ value }] = rows;
  return { x: value.x, y: value.y, pearson: value.pearson_r, bandJa: value.band_ja, page: value.page };
}

function readCorrelationBands(file: string): CorrelationBand[] {
  const csv = readCsv(file);
  const rows = validateTable(csv, {
    above: decimal(0, 1),
    up_to: decimal(0, 1),
    positive_ja: text,
    negative_ja: text,
    positive_en: text,
    negative_en: text,
    in_guidebook: flag,
  });
  let expectedAbove = 0;
  for (const { line, value } of rows) {
    if (value.above !== expectedAbove || value.up_to <= value.above) {
      throw new DataError(
        cellPlace(csv, line, 'above'),
        `bands that run from 0 to 1 without gaps (next starts at ${expectedAbove})`,
        `${value.above} to ${value.up_to}`,
      );
    }
    expectedAbove = value.up_to;
  }
  if (expectedAbove !== 1) {
    throw new DataError({ file, line: csv.endLine, column: 1 }, 'bands that reach 1', `the last band ending at ${expectedAbove}`);
  }
  return rows.map(({ value: v }) => ({
    above: v.above,
    upTo: v.up_to,
    positive: { ja: v.positive_ja, en: v.positive_en },
    negative: { ja: v.negative_ja, en: v.negative_en },
    inGuidebook: v.in_guidebook,
  }));
}

/** Every JIS code 01–47 exactly once: a duplicate names both lines, a gap names the code. */
export function requireEveryPrefectureOnce(csv: CsvFile, rows: { line: number; code: string }[], where = ''): void {
  requireUnique(
    csv,
    rows.map((row) => ({ line: row.line, key: row.code })),
    'code',
  );
  const present = new Set(rows.map((row) => row.code));
  for (let i = 1; i <= PREFECTURE_COUNT; i++) {
    const code = String(i).padStart(2, '0');
    if (!present.has(code)) {
      throw new DataError(
        { file: csv.file, line: csv.endLine, column: 1 },
        `a row for every prefecture 01–47${where} (${rows.length} found)`,
        `no row for code ${code}`,
      );
    }
  }
}

function requireUnique(csv: CsvFile, rows: { line: number; key: string }[], columnName: string): void {
  const firstLine = new Map<string, number>();
  for (const { line, key } of rows) {
    const first = firstLine.get(key);
    if (first !== undefined) {
      throw new DataError(cellPlace(csv, line, columnName), `each ${columnName} once`, `${quoted(key)} again (first on line ${first})`);
    }
    firstLine.set(key, line);
  }
}

function sortByCode<T extends { code: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.code.localeCompare(b.code));
}
