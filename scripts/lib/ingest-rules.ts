/** The suggestion engine's reference choice and reading rules, and the prefecture adjacency. */
import type { ReferenceName, RuleSettings } from '../../src/lib/suggest-network.ts';
import type { DescribedRule } from '../../src/lib/suggestions-file.ts';

export type { DescribedRule };
import { jisCode, oneOf, optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const REFERENCES = ['median', 'national', 'regional'] as const satisfies readonly ReferenceName[];
const PAIRING = (value: string) => /^[1-4]$/.test(value);
const CASE_ID = (value: string) => /^[a-z0-9_]+$/.test(value);

/** Each rule: the setting it fills and what its value must look like. */
const RULES = {
  reference: { expected: `one of ${REFERENCES.join(', ')}`, valid: (v: string) => (REFERENCES as readonly string[]).includes(v) },
  fewer_agencies_above: {
    expected: 'a number from 0.1 to 10',
    valid: (v: string) => /^\d+(\.\d+)?$/.test(v) && Number(v) >= 0.1 && Number(v) <= 10,
  },
  pattern_hub_more_agencies: { expected: 'a pairing from 1 to 4', valid: PAIRING },
  pattern_hub_fewer_agencies: { expected: 'a pairing from 1 to 4', valid: PAIRING },
  pattern_no_hub_more_agencies: { expected: 'a pairing from 1 to 4', valid: PAIRING },
  pattern_no_hub_fewer_agencies: { expected: 'a pairing from 1 to 4', valid: PAIRING },
  pattern_private_pilot: { expected: 'a pairing from 1 to 4', valid: PAIRING },
  example_case_1: { expected: 'a case id', valid: CASE_ID },
  example_case_2: { expected: 'a case id', valid: CASE_ID },
  example_case_3: { expected: 'a case id', valid: CASE_ID },
  example_case_4: { expected: 'a case id', valid: CASE_ID },
} as const;
type RuleName = keyof typeof RULES;

/** The reading's settings, and each rule described for the readers who check and change them. */
export function readNetworkRules(file: string): { rules: RuleSettings; described: DescribedRule[] } {
  const csv = readCsv(file);
  const names = Object.keys(RULES) as [RuleName, ...RuleName[]];
  const rows = validateTable(csv, {
    rule: oneOf(names),
    value: text,
    kind: oneOf(['ours']),
    page: optionalText.regex(/^$/, 'an empty page: these rules are our own reading'),
    meaning_ja: text,
    meaning_en: text,
  });
  const values = new Map<RuleName, string>();
  const firstLine = new Map<string, number>();
  for (const { line, value } of rows) {
    const name = value.rule as RuleName;
    const first = firstLine.get(name);
    if (first !== undefined)
      throw new DataError(cellPlace(csv, line, 'rule'), 'each rule once', `${quoted(name)} again (first on line ${first})`);
    firstLine.set(name, line);
    if (!RULES[name].valid(value.value))
      throw new DataError(cellPlace(csv, line, 'value'), `${name}: ${RULES[name].expected}`, quoted(value.value));
    values.set(name, value.value);
  }
  const missing = names.find((name) => !values.has(name));
  if (missing) throw new DataError({ file, line: csv.endLine, column: 1 }, `a row for the rule ${quoted(missing)}`, 'none');
  const get = (name: RuleName) => values.get(name) as string;
  const rules: RuleSettings = {
    reference: get('reference') as ReferenceName,
    fewerAgenciesAbove: Number(get('fewer_agencies_above')),
    patterns: {
      hubMoreAgencies: Number(get('pattern_hub_more_agencies')),
      hubFewerAgencies: Number(get('pattern_hub_fewer_agencies')),
      noHubMoreAgencies: Number(get('pattern_no_hub_more_agencies')),
      noHubFewerAgencies: Number(get('pattern_no_hub_fewer_agencies')),
      privatePilot: Number(get('pattern_private_pilot')),
    },
    exampleCases: { 1: get('example_case_1'), 2: get('example_case_2'), 3: get('example_case_3'), 4: get('example_case_4') },
  };
  const described = rows.map(({ value }) => ({
    rule: value.rule,
    value: value.value,
    kind: 'ours' as const,
    meaning: { ja: value.meaning_ja, en: value.meaning_en },
  }));
  return { rules, described };
}

export type Adjacency = Map<string, { code: string; link: 'land' | 'bridge' | 'sea' }[]>;

/** The columns of data/raw/prefecture_adjacency.csv: validated here, published by datapackage.json. */
export const ADJACENCY_COLUMNS = { code: jisCode, neighbour: jisCode, link: oneOf(['land', 'bridge', 'sea']), source: sourceRef };

/** Neighbours by land, bridge/tunnel or sea; every link must be listed from both sides. */
export function readAdjacency(file: string): Adjacency {
  const csv = readCsv(file);
  const rows = validateTable(csv, ADJACENCY_COLUMNS);
  const links = new Map(rows.map(({ value }) => [`${value.code}-${value.neighbour}`, value.link]));
  const adjacency: Adjacency = new Map();
  for (const { line, value } of rows) {
    if (value.code === value.neighbour)
      throw new DataError(cellPlace(csv, line, 'neighbour'), 'a different prefecture', quoted(value.neighbour));
    if (links.get(`${value.neighbour}-${value.code}`) !== value.link) {
      throw new DataError(cellPlace(csv, line, 'neighbour'), `the reverse row ${value.neighbour},${value.code},${value.link}`, 'none');
    }
    const list = adjacency.get(value.code) ?? [];
    list.push({ code: value.neighbour, link: value.link as 'land' | 'bridge' | 'sea' });
    adjacency.set(value.code, list);
  }
  for (let i = 1; i <= 47; i++) {
    const code = String(i).padStart(2, '0');
    if (!adjacency.has(code)) throw new DataError({ file, line: csv.endLine, column: 1 }, `at least one neighbour for ${code}`, 'none');
  }
  return new Map([...adjacency].sort(([a], [b]) => a.localeCompare(b)));
}
