/** The published schema of a raw table comes from the zod column types the ingest enforces. */
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { rawField, rawTableFields, rawTableSchema } from '../../../scripts/lib/column-schema.ts';
import {
  codeList,
  decimal,
  flag,
  integer,
  jisCode,
  oneOf,
  optionalCount,
  optionalDecimal,
  optionalPairing,
  optionalSector,
  optionalText,
  sector,
  text,
} from '../../../scripts/lib/columns.ts';
import { PREFECTURE_COLUMNS } from '../../../scripts/lib/ingest.ts';
import { ingestNetworks, networkColumns, networkRawTables } from '../../../scripts/lib/ingest-networks.ts';
import { DATA } from '../../support/data-pipeline.ts';

describe('one field per column type', () => {
  test.each([
    ['text', text, { type: 'string', constraints: { required: true } }],
    ['optionalText', optionalText, { type: 'string' }],
    ['jisCode', jisCode, { type: 'string', constraints: { required: true, pattern: '(0[1-9]|[1-3][0-9]|4[0-7])' } }],
    ['decimal', decimal(0, 10), { type: 'number', constraints: { required: true, minimum: 0, maximum: 10 } }],
    ['integer', integer(1, 200), { type: 'integer', constraints: { required: true, minimum: 1, maximum: 200 } }],
    ['optionalCount', optionalCount(5000), { type: 'integer', constraints: { minimum: 0, maximum: 5000 } }],
    ['optionalDecimal', optionalDecimal(0, 1e6), { type: 'number', constraints: { minimum: 0, maximum: 1e6 } }],
    ['flag', flag, { type: 'boolean', trueValues: ['1'], falseValues: ['0'], constraints: { required: true } }],
    ['sector', sector, { type: 'string', constraints: { required: true, enum: ['public', 'private'] } }],
    ['optionalSector', optionalSector, { type: 'string', constraints: { enum: ['public', 'private'] } }],
    ['optionalPairing', optionalPairing, { type: 'integer', constraints: { minimum: 1, maximum: 4 } }],
    ['oneOf', oneOf(['land', 'bridge', 'sea']), { type: 'string', constraints: { required: true, enum: ['land', 'bridge', 'sea'] } }],
    [
      'codeList',
      codeList,
      { type: 'string', constraints: { required: true, pattern: '(0[1-9]|[1-3][0-9]|4[0-7])(;(0[1-9]|[1-3][0-9]|4[0-7]))*' } },
    ],
  ])('%s', (_name, schema, expected) => {
    expect(rawField('c', schema as z.ZodType)).toEqual({ name: 'c', ...expected });
  });

  test('a zod type that is not a column type is refused, naming the column', () => {
    expect(() => rawField('score', z.string())).toThrow(
      'column score: its zod type has no column metadata (use a type from scripts/lib/columns.ts)',
    );
  });
});

test('prefectures.csv: the fields follow the columns its reader validates, pattern and values included', () => {
  const fields = rawTableFields(PREFECTURE_COLUMNS);
  expect(fields.map((f) => f.name)).toEqual(['code', 'name_ja', 'name_en', 'kana', 'slug', 'metro_area', 'regional_block', 'source']);
  expect(fields[3]).toEqual({ name: 'kana', type: 'string', constraints: { required: true, pattern: '[\\u3041-\\u3096ー]+' } });
  expect(fields[4]).toEqual({ name: 'slug', type: 'string', constraints: { required: true, pattern: '[a-z]+' } });
  expect(fields[5]?.constraints).toEqual({ enum: ['東京圏', '大阪圏', '名古屋圏'] });
  expect(fields[6]?.constraints?.required).toBe(true);
  expect(fields[6]?.constraints?.enum).toHaveLength(8);
});

test('a raw table is published in its header order, and a column its reader does not declare stops the build', () => {
  const table = { columns: { code: jisCode, flag }, primaryKey: 'code' };
  expect(rawTableSchema('raw/x.csv', ['flag', 'code'], table)).toEqual({
    fields: [
      { name: 'flag', type: 'boolean', trueValues: ['1'], falseValues: ['0'], constraints: { required: true } },
      { name: 'code', type: 'string', constraints: { required: true, pattern: '(0[1-9]|[1-3][0-9]|4[0-7])' } },
    ],
    primaryKey: 'code',
    missingValues: [''],
  });
  expect(() => rawTableSchema('raw/x.csv', ['code', 'note'], table)).toThrow('raw/x.csv: its reader declares no column note');
});

describe('network tables: id columns allow what the tables they name hold', () => {
  const ORGANISATION_TYPES = [
    'pro_jinzai_kyoten',
    'shokokai_shokokaigisho',
    'gaikaku_dantai',
    'yorozu_shien_kyoten',
    'tax_accountant_sme_consultant',
    'npo',
    'regional_financial_institution',
    'recruitment_agency',
    'nintei_shien_kikan',
    'machizukuri_company',
    'local_government',
  ];

  test('as loaded from data/: the organisation types of organisation_types.csv and the eight pilot bodies', () => {
    const tables = networkRawTables(ingestNetworks(DATA));
    expect(Object.keys(tables)).toHaveLength(14);
    for (const [file, column] of [
      ['role_splits.csv', 'organisation_type'],
      ['role_split_example.csv', 'organisation_type'],
      ['step_evidence.csv', 'organisation_type'],
      ['pairing_examples.csv', 'lead_type'],
      ['pairing_examples.csv', 'participant_type'],
    ] as const) {
      expect(rawField(column, tables[file]!.columns[column]!), `${file} ${column}`).toEqual({
        name: column,
        type: 'string',
        constraints: { required: true, enum: ORGANISATION_TYPES },
      });
    }
    expect(rawField('organisation_id', tables['pilot_networks.csv']!.columns.organisation_id!).constraints).toEqual({
      required: true,
      enum: ['1', '2', '3', '4', '5', '6', '7', '8'],
    });
    expect(tables['pro_jinzai_presence.csv']!.primaryKey).toBe('code');
  });

  test('other loaded tables give other allowed values, to the schema and to the ingest alike', () => {
    const columns = networkColumns({ organisationTypes: [{ id: 'npo' }, { id: 'bank' }], pilotOrganisations: [{ id: 3 }] });
    const leadType = columns['pairing_examples.csv'].lead_type;
    expect(rawField('lead_type', leadType).constraints).toEqual({ required: true, enum: ['npo', 'bank'] });
    expect(leadType.safeParse('bank').success).toBe(true);
    expect(leadType.safeParse('local_government').error?.issues[0]?.message).toBe('one of npo, bank');
    expect(rawField('organisation_id', columns['pilot_networks.csv'].organisation_id).constraints).toEqual({ required: true, enum: ['3'] });
  });
});
