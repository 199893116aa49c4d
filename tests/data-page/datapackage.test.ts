/**
 * public/data/datapackage.json against the Data Package, Data Resource, Tabular Data Resource and
 * Table Schema v1 profiles (vendored in tests/fixtures/frictionless-profiles/), and every file it
 * lists against what it declares: bytes, hash, headers, field types, constraints, primary key.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PackageResource, TableField, TableSchema } from '../../scripts/lib/datapackage.ts';
import { publishedRawTables } from '../../scripts/build-data.ts';
import { rawTableSchema } from '../../scripts/lib/column-schema.ts';
import { ingest } from '../../scripts/lib/ingest.ts';
import { ingestNetworks } from '../../scripts/lib/ingest-networks.ts';
import { ROOT } from '../support/paths.ts';

const DATA = join(ROOT, 'public', 'data');
const DATA_DIR = join(ROOT, 'data');
const PROFILES = join(ROOT, 'tests', 'fixtures', 'frictionless-profiles');
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), 'utf8'));

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addFormat('textarea', true); // a UI hint in the profiles, not a constraint
const validatePackage = ajv.compile(profile('data-package'));
const validateResource = ajv.compile(profile('data-resource'));
const validateTabular = ajv.compile(profile('tabular-data-resource'));
const validateSchema = ajv.compile(profile('table-schema'));

const pkg = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as {
  resources: PackageResource[];
  licenses: { name: string; path: string; title: string }[];
};
const bytesOf = (path: string) => readFileSync(join(DATA, path));
const BOM = '\uFEFF';

function listAll(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listAll(path) : [relative(DATA, path)];
  });
}

/** A cell's value under its field's type, or the reason it does not fit. */
function cast(field: TableField, cell: string): { value: string | number | null } | { error: string } {
  if (cell === '') return { value: null };
  if (field.type === 'string') return { value: cell };
  if (field.type === 'boolean') {
    if (field.trueValues?.includes(cell)) return { value: 1 };
    if (field.falseValues?.includes(cell)) return { value: 0 };
    return { error: `${JSON.stringify(cell)} is not boolean` };
  }
  const pattern = field.type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;
  return pattern.test(cell) ? { value: Number(cell) } : { error: `${JSON.stringify(cell)} is not ${field.type}` };
}

function checkConstraints(schema: TableSchema, rows: Record<string, string | number | null>[], where: string): void {
  for (const field of schema.fields) {
    const values = rows.map((row) => row[field.name]);
    const c = field.constraints ?? {};
    if (c.required)
      expect(
        values.filter((v) => v === null),
        `${where}: ${field.name} required`,
      ).toEqual([]);
    if (c.unique) expect(new Set(values).size, `${where}: ${field.name} unique`).toBe(values.length);
    // As in Table Schema, constraints other than `required` apply only to values that are present.
    if (c.enum) for (const v of values.filter((v) => v !== null)) expect(c.enum, `${where}: ${field.name}`).toContain(v);
    if (c.pattern) for (const v of values) expect(String(v), `${where}: ${field.name}`).toMatch(new RegExp(`^(?:${c.pattern})$`));
    const numbers = values.filter((v) => typeof v === 'number');
    if (c.minimum !== undefined) for (const v of numbers) expect(v, `${where}: ${field.name}`).toBeGreaterThanOrEqual(c.minimum);
    if (c.maximum !== undefined) for (const v of numbers) expect(v, `${where}: ${field.name}`).toBeLessThanOrEqual(c.maximum);
  }
  if (schema.primaryKey) {
    const keys = rows.map((row) => row[schema.primaryKey!]);
    expect(
      keys.every((k) => k !== null),
      `${where}: primary key present`,
    ).toBe(true);
    expect(new Set(keys).size, `${where}: primary key unique`).toBe(rows.length);
  }
}

function readCsvResource(resource: PackageResource) {
  const text = bytesOf(resource.path).toString('utf8');
  const parsed = Papa.parse<string[]>(text.startsWith(BOM) ? text.slice(1) : text, { skipEmptyLines: 'greedy' });
  expect(parsed.errors, resource.path).toEqual([]);
  const [header, ...rows] = parsed.data;
  return { header, rows };
}

