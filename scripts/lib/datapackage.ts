/**
 * The Frictionless Data Package (datapackage.json) for public/data/, and the files only it needs:
 * a plain UTF-8 copy of prefectures.csv and UTF-8 copies of the raw transcriptions. Sources come
 * from data/sources.csv through each table's source column; schemas from table-schema.ts (derived
 * tables) and from the column types each raw table's reader validates (column-schema.ts); sizes
 * and hashes from the bytes about to be written.
 *
 * Spec: Data Package / Tabular Data Resource / Table Schema v1 (https://specs.frictionlessdata.io/).
 * Custom properties (title_ja, description_ja, unit, …) are allowed by the spec and carry the
 * Japanese text and units, which v1 has no slot for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import Papa from 'papaparse';
import { decodeText } from '../../src/lib/decode-text.ts';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import { citeSource, type SourceRecord } from '../../src/lib/sources.ts';
import { CITATION_FILE, readCitation } from './citation.ts';
import { type RawTableColumns, rawTableSchema } from './column-schema.ts';
import type { DictionaryEntry } from './dictionary.ts';
import { readPublishedFiles } from './package-resources.ts';
import { toJson } from './outputs.ts';
import { dictionarySchema, prefectureSchema, type TableSchema } from './table-schema.ts';

export type { TableField, TableSchema } from './table-schema.ts';

const BOM = '\uFEFF';

export const PUBLIC_DATA_LICENSE = {
  name: 'PDL-1.0',
  path: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
  title: '公共データ利用規約（第1.0版） / Public Data License (Version 1.0)',
};

const PROCESSED_BY: Bilingual = {
  ja: '政府統計と中小企業庁のガイドブックの数値を、出典を示して利用しています。本データは中核人材アトラスが加工・算出したもので、出典の各府省庁の見解を示すものではありません。',
  en: 'Government statistics and the SME Agency guidebook’s figures are used with attribution. This data was processed by the Core-Talent Atlas and does not represent the views of the source agencies.',
};

export interface PackageResource {
  name: string;
  path: string;
  profile: 'tabular-data-resource' | 'data-resource';
  title: string;
  title_ja: string;
  description: string;
  description_ja: string;
  format: 'csv' | 'json';
  mediatype: string;
  encoding: 'utf-8';
  bytes: number;
  hash: string;
  /** Custom: the file starts with a UTF-8 byte-order mark. */
  bom?: boolean;
  /** Custom: which layer of the pipeline the file belongs to. */
  layer: 'derived' | 'raw';
  schema?: TableSchema;
  sources?: PackageSource[];
}

/** A Data Package source: title (both languages, Frictionless has one slot), path when known, and the id in sources.json. */
interface PackageSource {
  title: string;
  path?: string;
  id: string;
}

const hashOf = (content: string) => `sha256:${createHash('sha256').update(content).digest('hex')}`;
const resourceName = (file: string) =>
  file
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/-+$/, '')
    .toLowerCase();

function packageSource(source: SourceRecord): PackageSource {
  return { title: `${citeSource('ja', source)} / ${citeSource('en', source)}`, ...(source.url ? { path: source.url } : {}), id: source.id };
}

/** A raw transcription as published: UTF-8 without BOM and with LF line ends, whatever it was saved as. */
export function normaliseRaw(bytes: Uint8Array): string {
  return decodeText(bytes).replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
}

export interface PackageInputs {
  dictionary: DictionaryEntry[];
  sources: SourceRecord[];
  /** Source ids named by each table under the data folder, by absolute path (scripts/lib/sources.ts). */
  references: Map<string, string[]>;
  /** Indicator tables: their file (raw/x.csv), title and guidebook page. */
  indicators: { file: string; title: Bilingual; page: number | null; sources: string[] }[];
  /** The columns each raw table's reader validates, by file name under raw/: its published schema. */
  rawTables: Record<string, RawTableColumns>;
  dataDir: string;
}

/**
 * The files the package adds (plain UTF-8 CSV, raw copies) and datapackage.json itself, given the
 * derived files about to be written. Returns a new map with everything, in a stable order.
 */
