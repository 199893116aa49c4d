import { describe, expect, it } from 'vitest';
import { field, INDICATOR_FIELDS } from '../../src/lib/derived-data.ts';
import { METRO_AREAS, metroGroupOf, REGIONAL_BLOCKS } from '../../src/lib/regions.ts';

describe('regions', () => {
  it('has the three MLIT metropolitan areas and eight regional blocks', () => {
    expect([...METRO_AREAS]).toEqual(['東京圏', '大阪圏', '名古屋圏']);
    expect([...REGIONAL_BLOCKS]).toEqual(['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄']);
  });

  it('puts a prefecture without a metropolitan area in 地方 (regional)', () => {
    expect(metroGroupOf(null)).toBe('regional');
    expect(METRO_AREAS.map(metroGroupOf)).toEqual(['metro', 'metro', 'metro']);
  });
});

describe('derived-data field names', () => {
  it('appends the suffixes to the indicator column', () => {
    expect(INDICATOR_FIELDS.map((suffix) => field('job_opening_ratio', suffix))).toEqual([
      'job_opening_ratio',
      'job_opening_ratio_rank',
      'job_opening_ratio_z',
      'job_opening_ratio_vs_national',
      'job_opening_ratio_vs_group',
      'job_opening_ratio_vs_block',
    ]);
  });
});
