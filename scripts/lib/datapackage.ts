/**
 * The Frictionless Data Package (datapackage.json) for public/data/, and the files only it needs:
 * a plain UTF-8 copy of prefectures.csv and UTF-8 copies of the raw transcriptions. Schemas come
 * from the same dictionary entries that make data-dictionary.csv, so the two cannot disagree;
 * sizes and hashes come from the bytes about to be written.
 *
 * Spec: Data Package / Tabular Data Resource / Table Schema v1 (https://specs.frictionlessdata.io/).
 * Custom properties (title_ja, description_ja, unit, …) are allowed by the spec and carry the
 * Japanese text and units, which v1 has no slot for.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeText } from '../../src/lib/decode-text.ts';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import { METRO_AREAS, METRO_AREA_NAMES, REGIONAL_BLOCKS, REGIONAL_BLOCK_NAMES } from '../../src/lib/regions.ts';
import type { DictionaryEntry } from './dictionary.ts';
import type { IndicatorMeta } from './ingest.ts';
import { toJson } from './outputs.ts';

const BOM = '\uFEFF';

/** Where CITATION.cff lives: the repository root, two folders above this file. */
export const CITATION_FILE = new URL('../../CITATION.cff', import.meta.url);

export const PUBLIC_DATA_LICENSE = {
  name: 'PDL-1.0',
  path: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
  title: '公共データ利用規約（第1.0版） / Public Data License (Version 1.0)',
};

const PROCESSED_BY: Bilingual = {
  ja: '政府統計と中小企業庁ガイドブックの数値を、公共データ利用規約（第1.0版）に基づき出典を示して利用しています。本データは中核人材アトラスが加工・算出したもので、出典の各府省庁の見解を示すものではありません。',
  en: 'Government statistics and the SME Agency guidebook’s figures are used with attribution under the Public Data License (Version 1.0). This data was processed by the Core-Talent Atlas and does not represent the views of the source agencies.',
};

const GUIDEBOOK_SOURCE = {
  title: '中小企業庁ガイドブック（中核ネットワークの形成と担い手の能力向上） / SME Agency guidebook on core networks and supporter capacity',
};

/** What each derived file is, in both languages. Columns are described by the dictionary. */
const DERIVED: Record<string, { title: Bilingual; description: Bilingual }> = {
  'prefectures.csv': {
    title: { ja: '都道府県データ（CSV、Excel用BOM付きUTF-8）', en: 'Prefecture data (CSV, UTF-8 with BOM for Excel)' },
    description: {
      ja: '47都道府県の2指標と、順位・zスコア・全国値等との差・回帰の当てはめ値と残差。BOM付きなのでExcelでそのまま開けます。',
      en: 'Both indicators for the 47 prefectures with ranks, z-scores, differences from national and regional figures, fitted values and residuals. The BOM lets Excel open it as UTF-8.',
    },
  },
  'prefectures.utf8.csv': {
    title: { ja: '都道府県データ（CSV、BOMなしUTF-8）', en: 'Prefecture data (CSV, plain UTF-8)' },
    description: {
      ja: 'prefectures.csv と同じ内容で、先頭にBOMがありません。R・Python・コマンドラインのツール向け。',
      en: 'The same table as prefectures.csv without the byte-order mark, for R, Python and command-line tools.',
    },
  },
  'prefectures.json': {
    title: { ja: '都道府県データ（JSON）', en: 'Prefecture data (JSON)' },
    description: { ja: 'prefectures.csv と同じ内容のオブジェクト配列。空欄は null。', en: 'The same table as an array of objects; empty cells are null.' },
  },
  'summary.json': {
    title: { ja: '統計の要約（JSON）', en: 'Statistics summary (JSON)' },
    description: {
      ja: '相関係数（ピアソン・スピアマン）、p値、信頼区間、回帰式、回帰帯、地域別の集計値（公表値・単純平均・比の合計）。',
      en: 'Correlations (Pearson, Spearman), p-value, confidence interval, fitted line and band, and regional figures (published, mean of ratios, ratio of sums).',
    },
  },
  'data-dictionary.csv': {
    title: { ja: 'データ辞書（CSV、BOM付き）', en: 'Data dictionary (CSV, with BOM)' },
    description: { ja: 'prefectures.csv の各列の意味・単位・出典・時点。', en: 'Meaning, unit, source and vintage of every column of prefectures.csv.' },
  },
  'data-dictionary.json': {
    title: { ja: 'データ辞書（JSON）', en: 'Data dictionary (JSON)' },
    description: { ja: 'data-dictionary.csv と同じ内容。', en: 'The same dictionary as JSON.' },
  },
  'playbook.json': {
    title: { ja: 'プレイブック（JSON）', en: 'Playbook (JSON)' },
    description: {
      ja: 'ガイドブックの3つの論点、4つの取組フェーズ、5STEP実践と担い手育成のチェック項目（本サイトの要約とガイドブックのページ）、章とページの対応表、関連資料。',
      en: 'The guidebook’s three 論点, four 取組フェーズ, 5STEP practice and supporter-training checklist items (summarised by this site, with guidebook pages), the chapter map and related material.',
    },
  },
  'suggestions.json': {
    title: { ja: 'ネットワーク類型の提案（JSON）', en: 'Network-type suggestions (JSON)' },
    description: {
      ja: '都道府県ごとのネットワーク類型の提案と、その理由・近い事例・役割分担。',
      en: 'The suggested network type for every prefecture, with its reasons, the nearest case studies and the role split.',
    },
  },
  'networks.json': {
    title: { ja: 'ネットワーク・実証事業データ（JSON）', en: 'Networks and pilot data (JSON)' },
    description: {
      ja: 'ネットワークの4類型、STEP0〜5、支援機関の種類、2021年度実証事業の団体・KPI・事例（ガイドブック第2〜3章）。',
      en: 'The four network types, STEP0–5, support organisation types, and the FY2021 pilot’s organisations, KPIs and case studies (guidebook chapters 2–3).',
    },
  },
};