export function withDataPackage(
  files: Map<string, string>,
  inputs: PackageInputs,
  citationText: string = readFileSync(CITATION_FILE, 'utf8'),
): Map<string, string> {
  const { dictionary, sources, references, indicators, rawTables, dataDir } = inputs;
  const all = new Map(files);
  const bomCsv = files.get('prefectures.csv');
  if (bomCsv === undefined) throw new Error('prefectures.csv must be rendered before the data package');
  all.set('prefectures.utf8.csv', bomCsv.replace(BOM, ''));

  const cite = (ids: Iterable<string>) => [...new Set(ids)].map((id) => packageSource(sources.find((s) => s.id === id) as SourceRecord));
  const indicatorIds = indicators.flatMap((i) => i.sources);
  const schemas: Record<string, TableSchema> = {
    'prefectures.csv': prefectureSchema(dictionary),
    'prefectures.utf8.csv': prefectureSchema(dictionary),
    'prefectures.json': prefectureSchema(dictionary),
    'data-dictionary.csv': dictionarySchema(),
    'data-dictionary.json': dictionarySchema(),
  };

  const resources: PackageResource[] = [];
  const published = readPublishedFiles(join(dataDir, 'published_files.csv'));
  for (const { path, title, description } of published.derived) {
    const content = all.get(path);
    if (content === undefined) continue;
    const format = path.endsWith('.csv') ? 'csv' : 'json';
    const schema = schemas[path];
    const ids = ['networks.json', 'suggestions.json', 'playbook.json'].includes(path)
      ? ['guidebook']
      : path === 'sources.json'
        ? sources.map((s) => s.id)
        : [...indicatorIds, 'mlit_metro_areas'];
    resources.push({
      name: resourceName(path),
      path,
      profile: schema ? 'tabular-data-resource' : 'data-resource',
      title: title.en,
      title_ja: title.ja,
      description: description.en,
      description_ja: description.ja,
      format,
      mediatype: format === 'csv' ? 'text/csv' : 'application/json',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(content),
      hash: hashOf(content),
      ...(content.startsWith(BOM) ? { bom: true } : {}),
      layer: 'derived',
      ...(schema ? { schema } : {}),
      sources: cite(ids),
    });
  }
  const rawFiles = [...references.keys()].filter((file) => relative(dataDir, file).startsWith('raw')).sort();
  for (const file of rawFiles) {
    const name = basename(file);
    const path = `raw/${name}`;
    const content = normaliseRaw(readFileSync(file));
    all.set(path, content);
    const indicator = indicators.find((i) => i.file === path);
    const table = rawTables[name];
    if (!table) throw new Error(`${path}: no reader declares its columns, so the package cannot describe it`);
    const { data, meta } = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: 'greedy' });
    const pages = indicator
      ? String(indicator.page ?? '')
      : [...new Set(data.map((row) => row.page).filter(Boolean))].sort((a, b) => Number(a) - Number(b)).join(', ');
    const title = indicator
      ? indicator.title
      : (published.rawTitles.get(name) ?? { ja: `転記データ ${name}`, en: `Transcribed table ${name}` });
    const pageNote: Bilingual = pages
      ? { ja: `ガイドブック p.${pages}`, en: `guidebook p.${pages}` }
      : indicator
        ? { ja: '出典は sources 欄', en: 'sources as listed under sources' }
        : { ja: '本サイトの整理', en: 'compiled by the atlas' };
    resources.push({
      name: `raw-${resourceName(name)}`,
      path,
      profile: 'tabular-data-resource',
      title: title.en,
      title_ja: title.ja,
      description: `Transcription (${pageNote.en}), as validated by the build; UTF-8, LF line ends. Column types and constraints are the ones the build checks.`,
      description_ja: `転記データ（${pageNote.ja}）。ビルドで検証済み。UTF-8、改行LF。列の型と制約はビルドが検査するもの。`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(content),
      hash: hashOf(content),
      layer: 'raw',
      schema: rawTableSchema(path, meta.fields ?? [], table),
      sources: cite(indicator ? indicator.sources : (references.get(file) ?? [])),
    });
  }

  const citation = readCitation(citationText);
  const pkg = {
    profile: 'data-package',
    name: 'core-talent-atlas',
    title: citation.title,
    description: `${citation.abstract} ${PROCESSED_BY.en}`,
    description_ja: PROCESSED_BY.ja,
    version: citation.version,
    ...(citation.dateReleased ? { created: `${citation.dateReleased}T00:00:00Z` } : {}),
    contributors: [{ title: citation.author, role: 'author' }],
    keywords: ['Japan', 'prefectures', 'labour market', 'SMEs', '中核人材', '有効求人倍率'],
    licenses: [PUBLIC_DATA_LICENSE],
    sources: cite(sources.filter((s) => s.id !== 'atlas').map((s) => s.id)),
    resources,
  };
  all.set('datapackage.json', toJson(pkg));
  return all;
}
