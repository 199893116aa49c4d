/**
 * What the planner page prints for a plan, shared by the build (worked example) and the island
 * (live results) so both say the same thing in the same form.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { formatNumber } from './format.ts';
import type { PlannerResult, Range, RateName } from './planner.ts';

export const OUTPUT_KEYS = ['step34Firms', 'organisations', 'supporters', 'sessions'] as const;
export type OutputKey = (typeof OUTPUT_KEYS)[number];

/** Counts below 10 keep one decimal so a range like 2.4–3.0 does not collapse to "2–3". */
function count(lang: Lang, value: number): string {
  return formatNumber(lang, value, value < 10 ? 1 : 0);
}

export function formatRange(lang: Lang, t: Strings['planner'], range: Range): string {
  const [low, high] = [count(lang, range.low), count(lang, range.high)];
  return low === high ? low : t.rangeText(low, high);
}

export function outputTexts(lang: Lang, t: Strings['planner'], result: PlannerResult): Record<OutputKey | 'share', string> {
  const units: Record<OutputKey, string> = {
    step34Firms: t.unitFirms,
    organisations: t.unitOrganisations,
    supporters: t.unitPeople,
    sessions: t.unitSessions,
  };
  const texts = Object.fromEntries(OUTPUT_KEYS.map((key) => [key, `${formatRange(lang, t, result[key])} ${units[key]}`])) as Record<OutputKey, string>;
  const share = result.shareOfAreaSmes === null ? '—' : `${formatNumber(lang, result.shareOfAreaSmes * 100, 2)}%`;
  return { ...texts, share };
}

/** Rates as the inputs show them: four decimals, enough to reproduce the KPI table. */
export function rateInputValue(value: number): string {
  return String(Number(value.toFixed(4)));
}

export type { RateName };