/** The guidebook tables transcribed in data/raw/, by file name. Files not listed get a generic line. */
const RAW_TITLES: Record<string, Bilingual> = {
  'prefectures.csv': { ja: '都道府県の一覧（コード・名称・三大都市圏・地方ブロック）', en: 'Prefectures: codes, names, metropolitan areas and regional blocks' },
  'published_aggregates.csv': { ja: 'ガイドブック掲載の全国・三大都市圏・地方の値', en: 'National, metropolitan and rest-of-Japan figures as printed in the guidebook' },
  'published_correlation.csv': { ja: 'ガイドブック掲載の相関係数', en: 'The correlation coefficient as printed in the guidebook' },
  'network_types.csv': { ja: 'ネットワークの4類型', en: 'The four network types' },
  'steps.csv': { ja: '支援のSTEP0〜5', en: 'The support steps STEP0–5' },
  'organisation_types.csv': { ja: '支援機関の種類と担うSTEP', en: 'Support organisation types and the steps they cover' },
  'role_splits.csv': { ja: '類型別のSTEPごとの役割分担の例', en: 'Example role splits by network type and step' },
  'pilot_organisations.csv': { ja: '2021年度実証事業の参加団体', en: 'Organisations in the FY2021 pilot' },
  'pilot_kpis.csv': { ja: '2021年度実証事業のKPI（計画と実績）', en: 'FY2021 pilot KPIs, planned and achieved' },
  'case_studies.csv': { ja: 'ネットワークと担い手育成の事例', en: 'Network and supporter-training case studies' },
  'pro_jinzai_presence.csv': { ja: 'プロフェッショナル人材戦略拠点・よろず支援拠点の設置状況', en: 'Where Professional Talent Strategy Hubs and Yorozu Support Centers exist' },
  'prefecture_adjacency.csv': { ja: '都道府県の隣接関係', en: 'Which prefectures border each other' },
};

type FieldType = 'string' | 'integer' | 'number';

export interface TableField {
  name: string;
  type: FieldType;
  title?: string;
  title_ja?: string;
  description?: string;
  description_ja?: string;
  unit?: string;
  unit_ja?: string;
  source?: string;
  source_ja?: string;
  vintage?: string;
  constraints?: { required?: boolean; unique?: boolean; pattern?: string; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string;
  missingValues: string[];
}

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
  sources?: { title: string; path?: string }[];
}

