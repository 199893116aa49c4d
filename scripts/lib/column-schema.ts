/**
 * The published schema of a raw table, read from the same zod column types the ingest validates it
 * with (scripts/lib/columns.ts): the type and range from each type's metadata, the pattern, the
 * allowed values and the description from the checks themselves (through zod's JSON Schema of the
 * cell as read). One definition per column, so the data package cannot promise what the ingest
 * does not enforce.
 */
import { z } from 'zod';
import type { ColumnMeta } from './columns.ts';
import type { TableField, TableSchema } from './table-schema.ts';

/** The columns a reader validates a raw table with, by header name, and the key it holds unique. */
export interface RawTableColumns {
  columns: Record<string, z.ZodType>;
  /** A column the reader rejects duplicates in (and every cell of which is required). */
  primaryKey?: string;
}

/** Frictionless patterns match the whole value, so the ^…$ anchors of a zod regex are dropped. */
const unanchored = (pattern: string) => (pattern.startsWith('^') && pattern.endsWith('$') ? pattern.slice(1, -1) : pattern);

export function rawField(name: string, schema: z.ZodType): TableField {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    column?: ColumnMeta;
    description?: string;
    pattern?: string;
    enum?: string[];
  };
  const meta = json.column;
  if (!meta) throw new Error(`column ${name}: its zod type has no column metadata (use a type from scripts/lib/columns.ts)`);
  const field: TableField = { name, type: meta.type };
  if (json.description) field.description = json.description;
  if (meta.type === 'boolean') Object.assign(field, { trueValues: ['1'], falseValues: ['0'] });
  const constraints: NonNullable<TableField['constraints']> = {};
  if (meta.required) constraints.required = true;
  if (meta.minimum !== undefined) constraints.minimum = meta.minimum;
  if (meta.maximum !== undefined) constraints.maximum = meta.maximum;
  if (meta.type === 'string' && json.pattern) constraints.pattern = unanchored(json.pattern);
  if (meta.type === 'string' && json.enum) constraints.enum = json.enum.filter((value) => value !== '');
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** The fields of a raw table, in the order of its columns, from the column types its reader validates. */
export function rawTableFields(columns: Record<string, z.ZodType>): TableField[] {
  return Object.entries(columns).map(([name, schema]) => rawField(name, schema));
}

/**
 * The Table Schema of a raw table as published: one field per header cell, in the file's order
 * (a reader may accept its columns in any order, and some are optional), from its reader's columns.
 */
export function rawTableSchema(file: string, header: readonly string[], table: RawTableColumns): TableSchema {
  const fields = header.map((name) => {
    const schema = table.columns[name];
    if (!schema) throw new Error(`${file}: its reader declares no column ${name}`);
    return rawField(name, schema);
  });
  return { fields, ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}), missingValues: [''] };
}
