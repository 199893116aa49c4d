/** The prefecture quick-jump: kanji, kana, katakana and romaji all reach the same prefecture. */
import { describe, expect, it } from 'vitest';
import { matchNames, normalise, type NameEntry } from '../../src/lib/name-search.ts';

const entries: NameEntry[] = [
  { label: '東京都', href: '/prefectures/tokyo/', keys: ['東京都', 'とうきょうと', 'Tokyo', 'tokyo'] },
  { label: '京都府', href: '/prefectures/kyoto/', keys: ['京都府', 'きょうとふ', 'Kyoto', 'kyoto'] },
  { label: '大阪府', href: '/prefectures/osaka/', keys: ['大阪府', 'おおさかふ', 'Osaka', 'osaka'] },
  { label: '大分県', href: '/prefectures/oita/', keys: ['大分県', 'おおいたけん', 'Oita', 'oita'] },
  { label: 'プロ人材拠点', href: '/networks/', keys: ['プロ人材拠点', 'プロフェッショナル人材戦略拠点'] },
];

describe('normalise', () => {
  it('folds katakana, full-width letters, macrons and romaji long vowels', () => {
    expect(normalise('オオサカ')).toBe('おおさか');
    expect(normalise('ｵｵｻｶ')).toBe('おおさか');
    expect(normalise('Ōsaka')).toBe('osaka');
    expect(normalise('ＯＳＡＫＡ')).toBe('osaka');
    expect(normalise('Oosaka')).toBe('osaka');
    expect(normalise('Tōkyō')).toBe('tokyo');
    expect(normalise('Toukyou')).toBe('tokyo');
    // Dakuten survive the folding of Latin marks.
    expect(normalise('ギフ')).toBe('ぎふ');
  });
});

describe('matchNames', () => {
  it.each(['大阪', 'おおさか', 'オオサカ', 'osaka', 'Ōsaka', 'OSAKA', 'oosaka'])('finds Osaka from %s', (q) => {
    expect(matchNames(q, entries).map((e) => e.label)).toEqual(['大阪府']);
  });

  it('lists every prefecture a prefix fits, in table order', () => {
    expect(matchNames('大', entries).map((e) => e.label)).toEqual(['大阪府', '大分県']);
    expect(matchNames('おお', entries).map((e) => e.label)).toEqual(['大阪府', '大分県']);
  });

  it('puts an exact match before prefix matches', () => {
    expect(matchNames('kyoto', entries).map((e) => e.label)).toEqual(['京都府']);
    expect(matchNames('とうきょう', entries).map((e) => e.label)).toEqual(['東京都']);
  });

  it('finds a guidebook term by its katakana or its full name', () => {
    expect(matchNames('ぷろじんざい', entries)).toEqual([]);
    expect(matchNames('プロ人材', entries).map((e) => e.href)).toEqual(['/networks/']);
  });

  it('ignores one romaji letter and empty input', () => {
    expect(matchNames('o', entries)).toEqual([]);
    expect(matchNames('  ', entries)).toEqual([]);
  });
});
