/** MLIT's three metropolitan areas (p.9); every other prefecture counts as 地方. */
export const METRO_AREAS = ['東京圏', '大阪圏', '名古屋圏'] as const;
export type MetroArea = (typeof METRO_AREAS)[number];

/** The metropolitan areas' names in both languages, as the derived data's `metro_area_en` prints them. */
export const METRO_AREA_NAMES: Record<MetroArea, { ja: string; en: string }> = {
  東京圏: { ja: '東京圏', en: 'Tokyo area' },
  大阪圏: { ja: '大阪圏', en: 'Osaka area' },
  名古屋圏: { ja: '名古屋圏', en: 'Nagoya area' },
};

/** The two groups the guidebook contrasts: 三大都市圏 and 地方. */
export const METRO_GROUPS = ['metro', 'regional'] as const;
export type MetroGroup = (typeof METRO_GROUPS)[number];

export const METRO_GROUP_NAMES: Record<MetroGroup, { ja: string; en: string }> = {
  metro: { ja: '三大都市圏', en: 'Three metropolitan areas' },
  regional: { ja: '地方', en: 'Non-metropolitan' },
};

export const REGIONAL_BLOCKS = ['北海道', '東北', '関東', '中部', '近畿', '中国', '四国', '九州・沖縄'] as const;
export type RegionalBlock = (typeof REGIONAL_BLOCKS)[number];

export const REGIONAL_BLOCK_NAMES: Record<RegionalBlock, { ja: string; en: string }> = {
  北海道: { ja: '北海道', en: 'Hokkaido' },
  東北: { ja: '東北', en: 'Tohoku' },
  関東: { ja: '関東', en: 'Kanto' },
  中部: { ja: '中部', en: 'Chubu' },
  近畿: { ja: '近畿', en: 'Kinki' },
  中国: { ja: '中国', en: 'Chugoku' },
  四国: { ja: '四国', en: 'Shikoku' },
  '九州・沖縄': { ja: '九州・沖縄', en: 'Kyushu & Okinawa' },
};

export function metroGroupOf(metroArea: MetroArea | null): MetroGroup {
  return metroArea === null ? 'regional' : 'metro';
}
