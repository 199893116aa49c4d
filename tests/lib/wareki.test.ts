import { describe, expect, it } from 'vitest';
import {
  fiscalYearEn,
  formatDay,
  parseYearMonth,
  warekiFiscalYear,
  warekiFiscalYearWithWestern,
  warekiMonth,
  warekiMonthWithWestern,
  westernMonthEn,
} from '../../src/lib/wareki.ts';

describe('wareki', () => {
  it('writes the three vintages of the data the way 白書 do', () => {
    expect(warekiMonthWithWestern('2021-09')).toBe('令和3年9月（2021年9月）');
    expect(warekiMonth('2016-06')).toBe('平成28年6月');
    expect(warekiMonth('2022-03')).toBe('令和4年3月');
  });

  it('names the fiscal year of the pilot 令和3年度 and FY2021', () => {
    expect(warekiFiscalYear(2021)).toBe('令和3年度');
    expect(warekiFiscalYearWithWestern(2021)).toBe('令和3年度（2021年度）');
    expect(fiscalYearEn(2021)).toBe('FY2021');
  });

  it('takes the era in force on 1 April for a fiscal year, and writes a first year as 元年', () => {
    expect(warekiFiscalYear(2019)).toBe('平成31年度');
    expect(warekiMonth('2019-05')).toBe('令和元年5月');
    expect(warekiMonth('2019-04')).toBe('平成31年4月');
  });

  it('gives English months and full days in both languages', () => {
    expect(westernMonthEn('2021-09')).toBe('September 2021');
    expect(formatDay('ja', '2026-11-29')).toBe('令和8年11月29日（2026年11月29日）');
    expect(formatDay('en', '2026-11-29')).toBe('29 November 2026');
  });

  it('refuses what is not a month', () => {
    expect(() => parseYearMonth('2021/09')).toThrow('expected a date like 2021-09, found "2021/09"');
    expect(() => parseYearMonth('2021-13')).toThrow('expected a month 01–12, found "2021-13"');
  });
});
