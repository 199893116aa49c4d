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
  return p < 0.001 ? `< ${formatNumber(lang, 0.001, 3)}` : formatNumber(lang, p, 3);
}
