import type { Lang } from '../config.ts';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

/** What a table or label shows for a value the data does not have. */
export const MISSING_VALUE = '–';

export function formatNumber(lang: Lang, value: number | null, decimals: number): string {
  if (value === null) return MISSING_VALUE;
  return new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A signed difference, with a true minus sign so that screen readers and readers agree. */
export function formatSigned(lang: Lang, value: number | null, decimals: number): string {
  if (value === null) return MISSING_VALUE;
  const magnitude = formatNumber(lang, Math.abs(value), decimals);
  if (Number(magnitude.replace(/[^0-9.]/g, '')) === 0) return magnitude;
  return value < 0 ? `−${magnitude}` : `+${magnitude}`;
}

/** p-values: fixed decimals down to 0.001, then "< 0.001" as journals print them. */
export function formatP(lang: Lang, p: number): string {
  const decimals = STATISTIC_DECIMALS.p;
  return p < 10 ** -decimals ? `< ${formatNumber(lang, 10 ** -decimals, decimals)}` : formatNumber(lang, p, decimals);
}

/**
 * How many decimals each statistic is printed with, stated once for the whole site: every page,
 * chart label and island that prints r, ρ, a confidence bound, R², a p-value or a fitted line's
 * coefficients goes through formatStatistic. Four decimals for coefficients keep the recomputed
 * r (0.4740) distinguishable from the guidebook's printed r = 0.4731076 (p.11), which is quoted as
 * printed, not reformatted, and match what a researcher's own file gives on /your-data/. The slope
 * is per SME per agency, hence more decimals.
 */
export const STATISTIC_DECIMALS = {
  r: 4,
  rho: 4,
  ci: 4,
  rSquared: 4,
  p: 3,
  intercept: 4,
  slope: 5,
} as const;
export type Statistic = keyof typeof STATISTIC_DECIMALS;

export function formatStatistic(lang: Lang, statistic: Statistic, value: number): string {
  return statistic === 'p' ? formatP(lang, value) : formatNumber(lang, value, STATISTIC_DECIMALS[statistic]);
}
