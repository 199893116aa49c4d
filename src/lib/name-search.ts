/**
 * The prefecture quick-jump: matches what a reader types, in kanji, hiragana, katakana or romaji
 * (大阪, おおさか, オオサカ, osaka, Ōsaka, oosaka), against each prefecture's name, its reading
 * (data/raw/prefectures.csv, column kana) and its English name, and the guidebook's terms against
 * their own keys. Pure functions; the table comes from /search-names.json (src/pages/).
 */
export interface NameEntry {
  /** Shown in the result list. */
  label: string;
  href: string;
  /** Every form that should find it, in any script. */
  keys: string[];
}

const LATIN_MARKS = /[\u0300-\u036f]/g;

/** One form for comparison: NFKC, lower case, katakana as hiragana, no macrons, no spaces. */
export function normalise(text: string): string {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .normalize('NFC')
    .replace(/[\u30a1-\u30f6]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/[\s・･\-‐]/g, '');
  // Romaji long vowels are written many ways (Ōsaka, Oosaka, Ohsaka, Tōkyō, Toukyou): fold them.
  return /^[a-z0-9]+$/.test(folded) ? folded.replace(/ou|oo|oh(?![aeiou])/g, 'o').replace(/uu/g, 'u') : folded;
}

/**
 * Entries whose keys start with the query (exact matches first, then in table order). Romaji
 * needs two letters, kana and kanji one character, so "o" alone lists nothing.
 */
export function matchNames(query: string, entries: readonly NameEntry[], limit = 8): NameEntry[] {
  const q = normalise(query);
  if (q === '' || (/^[a-z0-9]+$/.test(q) && q.length < 2)) return [];
  const scored: { entry: NameEntry; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const keys = entry.keys.map(normalise);
    const score = keys.some((k) => k === q) ? 0 : keys.some((k) => k.startsWith(q)) ? 1 : -1;
    if (score >= 0) scored.push({ entry, score, order });
  });
  return scored
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.entry);
}
