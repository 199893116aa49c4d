/** The one-sentence profile summary: exact sentences for the top, the bottom, the middle and a missing value. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/strings.ts';
import type { IndicatorSummary, PrefectureRecord, Summary } from '../../src/lib/derived-data.ts';
import {
  HIGH_READINGS,
  indicatorFigures,
  ordinal,
  profileSummary,
  signedWithUnit,
  type IndicatorFigure,
} from '../../src/lib/profile-summary.ts';
import { ROOT } from '../support/paths.ts';

const prefectures = JSON.parse(readFileSync(join(ROOT, 'public/data/prefectures.json'), 'utf8')) as PrefectureRecord[];
const summary = JSON.parse(readFileSync(join(ROOT, 'public/data/summary.json'), 'utf8')) as Summary;
// The profile's order: the scatter's y (job-opening ratio), then its x (SMEs per agency).
const indicators = [summary.y, summary.x].map((id) => summary.indicators.find((i) => i.id === id)!) as IndicatorSummary[];

function sentence(slug: string, lang: 'ja' | 'en'): string {
  const p = prefectures.find((q) => q.slug === slug)!;
  return profileSummary(lang, strings(lang), lang === 'ja' ? p.name_ja : p.name_en, indicatorFigures(p, indicators, prefectures));
}

describe('profileSummary on the seed data', () => {
  it('Akita (9th and 3rd, both above the national figure)', () => {
    expect(sentence('akita', 'ja')).toBe(
      '秋田県は、管理的職業の有効求人倍率が3.17倍（1を超えるほど人材が不足している）で47都道府県中9位（高い順）、全国との差は+1.74倍、1有料職業紹介事業者あたりの中小企業数が429.8社（多いほど民間の人材紹介が手薄）で47都道府県中3位（高い順）、全国との差は+306.4社です。',
    );
    expect(sentence('akita', 'en')).toBe(
      'Akita: Managerial job-opening ratio 3.17 openings per applicant (above 1 means more openings than applicants), 9th of 47 (highest first), 1.74 openings per applicant above the national figure; SMEs per fee-charging placement agency 429.8 SMEs per agency (higher means a thinner private placement market), 3rd of 47 (highest first), 306.4 SMEs per agency above the national figure.',
    );
  });

  it('Aomori, first on both', () => {
    expect(sentence('aomori', 'ja')).toBe(
      '青森県は、管理的職業の有効求人倍率が4.71倍（1を超えるほど人材が不足している）で47都道府県中1位（高い順）、全国との差は+3.28倍、1有料職業紹介事業者あたりの中小企業数が437.6社（多いほど民間の人材紹介が手薄）で47都道府県中1位（高い順）、全国との差は+314.2社です。',
    );
    expect(sentence('aomori', 'en')).toContain(
      '4.71 openings per applicant (above 1 means more openings than applicants), 1st of 47 (highest first)',
    );
  });

  it('Kanagawa, last on the ratio and below 1: no reading of a shortage', () => {
    expect(sentence('kanagawa', 'ja')).toBe(
      '神奈川県は、管理的職業の有効求人倍率が0.37倍で47都道府県中47位（高い順）、全国との差は−1.06倍、1有料職業紹介事業者あたりの中小企業数が125.1社（多いほど民間の人材紹介が手薄）で47都道府県中43位（高い順）、全国との差は+1.7社です。',
    );
    expect(sentence('kanagawa', 'en')).toBe(
      'Kanagawa: Managerial job-opening ratio 0.37 openings per applicant, 47th of 47 (highest first), 1.06 openings per applicant below the national figure; SMEs per fee-charging placement agency 125.1 SMEs per agency (higher means a thinner private placement market), 43rd of 47 (highest first), 1.7 SMEs per agency above the national figure.',
    );
  });

  it('Tokyo, last on SMEs per agency and below the national figure: no reading of a thin market', () => {
    expect(sentence('tokyo', 'ja')).toBe(
      '東京都は、管理的職業の有効求人倍率が1.07倍（1を超えるほど人材が不足している）で47都道府県中38位（高い順）、全国との差は−0.36倍、1有料職業紹介事業者あたりの中小企業数が43.9社で47都道府県中47位（高い順）、全国との差は−79.5社です。',
    );
    expect(sentence('tokyo', 'en')).toContain(
      '43.9 SMEs per agency, 47th of 47 (highest first), 79.5 SMEs per agency below the national figure.',
    );
  });

  it('Gunma, in the middle (32nd and 37th)', () => {
    expect(sentence('gunma', 'en')).toBe(
      'Gunma: Managerial job-opening ratio 1.42 openings per applicant (above 1 means more openings than applicants), 32nd of 47 (highest first), 0.01 openings per applicant below the national figure; SMEs per fee-charging placement agency 157.9 SMEs per agency (higher means a thinner private placement market), 37th of 47 (highest first), 34.5 SMEs per agency above the national figure.',
    );
  });
});

describe('profileSummary over any list of indicators', () => {
  const ratio: IndicatorFigure = {
    id: 'jobOpeningRatio',
    title: { ja: '管理的職業の有効求人倍率', en: 'Managerial job-opening ratio' },
    unit: { ja: '倍', en: 'openings per applicant' },
    decimals: 2,
    value: 0.9,
    rank: 40,
    ranked: 46,
    vsNational: -0.53,
  };
  const unlisted: IndicatorFigure = {
    id: 'thirdIndicator',
    title: { ja: '第三の指標', en: 'A third indicator' },
    unit: { ja: '人', en: 'people' },
    decimals: 1,
    value: 12.25,
    rank: 2,
    ranked: 46,
    vsNational: 0,
  };

  it('says a value is missing instead of ranking it, and counts only the ranked prefectures', () => {
    const missing = { ...ratio, value: null, rank: null, vsNational: null };
    expect(profileSummary('ja', strings('ja'), '架空県', [missing, unlisted])).toBe(
      '架空県は、管理的職業の有効求人倍率のデータがなく、第三の指標が12.3人で46都道府県中2位（高い順）、全国との差は0.0人です。',
    );
    expect(profileSummary('en', strings('en'), 'Nowhere', [unlisted, missing])).toBe(
      'Nowhere: A third indicator 12.3 people, 2nd of 46 (highest first), the same as the national figure; Managerial job-opening ratio: no figure.',
    );
  });

  it('gives an indicator that is not in HIGH_READINGS its figures and no judgement', () => {
    expect(profileSummary('ja', strings('ja'), '架空県', [{ ...unlisted, vsNational: 3 }])).toBe(
      '架空県は、第三の指標が12.3人で46都道府県中2位（高い順）、全国との差は+3.0人です。',
    );
  });
});

describe('the pieces', () => {
  it('English ordinals, 11th–13th included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 47].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '47th',
    ]);
  });

  it('differences on the value cards carry the unit; a missing one is a dash', () => {
    const unit = { ja: '社', en: 'SMEs per agency' };
    expect(signedWithUnit('ja', 306.4, 1, unit)).toBe('+306.4社');
    expect(signedWithUnit('en', -79.5, 1, unit)).toBe('−79.5 SMEs per agency');
    expect(signedWithUnit('en', null, 1, unit)).toBe('–');
  });

  it('every reading of a high value is the indicator’s own definition in data/indicators.csv', () => {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(ROOT, 'data/indicators.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(Object.keys(HIGH_READINGS).sort()).toEqual(['jobOpeningRatio', 'smesPerAgency']);
    for (const [id, reading] of Object.entries(HIGH_READINGS)) {
      const row = rows.find((r) => r.id === id);
      expect(row, id).toBeDefined();
      expect(row!.definition_ja, id).toContain(reading.text.ja);
      expect(row!.definition_en.toLowerCase(), id).toContain(reading.text.en);
    }
  });
});