/** The few top-level scalars of CITATION.cff the package repeats (no YAML parser needed for them). */
export function readCitation(text: string): { title: string; version: string; author: string; dateReleased: string; abstract: string } {
  const scalar = (key: string) => {
    const match = text.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'));
    return match ? match[1].trim().replace(/^(['"])(.*)\1$/, '$2') : '';
  };
  const author = text.match(/^authors:\s*\n\s*-\s*name:\s*(.+)$/m)?.[1].trim().replace(/^(['"])(.*)\1$/, '$2') ?? '';
  return { title: scalar('title'), version: scalar('version'), author, dateReleased: scalar('date-released'), abstract: scalar('abstract') };
}

const hashOf = (content: string) => `sha256:${createHash('sha256').update(content).digest('hex')}`;
const resourceName = (file: string) => file.replace(/[^a-z0-9]+/gi, '-').replace(/-+$/, '').toLowerCase();

function fieldFromEntry(entry: DictionaryEntry): TableField {
  const field: TableField = {
    name: entry.column,
    type: entry.type,
    title: entry.meaning.en,
    title_ja: entry.meaning.ja,
    source: entry.source.en,
    source_ja: entry.source.ja,
  };
  if (entry.unit) Object.assign(field, { unit: entry.unit.en, unit_ja: entry.unit.ja });
  if (entry.vintage) field.vintage = entry.vintage;
  // Rules the ingest enforces (scripts/lib/ingest.ts): 47 unique JIS codes, names and blocks present.
  if (entry.column === 'code') field.constraints = { required: true, unique: true, pattern: '[0-9]{2}' };
  else if (['slug', 'name_ja', 'name_en'].includes(entry.column)) field.constraints = { required: true, unique: true };
  else if (entry.column === 'metro_group') field.constraints = { required: true, enum: ['metro', 'regional'] };
  else if (entry.column === 'regional_block') field.constraints = { required: true, enum: [...REGIONAL_BLOCKS] };
  else if (entry.column === 'regional_block_en') field.constraints = { required: true, enum: REGIONAL_BLOCKS.map((b) => REGIONAL_BLOCK_NAMES[b].en) };
  else if (entry.column === 'metro_area') field.constraints = { enum: [...METRO_AREAS] };
  else if (entry.column === 'metro_area_en') field.constraints = { enum: METRO_AREAS.map((a) => METRO_AREA_NAMES[a].en) };
  return field;
}

const DICTIONARY_COLUMNS = ['column', 'type', 'meaning_ja', 'meaning_en', 'unit_ja', 'unit_en', 'source_ja', 'source_en', 'vintage'];

/** Types of a raw table's columns, read from its cells: a column is numeric only if every filled cell is. */
export function inferSchema(text: string): TableSchema {
  const { data } = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = data;
  const fields = header.map((name, i): TableField => {
    const cells = rows.map((row) => row[i] ?? '').filter((cell) => cell !== '');
    // Leading zeros (JIS codes such as "01") mean an identifier, not a number.
    const type: FieldType =
      cells.length > 0 && cells.every((c) => /^-?(0|[1-9][0-9]*)$/.test(c))
        ? 'integer'
        : cells.length > 0 && cells.every((c) => /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/.test(c))
          ? 'number'
          : 'string';
    return { name, type };
  });
  const first = rows.map((row) => row[0] ?? '');
  const schema: TableSchema = { fields, missingValues: [''] };
  if (first.every((v) => v !== '') && new Set(first).size === first.length) schema.primaryKey = header[0];
  return schema;
}

/** A raw transcription as published: UTF-8 without BOM and with LF line ends, whatever it was saved as. */
export function normaliseRaw(bytes: Uint8Array): string {
  return decodeText(bytes).replace(/\r\n?/g, '\n').replace(/\n*$/, '\n');
}

function rawFiles(dataDir: string, metas: IndicatorMeta[]): Map<string, { content: string; title: Bilingual; source: Bilingual | null; pages: string }> {
  const out = new Map<string, { content: string; title: Bilingual; source: Bilingual | null; pages: string }>();
  const dir = join(dataDir, 'raw');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const content = normaliseRaw(readFileSync(join(dir, name)));
    const meta = metas.find((m) => m.file === `raw/${name}`);
    const { data } = Papa.parse<Record<string, string>>(content, { header: true, skipEmptyLines: 'greedy' });
    const pages = [...new Set(data.map((row) => row.page).filter(Boolean))].sort((a, b) => Number(a) - Number(b)).join(', ');
    const title = meta ? meta.title : (RAW_TITLES[name] ?? { ja: `転記データ ${name}`, en: `Transcribed table ${name}` });
    out.set(`raw/${name}`, { content, title, source: meta ? meta.source : null, pages: meta ? String(meta.page) : pages });
  }
  return out;
}

/**
 * The files the package adds (plain UTF-8 CSV, raw copies) and datapackage.json itself, given the
 * derived files about to be written. Returns a new map with everything, in a stable order.
 */
export function withDataPackage(
  files: Map<string, string>,
  dictionary: DictionaryEntry[],
  metas: IndicatorMeta[],
  dataDir: string,
  citationText: string = readFileSync(CITATION_FILE, 'utf8'),
): Map<string, string> {
  const all = new Map(files);
  const bomCsv = files.get('prefectures.csv');
  if (bomCsv === undefined) throw new Error('prefectures.csv must be rendered before the data package');
  all.set('prefectures.utf8.csv', bomCsv.replace(BOM, ''));

  const prefectureSchema: TableSchema = { fields: dictionary.map(fieldFromEntry), primaryKey: 'code', missingValues: [''] };
  const dictionarySchema: TableSchema = {
    fields: DICTIONARY_COLUMNS.map((name) => ({ name, type: 'string' as const, ...(name === 'column' ? { constraints: { required: true, unique: true } } : {}) })),
    primaryKey: 'column',
    missingValues: [''],
  };
  const indicatorSources = metas.map((m) => ({ title: `${m.source.ja} / ${m.source.en}` }));
  const schemas: Record<string, TableSchema> = {
    'prefectures.csv': prefectureSchema,
    'prefectures.utf8.csv': prefectureSchema,
    'prefectures.json': prefectureSchema,
    'data-dictionary.csv': dictionarySchema,
    'data-dictionary.json': dictionarySchema,
  };

  const resources: PackageResource[] = [];
  for (const [path, { title, description }] of Object.entries(DERIVED)) {
    const content = all.get(path);
    if (content === undefined) continue;
    const format = path.endsWith('.csv') ? 'csv' : 'json';
    const schema = schemas[path];
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
      sources: ['networks.json', 'suggestions.json', 'playbook.json'].includes(path) ? [GUIDEBOOK_SOURCE] : [...indicatorSources, GUIDEBOOK_SOURCE],
    });
  }
  for (const [path, raw] of rawFiles(dataDir, metas)) {
    all.set(path, raw.content);
    const pageNote: Bilingual = raw.pages ? { ja: `ガイドブック p.${raw.pages}`, en: `guidebook p.${raw.pages}` } : { ja: 'ガイドブック', en: 'the guidebook' };
    resources.push({
      name: `raw-${resourceName(path.slice(4))}`,
      path,
      profile: 'tabular-data-resource',
      title: raw.title.en,
      title_ja: raw.title.ja,
      description: `Transcription (${pageNote.en}), as validated by the build; UTF-8, LF line ends. Column types are read from the cells.`,
      description_ja: `転記データ（${pageNote.ja}）。ビルドで検証済み。UTF-8、改行LF。列の型はセルの値から判定。`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(raw.content),
      hash: hashOf(raw.content),
      layer: 'raw',
      schema: inferSchema(raw.content),
      sources: raw.source ? [{ title: `${raw.source.ja} / ${raw.source.en}` }, GUIDEBOOK_SOURCE] : [GUIDEBOOK_SOURCE],
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
    sources: [...indicatorSources, GUIDEBOOK_SOURCE],
    resources,
  };
  all.set('datapackage.json', toJson(pkg));
  return all;
}
