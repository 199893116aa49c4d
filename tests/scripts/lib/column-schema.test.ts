/** The published schema of a raw table comes from the zod column types the ingest enforces. */
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { rawField, rawTableFields } from '../../../scripts/lib/column-schema.ts';
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
