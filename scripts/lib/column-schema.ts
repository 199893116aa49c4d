/**
 * The published schema of a raw table, read from the same zod column types the ingest validates it
 * with (scripts/lib/columns.ts): the type and range from each type's metadata, the pattern and the
 * allowed values from the checks themselves (through zod's JSON Schema of the cell as read). One
 * definition per column, so the data package cannot promise what the ingest does not enforce.
 */
import { z } from 'zod';
import type { ColumnMeta } from './columns.ts';

/** A Frictionless Table Schema field, as far as a column type determines it. */
export interface RawField {
  name: string;
  type: ColumnMeta['type'];
  /** How a boolean column writes true and false. */
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; minimum?: number; maximum?: number; pattern?: string; enum?: string[] };
}

/** Frictionless patterns match the whole value, so the ^…$ anchors of a zod regex are dropped. */
const unanchored = (pattern: string) => (pattern.startsWith('^') && pattern.endsWith('$') ? pattern.slice(1, -1) : pattern);

export function rawField(name: string, schema: z.ZodType): RawField {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    column?: ColumnMeta;
    pattern?: string;
    enum?: string[];
  };
  const meta = json.column;
  if (!meta) throw new Error(`column ${name}: its zod type has no column metadata (use a type from scripts/lib/columns.ts)`);
  const field: RawField = { name, type: meta.type };
  if (meta.type === 'boolean') Object.assign(field, { trueValues: ['1'], falseValues: ['0'] });
  const constraints: NonNullable<RawField['constraints']> = {};
  if (meta.required) constraints.required = true;
  if (meta.minimum !== undefined) constraints.minimum = meta.minimum;
  if (meta.maximum !== undefined) constraints.maximum = meta.maximum;
  if (meta.type === 'string' && json.pattern) constraints.pattern = unanchored(json.pattern);
  if (meta.type === 'string' && json.enum) constraints.enum = json.enum.filter((value) => value !== '');
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** The fields of a raw table, in header order, from the column types its reader validates. */
export function rawTableFields(columns: Record<string, z.ZodType>): RawField[] {
  return Object.entries(columns).map(([name, schema]) => rawField(name, schema));
}
