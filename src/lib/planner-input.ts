/**
 * The planner's inputs as people type them, and as the address bar carries them.
 *
 * Numbers are read the way Japanese and English users write them: full-width digits and
 * punctuation from an IME (１０, １，０００, ２．５), a leading or trailing point (.5, 5.), and
 * commas only where they separate thousands (1,000 and 12,345,678). A comma anywhere else
 * (2,5 or 1,00) is refused and named: read as a decimal comma it would be 2.5, read as a
 * thousands separator 25, and the page cannot tell which was meant.
 */
import { checkCount, MAX_AREA_SMES, MAX_TARGET_FIRMS, type NumberProblem } from './planner.ts';

export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  | { kind: 'problem'; problem: 'notANumber' | 'misplacedComma' };

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)$/;
const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/;

/** A typed number, or what is wrong with it. */
export function readTypedNumber(text: string): NumberReading {
  // NFKC turns full-width digits, comma, point and plus/minus into ASCII; U+2212 is the minus
  // sign a copy from a document brings along.
  const s = text
    .normalize('NFKC')
    .trim()
    .replace(/^[\u2212\u2013]/, '-');
  if (s === '') return { kind: 'empty' };
  if (PLAIN.test(s)) return { kind: 'number', value: Number(s) };
  if (GROUPED.test(s)) return { kind: 'number', value: Number(s.replaceAll(',', '')) };
  if (/^[-+]?[\d,.]+$/.test(s) && s.includes(',') && /\d/.test(s)) return { kind: 'problem', problem: 'misplacedComma' };
  return { kind: 'problem', problem: 'notANumber' };
}

/** The planner's fields, by the name they have in the form and in the URL. */
export const PLANNER_FIELDS = ['pref', 'smes', 'target'] as const;
export type PlannerFieldName = (typeof PLANNER_FIELDS)[number];

/** The worked example: what the page shows with JavaScript off and with an empty query. */
export const DEFAULT_PLAN = { pref: 'aomori', smes: '5000', target: '10' } as const satisfies Record<PlannerFieldName, string>;

/** One count field read from text: its value, or the problem (an empty optional field is null). */
export function readCount(text: string, max: number, optional: boolean): { value: number | null; problem: NumberProblem | null } {
  const reading = readTypedNumber(text);
  if (reading.kind === 'empty') return optional ? { value: null, problem: null } : { value: null, problem: 'notANumber' };
  if (reading.kind === 'problem') return { value: null, problem: reading.problem };
  return { value: reading.value, problem: checkCount(reading.value, max) };
}

/**
 * A field's text as the address bar keeps it: the number in plain ASCII (１，０００ → 1000), an
 * empty string for an emptied optional field, or null when the text is not a valid value.
 */
export function canonicalValue(name: PlannerFieldName, text: string, prefSlugs: readonly string[]): string | null {
  if (name === 'pref') return prefSlugs.includes(text) ? text : null;
  const { value, problem } = name === 'target' ? readCount(text, MAX_TARGET_FIRMS, false) : readCount(text, MAX_AREA_SMES, true);
  if (problem) return null;
  return value === null ? '' : String(value);
}

export interface QueryState {
  /** The value of each field the query set validly, in canonical form. */
  values: Partial<Record<PlannerFieldName, string>>;
  /** Fields the query named with a value the page cannot show; it shows the default instead. */
  dropped: PlannerFieldName[];
}

/** Reads the planner's fields from a query string; the first of repeated names wins, others are ignored. */
export function readPlannerQuery(search: string, prefSlugs: readonly string[]): QueryState {
  const params = new URLSearchParams(search);
  const state: QueryState = { values: {}, dropped: [] };
  for (const name of PLANNER_FIELDS) {
    const raw = params.get(name);
    if (raw === null) continue;
    const value = canonicalValue(name, raw, prefSlugs);
    if (value === null) state.dropped.push(name);
    else state.values[name] = value;
  }
  return state;
}

/** The query string for a state: only fields that differ from the worked example, in a fixed order. */
export function plannerQuery(values: Partial<Record<PlannerFieldName, string>>): string {
  const query = new URLSearchParams();
  for (const name of PLANNER_FIELDS) {
    const value = values[name];
    if (value !== undefined && value !== DEFAULT_PLAN[name]) query.set(name, value);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
