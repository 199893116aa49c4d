/**
 * The tile-grid layout of Japan: each prefecture one equal square at [col, row] (row 0 at the
 * top), placed roughly where it lies so that neighbours stay side by side or corner to corner.
 * Tohoku runs down the right edge under Hokkaido; Hokuriku, Koshin'etsu and Kanto form two rows
 * that end in Chiba; Kinki and Chugoku step west; Shikoku sits under Chugoku with Wakayama across
 * the Kii channel; Kyushu fills the bottom-left corner and Okinawa sits apart in the very corner,
 * where atlases put its inset. Used by the map page and, with one tile highlighted, by profiles.
 */
export const TILE_LAYOUT: Readonly<Record<string, readonly [number, number]>> = {
  '01': [11, 0], // 北海道
  '02': [11, 1], // 青森
  '05': [10, 2], // 秋田
  '03': [11, 2], // 岩手
  '06': [10, 3], // 山形
  '04': [11, 3], // 宮城
  '17': [8, 4], // 石川
  '16': [9, 4], // 富山
  '15': [10, 4], // 新潟
  '07': [11, 4], // 福島
  '18': [7, 5], // 福井
  '21': [8, 5], // 岐阜
  '20': [9, 5], // 長野
  '10': [10, 5], // 群馬
  '09': [11, 5], // 栃木
  '08': [12, 5], // 茨城
  '32': [3, 6], // 島根
  '31': [4, 6], // 鳥取
  '28': [5, 6], // 兵庫
  '26': [6, 6], // 京都
  '25': [7, 6], // 滋賀
  '23': [8, 6], // 愛知
  '19': [9, 6], // 山梨
  '11': [10, 6], // 埼玉
  '13': [11, 6], // 東京
  '12': [12, 6], // 千葉
  '35': [2, 7], // 山口
  '34': [3, 7], // 広島
  '33': [4, 7], // 岡山
  '27': [5, 7], // 大阪
  '29': [6, 7], // 奈良
  '24': [7, 7], // 三重
  '22': [9, 7], // 静岡
  '14': [10, 7], // 神奈川
  '42': [0, 8], // 長崎
  '41': [1, 8], // 佐賀
  '40': [2, 8], // 福岡
  '38': [3, 8], // 愛媛
  '37': [4, 8], // 香川
  '36': [5, 8], // 徳島
  '30': [6, 8], // 和歌山
  '43': [1, 9], // 熊本
  '44': [2, 9], // 大分
  '39': [4, 9], // 高知
  '46': [1, 10], // 鹿児島
  '45': [2, 10], // 宮崎
  '47': [0, 10], // 沖縄
};

export const TILE_COLUMNS = Math.max(...Object.values(TILE_LAYOUT).map(([c]) => c)) + 1;
export const TILE_ROWS = Math.max(...Object.values(TILE_LAYOUT).map(([, r]) => r)) + 1;

/** Two tiles touch when they share a side or a corner. */
export function tilesTouch(a: string, b: string): boolean {
  const [ca, ra] = TILE_LAYOUT[a];
  const [cb, rb] = TILE_LAYOUT[b];
  return Math.max(Math.abs(ca - cb), Math.abs(ra - rb)) === 1;
}

/**
 * Three-letter labels for English tiles on small screens, where full romaji names do not fit
 * (the Japanese tiles drop 都/府/県 instead). Letters follow the romaji consonants, as Japanese
 * sports and weather graphics abbreviate prefectures.
 */
export const TILE_ABBREVIATIONS_EN: Readonly<Record<string, string>> = {
  '01': 'HKD',
  '02': 'AOM',
  '03': 'IWT',
  '04': 'MYG',
  '05': 'AKT',
  '06': 'YGT',
  '07': 'FKS',
  '08': 'IBR',
  '09': 'TCG',
  '10': 'GNM',
  '11': 'STM',
  '12': 'CHB',
  '13': 'TKY',
  '14': 'KNG',
  '15': 'NGT',
  '16': 'TYM',
  '17': 'ISK',
  '18': 'FKI',
  '19': 'YMN',
  '20': 'NGN',
  '21': 'GIF',
  '22': 'SZO',
  '23': 'AIC',
  '24': 'MIE',
  '25': 'SHG',
  '26': 'KYT',
  '27': 'OSK',
  '28': 'HYG',
  '29': 'NAR',
  '30': 'WKY',
  '31': 'TTR',
  '32': 'SMN',
  '33': 'OKY',
  '34': 'HRS',
  '35': 'YMG',
  '36': 'TKS',
  '37': 'KGW',
  '38': 'EHM',
  '39': 'KOC',
  '40': 'FKO',
  '41': 'SAG',
  '42': 'NGS',
  '43': 'KMM',
  '44': 'OIT',
  '45': 'MYZ',
  '46': 'KGS',
  '47': 'OKN',
};

/** A Japanese tile label: the name without 都, 府 or 県 (北海道 keeps its 道, as everyone writes it). */
export function shortNameJa(nameJa: string): string {
  return nameJa === '北海道' ? nameJa : nameJa.replace(/[都府県]$/, '');
}

/**
 * Japanese labels for the narrow tiles, which fit two characters: the four three-character names
 * take the two-character forms used in Japanese sports and weather graphics.
 */
const NARROW_JA: Readonly<Record<string, string>> = { 北海道: '北海', 神奈川: '神奈', 和歌山: '和歌', 鹿児島: '鹿児' };

export function narrowNameJa(nameJa: string): string {
  const short = shortNameJa(nameJa);
  return NARROW_JA[short] ?? short;
}
