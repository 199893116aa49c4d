/** The suggestion engine's thresholds and the prefecture adjacency, validated like every input. */
import type { NetworkRules } from '../../src/lib/suggest-network.ts';
import type { DescribedRule } from '../../src/lib/suggestions-file.ts';

export type { DescribedRule };
import { decimal, jisCode, oneOf, optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const RULES = {
  thin_market_above: 'thinMarketAbove',
  strong_shortage_above: 'strongShortageAbove',
  near_boundary_within: 'nearBoundaryWithin',
  prefecture_wide_from_smes: 'prefectureWideFromSmes',
} as const satisfies Record<string, keyof NetworkRules>;
type RuleName = keyof typeof RULES;

const RANGES: Record<RuleName, [number, number]> = {
  thin_market_above: [0.1, 10],
  strong_shortage_above: [0.1, 10],
  near_boundary_within: [0, 1],
  prefecture_wide_from_smes: [1, 10_000_000],
};

/** The thresholds, and each one described for the planners who read and change them. */
export function readNetworkRules(file: string): { rules: NetworkRules; described: DescribedRule[] } {
  const csv = readCsv(file);
  const names = Object.keys(RULES) as [RuleName, ...RuleName[]];
  const rows = validateTable(csv, {
    rule: oneOf(names),
    value: decimal(0, 10_000_000),
    unit: text,
    meaning_ja: text,
    meaning_en: text,
    page: optionalText.regex(/^\d*$/, 'an empty cell or a page number'),
  });
  const rules: Partial<NetworkRules> = {};
  const firstLine = new Map<string, number>();
  for (const { line, value } of rows) {
    const name = value.rule as RuleName;
    const first = firstLine.get(name);
    if (first !== undefined) throw new DataError(cellPlace(csv, line, 'rule'), 'each rule once', `${quoted(name)} again (first on line ${first})`);
    firstLine.set(name, line);
    const [min, max] = RANGES[name];
    if (value.value < min || value.value > max) {
      throw new DataError(cellPlace(csv, line, 'value'), `${name}: a number from ${min} to ${max}`, quoted(String(value.value)));
    }
    rules[RULES[name]] = value.value;
  }
  const missing = names.find((name) => !firstLine.has(name));
  if (missing) throw new DataError({ file, line: csv.endLine, column: 1 }, `a row for the rule ${quoted(missing)}`, 'none');
  const described = rows.map(({ value }) => ({
    rule: value.rule,
    value: value.value,
    unit: value.unit,
    meaning: { ja: value.meaning_ja, en: value.meaning_en },
    page: value.page === '' ? null : Number(value.page),
  }));
  return { rules: rules as NetworkRules, described };
}

export type Adjacency = Map<string, { code: string; link: 'land' | 'bridge' | 'sea' }[]>;

/** Neighbours by land, bridge/tunnel or sea; every link must be listed from both sides. */
export function readAdjacency(file: string): Adjacency {
  const csv = readCsv(file);
  const rows = validateTable(csv, { code: jisCode, neighbour: jisCode, link: oneOf(['land', 'bridge', 'sea']), source: sourceRef });
  const links = new Map(rows.map(({ value }) => [`${value.code}-${value.neighbour}`, value.link]));
  const adjacency: Adjacency = new Map();
  for (const { line, value } of rows) {
    if (value.code === value.neighbour) throw new DataError(cellPlace(csv, line, 'neighbour'), 'a different prefecture', quoted(value.neighbour));
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
