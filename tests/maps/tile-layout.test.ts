/** The tile-grid layout: 47 distinct tiles, neighbours adjacent, Okinawa bottom-left. */
import { describe, expect, it } from 'vitest';
import {
  narrowNameJa,
  shortNameJa,
  TILE_ABBREVIATIONS_EN,
  TILE_COLUMNS,
  TILE_LAYOUT,
  TILE_ROWS,
  tilesTouch,
} from '../../src/charts/tile-layout.ts';

const codes = Array.from({ length: 47 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('TILE_LAYOUT', () => {
  it('places every JIS code once, on distinct cells of a 13 × 11 grid', () => {
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual(codes);
    const cells = new Set(Object.values(TILE_LAYOUT).map(([c, r]) => `${c},${r}`));
    expect(cells.size).toBe(47);
    expect([TILE_COLUMNS, TILE_ROWS]).toEqual([13, 11]);
  });

  it('keeps land neighbours touching (side or corner)', () => {
    const pairs: [string, string, string][] = [
      ['13', '11', '東京–埼玉'],
      ['13', '14', '東京–神奈川'],
      ['13', '12', '東京–千葉'],
      ['11', '10', '埼玉–群馬'],
      ['27', '26', '大阪–京都'],
      ['27', '28', '大阪–兵庫'],
      ['27', '29', '大阪–奈良'],
      ['27', '30', '大阪–和歌山'],
      ['23', '21', '愛知–岐阜'],
      ['23', '22', '愛知–静岡'],
      ['23', '24', '愛知–三重'],
      ['02', '03', '青森–岩手'],
      ['02', '05', '青森–秋田'],
      ['07', '15', '福島–新潟'],
      ['40', '41', '福岡–佐賀'],
      ['40', '44', '福岡–大分'],
      ['43', '46', '熊本–鹿児島'],
      ['45', '46', '宮崎–鹿児島'],
      ['34', '35', '広島–山口'],
      ['31', '32', '鳥取–島根'],
      ['37', '36', '香川–徳島'],
      ['38', '39', '愛媛–高知'],
      ['20', '19', '長野–山梨'],
      ['17', '16', '石川–富山'],
    ];
    for (const [a, b, name] of pairs) expect(tilesTouch(a, b), name).toBe(true);
  });

  it('keeps far-apart prefectures apart', () => {
    expect(tilesTouch('01', '47')).toBe(false);
    expect(tilesTouch('13', '27')).toBe(false);
  });

  it('puts Hokkaido top-right and Okinawa in the bottom-left corner', () => {
    expect(TILE_LAYOUT['01']).toEqual([11, 0]);
    expect(TILE_LAYOUT['47']).toEqual([0, TILE_ROWS - 1]);
  });
});

describe('tile labels', () => {
  it('drops 都府県 but keeps 北海道', () => {
    expect(['北海道', '東京都', '大阪府', '京都府', '青森県', '神奈川県'].map(shortNameJa)).toEqual([
      '北海道',
      '東京',
      '大阪',
      '京都',
      '青森',
      '神奈川',
    ]);
  });

  it('fits the narrow Japanese tiles with two characters each, all distinct', () => {
    expect(['北海道', '神奈川県', '和歌山県', '鹿児島県', '東京都'].map(narrowNameJa)).toEqual(['北海', '神奈', '和歌', '鹿児', '東京']);
  });

  it('has 47 distinct three-letter English abbreviations', () => {
    const values = Object.values(TILE_ABBREVIATIONS_EN);
    expect(new Set(values).size).toBe(47);
    for (const v of values) expect(v).toMatch(/^[A-Z]{3}$/);
    expect(TILE_ABBREVIATIONS_EN['13']).toBe('TKY');
  });
});
