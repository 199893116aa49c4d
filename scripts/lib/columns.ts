import { z } from 'zod';

/**
 * Column types for raw tables. Each message is the "expected" half of an input error, so it is
 * phrased as what the cell should have held. Each type also carries, as zod metadata, how the
 * published table schema describes it (Frictionless Table Schema: type, required, range), so that
 * the ingest and datapackage.json read one definition per column (see column-schema.ts).
 */
const NUMBER = /^-?\d+(\.\d+)?$/;

/** What the published table schema says about a column type. */
export interface ColumnMeta {
  type: 'string' | 'number' | 'integer' | 'boolean';
  required?: boolean;
  minimum?: number;
  maximum?: number;
}

const column = (meta: ColumnMeta) => ({ column: meta });

/**
 * Control characters (C0 other than tab, line feed and carriage return; DEL; C1) and the
 * noncharacters U+FFFE/U+FFFF. None belongs in a name or a sentence; XML forbids the C0 ones and
 * U+FFFE/U+FFFF, so one in a prefecture name would break every chart's SVG and PNG download.
 * Checked before trimming, which would otherwise hide a trailing vertical tab or form feed.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const plain = () => z.string().refine((value) => !CONTROL.test(value), 'text without control characters');

export const text = plain()
  .trim()
  .min(1, 'a non-empty text')
  .meta(column({ type: 'string', required: true }));
export const optionalText = plain()
  .trim()
  .meta(column({ type: 'string' }));

export const jisCode = z
  .string()
  .trim()
  .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])$/, 'a JIS prefecture code from 01 to 47')
  .meta(column({ type: 'string', required: true }));

export function decimal(min: number, max: number) {
  const expected = `a number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(NUMBER, expected)
    .transform(Number)
    .refine((value) => value >= min && value <= max, expected)
    .meta(column({ type: 'number', required: true, minimum: min, maximum: max }));
}

export function integer(min: number, max: number) {
  const expected = `a whole number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d+$/, expected)
    .transform(Number)
    .refine((value) => value >= min && value <= max, expected)
    .meta(column({ type: 'integer', required: true, minimum: min, maximum: max }));
}

/** An optional count: an empty cell means "not published". */
export function optionalCount(max: number) {
  const expected = `an empty cell or a whole number from 0 to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^\d*$/, expected)
    .transform((value) => (value === '' ? undefined : Number(value)))
    .refine((value) => value === undefined || value <= max, expected)
    .meta(column({ type: 'integer', minimum: 0, maximum: max }));
}

export const flag = z
  .enum(['0', '1'], { error: '0 or 1' })
  .transform((value) => value === '1')
  .meta(column({ type: 'boolean', required: true }));

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `one of ${values.join(', ')}` }).meta(column({ type: 'string', required: !values.includes('') }));
}

/** JIS codes separated by semicolons, e.g. `02;03;04`. */
export const codeList = z
  .string()
  .trim()
  .regex(/^(0[1-9]|[1-3][0-9]|4[0-7])(;(0[1-9]|[1-3][0-9]|4[0-7]))*$/, 'JIS codes 01–47 separated by ";"')
  .transform((value) => value.split(';'))
  .meta(column({ type: 'string', required: true }));

export const sector = z.enum(['public', 'private'], { error: 'public or private' }).meta(column({ type: 'string', required: true }));
export const optionalSector = z
  .enum(['', 'public', 'private'], { error: 'an empty cell, public or private' })
  .transform((v) => (v === '' ? null : v))
  .meta(column({ type: 'string' }));
export const optionalPairing = z
  .enum(['', '1', '2', '3', '4'], { error: 'an empty cell or a pairing from 1 to 4' })
  .transform((v) => (v === '' ? null : Number(v)))
  .meta(column({ type: 'integer', minimum: 1, maximum: 4 }));

export function optionalDecimal(min: number, max: number) {
  const expected = `an empty cell or a number from ${min} to ${max}`;
  return z
    .string()
    .trim()
    .regex(/^(\d+(\.\d+)?)?$/, expected)
    .transform((value) => (value === '' ? null : Number(value)))
    .refine((value) => value === null || (value >= min && value <= max), expected)
    .meta(column({ type: 'number', minimum: min, maximum: max }));
}
