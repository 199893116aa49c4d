/**
 * Frictionless Table Schemas (https://specs.frictionlessdata.io/table-schema/): for the derived
 * tables from the data dictionary, for the raw transcriptions from the column types their readers
 * validate (column-schema.ts).
 */
import { METRO_AREAS, METRO_AREA_NAMES, REGIONAL_BLOCKS, REGIONAL_BLOCK_NAMES } from '../../src/lib/regions.ts';
import type { DictionaryEntry } from './dictionary.ts';

type FieldType = 'string' | 'integer' | 'number' | 'boolean';

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
  /** How a boolean column writes true and false. */
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; unique?: boolean; minimum?: number; maximum?: number; pattern?: string; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string;
  missingValues: string[];
}

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
  else if (entry.column === 'regional_block_en')
    field.constraints = { required: true, enum: REGIONAL_BLOCKS.map((b) => REGIONAL_BLOCK_NAMES[b].en) };
  else if (entry.column === 'metro_area') field.constraints = { enum: [...METRO_AREAS] };
  else if (entry.column === 'metro_area_en') field.constraints = { enum: METRO_AREAS.map((a) => METRO_AREA_NAMES[a].en) };
  return field;
}

/** prefectures.csv and its JSON twin, column by column from the dictionary. */
export function prefectureSchema(dictionary: DictionaryEntry[]): TableSchema {
  return { fields: dictionary.map(fieldFromEntry), primaryKey: 'code', missingValues: [''] };
}

const DICTIONARY_COLUMNS = ['column', 'type', 'meaning_ja', 'meaning_en', 'unit_ja', 'unit_en', 'source_ja', 'source_en', 'vintage'];

/** data-dictionary.csv and its JSON twin. */
export function dictionarySchema(): TableSchema {
  return {
    fields: DICTIONARY_COLUMNS.map((name) => ({
      name,
      type: 'string' as const,
      ...(name === 'column' ? { constraints: { required: true, unique: true } } : {}),
    })),
    primaryKey: 'column',
    missingValues: [''],
  };
}
