/**
 * Prefectures as researchers' files write them: full names (東京都) or short ones (東京), JIS codes
 * (13, 1, 01, 01000, "01_北海道"), romaji with or without macrons and suffixes (Tokyo, Tōkyō,
 * TOKYO, Osaka-fu, Hyougo). Rows that stand for more than one prefecture (全国, 三大都市圏, 地方,
 * 東京圏, 関東, …) are recognised as aggregates so that they can be left out of a prefecture
 * analysis and listed. Pure functions; the list of prefectures comes from the site's own data.
 */
export interface PrefectureName {
  code: string;
  name_ja: string;
  name_en: string;
}

export type LabelMatch = { kind: 'prefecture'; code: string } | { kind: 'aggregate' } | { kind: 'unknown' };

/** Names of rows that stand for a group of prefectures (whole cell, after normalising). */
const AGGREGATE =
  /^(全国(計|合計|平均)?|全国値|合計|総計|計|総数|三大都市圏|大都市圏|地方圏?|東京圏|名古屋圏|大阪圏|関西圏|中京圏|首都圏|北海道・東北|東北|北関東|南関東|関東|甲信越|北陸|東海|中部|近畿|関西|中国|四国|中国・四国|九州|九州・沖縄|.+(地方|圏|ブロック)|national|nationwide|japan|alljapan|total|wholecountry)$/;

/**
 * A cheap first look, for files whose labels are not prefectures (500,000 municipalities, say):
 * only a label with one of these characters or words can be an aggregate, so only those are matched.
 */
const AGGREGATE_HINT = /[全計総圏方東関甲北中近四九信陸海畿ロ]|national|japan|total|country|^0+$/i;

export function mightBeAggregate(label: string): boolean {
  return label.length <= 40 && AGGREGATE_HINT.test(label);
}

/** Japanese names: whitespace (e-Stat pads 東 京 都) and NFKC width differences removed. */
const normaliseJa = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Romaji: macrons and case dropped, long vowels as one letter, separators removed. */
function normaliseRomaji(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s*(prefecture|pref\.?|metropolis)$/, '')
    .replace(/[-\s](ken|fu|to|do)$/, '')
    .replace(/[^a-z]/g, '')
    .replace(/ou/g, 'o')
    .replace(/oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/mm/g, 'nm'); // Gumma → gunma
}

export interface PrefectureMatcher {
  match(cell: string): LabelMatch;
}

export function prefectureMatcher(prefectures: readonly PrefectureName[]): PrefectureMatcher {
  const byKey = new Map<string, string>();
  const byNumber = new Map<number, string>();
  for (const p of prefectures) {
    const full = normaliseJa(p.name_ja);
    byKey.set(full, p.code);
    if (full !== '北海道') byKey.set(full.replace(/[都府県]$/, ''), p.code);
    byKey.set(`en:${normaliseRomaji(p.name_en)}`, p.code);
    byNumber.set(Number(p.code), p.code);
  }
  const byName = (s: string): string | undefined =>
    byKey.get(normaliseJa(s)) ?? (/[a-zA-Z]/.test(s) ? byKey.get(`en:${normaliseRomaji(s)}`) : undefined);

  function byCode(digits: string): LabelMatch | undefined {
    // 1–2 digits: a JIS prefecture code; 5 digits ending 000: e-Stat's area code for a prefecture.
    let n: number | undefined;
    if (/^\d{1,2}$/.test(digits)) n = Number(digits);
    else if (/^\d{2}000$/.test(digits)) n = Number(digits.slice(0, 2));
    if (n === undefined) return undefined;
    if (n === 0) return { kind: 'aggregate' };
    const code = byNumber.get(n);
    return code ? { kind: 'prefecture', code } : undefined;
  }

  return {
    match(cell: string): LabelMatch {
      const s = cell.normalize('NFKC').trim();
      if (s === '') return { kind: 'unknown' };
      if (AGGREGATE.test(normaliseJa(s)) || AGGREGATE.test(s.toLowerCase().replace(/[^a-z]/g, '') || '-')) {
        if (!byName(s)) return { kind: 'aggregate' };
      }
      const name = byName(s);
      if (name) return { kind: 'prefecture', code: name };
      // "01_北海道", "01 北海道", "01000 北海道", "北海道(01)": the name decides when there is one.
      const lead = /^(\d{1,5})(?:[\s_:：.-]*(\D.*))?$/.exec(s);
      const trail = lead ? null : /^(\D.*?)[\s(（]*(\d{1,5})[)）]?$/.exec(s);
      const [digits, rest] = lead ? [lead[1]!, lead[2] ?? ''] : trail ? [trail[2]!, trail[1]!] : ['', ''];
      if (digits !== '') {
        if (rest.trim() !== '') {
          const named = byName(rest.trim());
          if (named) return { kind: 'prefecture', code: named };
          if (AGGREGATE.test(normaliseJa(rest))) return { kind: 'aggregate' };
          return { kind: 'unknown' };
        }
        const fromCode = byCode(digits);
        if (fromCode) return fromCode;
      }
      return { kind: 'unknown' };
    },
  };
}

/** How a column's cells match: the share that name a prefecture decides whether it is one. */
export interface ColumnMatch {
  prefectures: number;
  aggregates: number;
  unknown: number;
}

export function matchColumn(matcher: PrefectureMatcher, cells: readonly string[]): ColumnMatch {
  const counts = { prefectures: 0, aggregates: 0, unknown: 0 };
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const m = matcher.match(cell);
    if (m.kind === 'prefecture') counts.prefectures++;
    else if (m.kind === 'aggregate') counts.aggregates++;
    else counts.unknown++;
  }
  return counts;
}

/** A column of prefectures: at least four of them, and at least 80 % of the cells that are not aggregates. */
export function isPrefectureColumn(m: ColumnMatch): boolean {
  return m.prefectures >= 4 && m.prefectures >= 0.8 * (m.prefectures + m.unknown);
}
