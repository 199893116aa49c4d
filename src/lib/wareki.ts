/**
 * Japanese-calendar dates (和暦) as Japanese policy documents write them: 令和3年9月, 令和3年度.
 * The era and its year come from Intl with the Japanese calendar (ICU's era table), so a new era
 * needs no code change here. Dates are read as UTC so that the build machine's zone cannot move a
 * month boundary.
 */
import type { Lang } from '../config.ts';

/** A month like 2021-09 (or a day like 2021-09-30) to its parts; throws on anything else. */
export function parseYearMonth(date: string): { year: number; month: number } {
  const match = date.match(/^(\d{4})-(\d{2})(?:-\d{2})?$/);
  if (!match) throw new RangeError(`expected a date like 2021-09, found "${date}"`);
  const [year, month] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12) throw new RangeError(`expected a month 01–12, found "${date}"`);
  return { year, month };
}

const eraMonth = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: 'UTC' });
const eraYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

/** 2021-09 → 令和3年9月; 2019-05 → 令和元年5月 (ICU writes the first year of an era as 元年). */
export function warekiMonth(date: string): string {
  const { year, month } = parseYearMonth(date);
  return eraMonth.format(utc(year, month));
}

/**
 * The Japanese fiscal year that starts in April of `year`: 2021 → 令和3年度. The era is the one
 * in force on 1 April, which is how fiscal years are named (平成31年度 began in April 2019, a
 * month before 令和 did, and kept its name).
 */
export function warekiFiscalYear(year: number): string {
  return `${eraYear.format(utc(year, 4))}度`;
}

/** 令和3年9月（2021年9月）: the form for a first mention on a page and for notes that are copied alone. */
export function warekiMonthWithWestern(date: string): string {
  const { year, month } = parseYearMonth(date);
  return `${warekiMonth(date)}（${year}年${month}月）`;
}

/** 令和3年度（2021年度） */
export function warekiFiscalYearWithWestern(year: number): string {
  return `${warekiFiscalYear(year)}（${year}年度）`;
}

/** The English forms: September 2021, FY2021. */
export function westernMonthEn(date: string): string {
  const { year, month } = parseYearMonth(date);
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(year, month));
}

export function fiscalYearEn(year: number): string {
  return `FY${year}`;
}

/** 2026-11-29 → 令和8年11月29日（2026年11月29日） / 29 November 2026. */
export function formatDay(lang: Lang, date: string): string {
  const match = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!match) throw new RangeError(`expected a date like 2026-11-29, found "${date}"`);
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (lang === 'en')
    return new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(day);
  const era = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(day);
  return `${era}（${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日）`;
}