describe('datapackage.json', () => {
  it('is a valid Data Package (v1 profile)', () => {
    expect(validatePackage(pkg), JSON.stringify(validatePackage.errors)).toBe(true);
  });

  it('the validator does fail: a package without resources, and a field of an unknown type', () => {
    expect(validatePackage({ name: 'x' })).toBe(false);
    expect(validateSchema({ fields: [{ name: 'a', type: 'float' }] })).toBe(false);
    const broken = structuredClone(pkg.resources.find((r) => r.path === 'prefectures.csv')!) as unknown as Record<string, unknown>;
    delete broken.schema;
    expect(validateTabular(broken)).toBe(false);
  });

  it('each resource is valid under its profile, and each schema is a valid Table Schema', () => {
    for (const resource of pkg.resources) {
      const validate = resource.profile === 'tabular-data-resource' ? validateTabular : validateResource;
      expect(validate(resource), `${resource.path}: ${JSON.stringify(validate.errors)}`).toBe(true);
      if (resource.schema) expect(validateSchema(resource.schema), `${resource.path}: ${JSON.stringify(validateSchema.errors)}`).toBe(true);
    }
  });

  it('carries the Public Data License with attribution and a processed-by note', () => {
    expect(pkg.licenses).toEqual([
      {
        name: 'PDL-1.0',
        path: 'https://www.digital.go.jp/resources/open_data/public_data_license_v1.0',
        title: '公共データ利用規約（第1.0版） / Public Data License (Version 1.0)',
      },
    ]);
    const whole = JSON.stringify(pkg);
    expect(whole).toContain('processed by the Core-Talent Atlas');
    expect(whole).toContain('厚生労働省「職業安定業務統計」（令和3年（2021年）9月）');
  });

  it('lists every file in public/data/ (derived and raw) exactly once, and nothing that is missing', () => {
    const listed = pkg.resources.map((r) => r.path).sort();
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(
      listAll(DATA)
        .filter((f) => f !== 'datapackage.json')
        .sort(),
    );
    for (const path of [
      'prefectures.csv',
      'prefectures.utf8.csv',
      'prefectures.json',
      'summary.json',
      'data-dictionary.csv',
      'raw/job_opening_ratio.csv',
      'raw/smes_per_agency.csv',
    ]) {
      expect(listed).toContain(path);
    }
  });

  it('declares the true size and sha256 of every file', () => {
    for (const resource of pkg.resources) {
      expect(existsSync(join(DATA, resource.path)), resource.path).toBe(true);
      const bytes = bytesOf(resource.path);
      expect(resource.bytes, resource.path).toBe(bytes.length);
      expect(resource.hash, resource.path).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('describes prefectures.csv with the dictionary: 47 rows, code as primary key, units from the metadata', () => {
    const resource = pkg.resources.find((r) => r.path === 'prefectures.csv')!;
    const dictionary = JSON.parse(bytesOf('data-dictionary.json').toString('utf8')) as { column: string; type: string; unit_en: string }[];
    expect(resource.schema!.fields.map((f) => [f.name, f.type])).toEqual(dictionary.map((d) => [d.column, d.type]));
    expect(resource.schema!.primaryKey).toBe('code');
    expect(resource.schema!.missingValues).toEqual(['']);
    expect(resource.schema!.fields.find((f) => f.name === 'job_opening_ratio')).toMatchObject({
      type: 'number',
      unit: 'openings per applicant',
      unit_ja: '倍',
      vintage: '2021-09',
    });
    expect(readCsvResource(resource).rows).toHaveLength(47);
  });

  it('gives every Japanese label of prefectures.csv an English twin column, with the eight blocks and three areas as its values', () => {
    const fields = pkg.resources.find((r) => r.path === 'prefectures.csv')!.schema!.fields;
    expect(fields.map((f) => f.name).slice(0, 10)).toEqual([
      'code',
      'slug',
      'name_ja',
      'name_en',
      'name_kana',
      'metro_area',
      'metro_area_en',
      'metro_group',
      'regional_block',
      'regional_block_en',
    ]);
    expect(fields.find((f) => f.name === 'regional_block_en')).toMatchObject({
      title: 'Regional block in English (Hokkaido, Kanto, …)',
      constraints: { required: true, enum: ['Hokkaido', 'Tohoku', 'Kanto', 'Chubu', 'Kinki', 'Chugoku', 'Shikoku', 'Kyushu & Okinawa'] },
    });
    expect(fields.find((f) => f.name === 'metro_area_en')!.constraints).toEqual({ enum: ['Tokyo area', 'Osaka area', 'Nagoya area'] });
  });

  it('every CSV resource has exactly its declared header, types and keys', () => {
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    expect(csvs.length).toBeGreaterThanOrEqual(16);
    for (const resource of csvs) {
      const { header, rows } = readCsvResource(resource);
      const fields = resource.schema!.fields;
      expect(header, resource.path).toEqual(fields.map((f) => f.name));
      const typed = rows.map((row, i) => {
        expect(row.length, `${resource.path} row ${i + 2}`).toBe(fields.length);
        return Object.fromEntries(
          fields.map((field, j) => {
            const result = cast(field, row[j]);
            if ('error' in result) throw new Error(`${resource.path}:${i + 2} ${field.name}: ${result.error}`);
            return [field.name, result.value];
          }),
        );
      });
      checkConstraints(resource.schema!, typed, resource.path);
    }
  });

  it('describes every raw table with the columns its reader validates, id columns allowing what the tables they name hold', () => {
    const raw = pkg.resources.filter((r) => r.layer === 'raw');
    expect(raw).toHaveLength(20);
    const tables = publishedRawTables(ingest(DATA_DIR), ingestNetworks(DATA_DIR));
    for (const resource of raw) {
      const { header } = readCsvResource(resource);
      expect(resource.schema, resource.path).toEqual(rawTableSchema(resource.path, header, tables[resource.path.slice('raw/'.length)]!));
    }
    const schemaOf = (path: string) => raw.find((r) => r.path === path)!.schema!;
    const field = (path: string, name: string) => schemaOf(path).fields.find((f) => f.name === name);
    expect(field('raw/role_splits.csv', 'role')).toEqual({
      name: 'role',
      type: 'string',
      constraints: { required: true, enum: ['lead', 'support', 'external'] },
    });
    expect(field('raw/role_splits.csv', 'organisation_type')!.constraints!.enum).toEqual(
      readCsvResource(pkg.resources.find((r) => r.path === 'raw/organisation_types.csv')!).rows.map((row) => row[0]),
    );
    expect(field('raw/published_correlation.csv', 'x')!.constraints).toEqual({
      required: true,
      enum: ['jobOpeningRatio', 'smesPerAgency'],
    });
    expect(field('raw/job_opening_ratio.csv', 'value')).toEqual({
      name: 'value',
      type: 'number',
      constraints: { required: true, minimum: 0, maximum: 50 },
    });
    expect(field('raw/pro_jinzai_presence.csv', 'pro_jinzai_kyoten')).toEqual({
      name: 'pro_jinzai_kyoten',
      type: 'boolean',
      trueValues: ['1'],
      falseValues: ['0'],
      constraints: { required: true },
    });
    expect(field('raw/pilot_kpis.csv', 'unit_ja')!.constraints!.enum).toEqual(['機関', '社', '人', '回', '地域']);
    expect(field('raw/steps.csv', 'source')).toEqual({
      name: 'source',
      type: 'string',
      description: 'Ids of the sources in data/sources.csv (published as sources.json), separated by ";"',
      constraints: { required: true, pattern: '[a-z_]+(;[a-z_]+)*' },
    });
    expect(raw.filter((r) => r.schema!.primaryKey).map((r) => r.path)).toEqual([
      'raw/job_opening_ratio.csv',
      'raw/prefectures.csv',
      'raw/pro_jinzai_presence.csv',
      'raw/smes_per_agency.csv',
    ]);
  });

  it('every JSON table resource is an array of records with the declared fields and types', () => {
    const tables = pkg.resources.filter((r) => r.format === 'json' && r.schema);
    expect(tables.map((r) => r.path).sort()).toEqual(['data-dictionary.json', 'prefectures.json']);
    for (const resource of tables) {
      const records = JSON.parse(bytesOf(resource.path).toString('utf8')) as Record<string, unknown>[];
      const fields = resource.schema!.fields;
      for (const record of records) {
        expect(Object.keys(record), resource.path).toEqual(fields.map((f) => f.name));
        for (const field of fields) {
          const value = record[field.name];
          if (value === null || value === '') continue;
          if (field.type === 'string') expect(typeof value, `${resource.path} ${field.name}`).toBe('string');
          else if (field.type === 'integer') expect(Number.isInteger(value), `${resource.path} ${field.name}`).toBe(true);
          else expect(typeof value, `${resource.path} ${field.name}`).toBe('number');
        }
      }
      checkConstraints(
        resource.schema!,
        records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === '' ? null : v]))) as Record<
          string,
          string | number | null
        >[],
        resource.path,
      );
    }
  });

  it('every JSON resource parses', () => {
    for (const resource of pkg.resources.filter((r) => r.format === 'json'))
      expect(() => JSON.parse(bytesOf(resource.path).toString('utf8')), resource.path).not.toThrow();
  });
});

describe('prefectures.csv for Excel, and its plain twin', () => {
  it('starts with the UTF-8 byte-order mark EF BB BF; the plain copy does not, and is otherwise identical', () => {
    const bom = bytesOf('prefectures.csv');
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = bytesOf('prefectures.utf8.csv');
    expect(plain[0]).toBe('c'.charCodeAt(0));
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });

  it('round-trips through papaparse to exactly the values in prefectures.json', () => {
    const text = new TextDecoder('utf-8').decode(bytesOf('prefectures.csv')); // strips the BOM, as a browser does
    const { data, errors } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
    expect(errors).toEqual([]);
    const schema = pkg.resources.find((r) => r.path === 'prefectures.csv')!.schema!;
    const typed = data.map((row) =>
      Object.fromEntries(schema.fields.map((f) => [f.name, (cast(f, row[f.name]) as { value: unknown }).value])),
    );
    const json = JSON.parse(bytesOf('prefectures.json').toString('utf8'));
    expect(typed).toEqual(json);
    expect(typed[12]).toMatchObject({ code: '13', name_ja: '東京都', job_opening_ratio: 1.07, smes_per_agency: 43.9 });
  });
});
