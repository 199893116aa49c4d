/** The suggestion engine on the seed data, and on a copy of the rules with one threshold moved. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/config.ts';
import type { Reason } from '../../src/lib/suggest-network.ts';
import { describeReason as describe_ } from '../../src/lib/describe-suggestion.ts';
import { strings } from '../../src/i18n/strings.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { pairingOf, roleSplitFor, suggestNetwork, type NetworkRules } from '../../src/lib/suggest-network.ts';
import type { SuggestionsFile } from '../../src/lib/suggestions-file.ts';
import { readNetworkRules } from '../../scripts/lib/ingest-rules.ts';
import { ROOT } from '../support/paths.ts';

function buildInto(dataDir: string): { suggestions: SuggestionsFile; networks: NetworkData } {
  const out = mkdtempSync(join(tmpdir(), 'atlas-suggest-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-data.ts'), '--data', dataDir, '--out', out], { stdio: 'pipe' });
  return {
    suggestions: JSON.parse(readFileSync(join(out, 'suggestions.json'), 'utf8')),
    networks: JSON.parse(readFileSync(join(out, 'networks.json'), 'utf8')),
  };
}

const describeReason = (reason: Reason, lang: Lang) => describe_(reason, lang, strings(lang).suggestion);

const seed = buildInto(join(ROOT, 'data'));
const bySlug = (file: SuggestionsFile, slug: string) => file.prefectures.find((p) => p.slug === slug)!;

describe('suggestions for the seed data', () => {
  it('reads the four thresholds from data/network_rules.csv', () => {
    expect(readNetworkRules(join(ROOT, 'data/network_rules.csv')).rules).toEqual({
      thinMarketAbove: 1,
      strongShortageAbove: 1,
      nearBoundaryWithin: 0.15,
      prefectureWideFromSmes: 45000,
    });
  });

  it('makes 青森県 public-led, paired with private partners, because its market is thin and its shortage strong', () => {
    const aomori = bySlug(seed.suggestions, 'aomori');
    expect(aomori).toMatchObject({ lead: 'public', participants: 'private', pairing: 2, coverage: 'prefecture', alternativePairing: null });
    expect(aomori.reasons.map((r) => r.kind)).toEqual(['thinMarket', 'strongShortage', 'coverageFollowsLead']);
    // 437.6 / 123.4 = 3.5462
    expect(aomori.reasons[0]).toMatchObject({ value: 437.6, national: 123.4 });
    expect((aomori.reasons[0] as { ratio: number }).ratio).toBeCloseTo(437.6 / 123.4, 10);
    expect(describeReason(aomori.reasons[0], 'ja')).toBe(
      '紹介事業者1社あたりの中小企業数は437.6社で、全国値（123.4社）の3.55倍です。民間の人材紹介が事業として成り立ちにくいため、中立的な立場で多くの機関を巻き込める公主導が向いています。',
    );
  });

  it('makes 東京都 private-led and says it has no プロ人材拠点', () => {
    const tokyo = bySlug(seed.suggestions, 'tokyo');
    expect(tokyo).toMatchObject({ lead: 'private', participants: 'private', pairing: 4, coverage: 'municipal' });
    expect(tokyo.reasons.map((r) => r.kind)).toContain('noProJinzaiKyoten');
    const words = tokyo.reasons.map((r) => describeReason(r, 'ja')).join('');
    expect(words).toContain('プロフェッショナル人材戦略拠点がありません');
    expect(tokyo.reasons.map((r) => describeReason(r, 'en')).join(' ')).toContain('no Professional Talent Strategy Hub');
  });

  it('says the same for 沖縄県 and does not lean on a hub in its role split', () => {
    const okinawa = bySlug(seed.suggestions, 'okinawa');
    expect(okinawa).toMatchObject({ lead: 'public', pairing: 1 });
    expect(okinawa.reasons.map((r) => r.kind)).toContain('noProJinzaiKyoten');
    const ids = okinawa.roleSplit.flatMap((row) => row.organisations.map((o) => o.id));
    expect(ids).not.toContain('pro_jinzai_kyoten');
    // STEP1–5 of ① were the hub's in both examples; each goes to a public type that covers the STEP.
    const step3 = okinawa.roleSplit.find((row) => row.step === 3)!.organisations;
    expect(step3).toEqual([{ id: 'gaikaku_dantai', role: 'lead', substitutesFor: 'pro_jinzai_kyoten' }]);
  });

  it('keeps the hub in the role split where one exists (北海道, ①)', () => {
    const hokkaido = bySlug(seed.suggestions, 'hokkaido');
    expect(hokkaido.pairing).toBe(1);
    expect(hokkaido.roleSplit.find((row) => row.step === 3)!.organisations).toEqual([{ id: 'pro_jinzai_kyoten', role: 'lead' }]);
  });

  it('counts leads and pairings across the 47: four private-led (東京, 愛知, 大阪, 福岡)', () => {
    const privateLed = seed.suggestions.prefectures.filter((p) => p.lead === 'private').map((p) => p.slug);
    expect(privateLed).toEqual(['tokyo', 'aichi', 'osaka', 'fukuoka']);
    const counts = [1, 2, 3, 4].map((k) => seed.suggestions.prefectures.filter((p) => p.pairing === k).length);
    expect(counts).toEqual([15, 28, 3, 1]);
  });

  it('tells 神奈川県 (125.1 vs 123.4) that private-led is nearly as fitting', () => {
    const kanagawa = bySlug(seed.suggestions, 'kanagawa');
    expect(kanagawa).toMatchObject({ lead: 'public', pairing: 1, nearBoundary: { lead: true, pairing: false }, alternativePairing: 4 });
    expect(describeReason(kanagawa.reasons[2], 'en')).toBe('The market’s depth is close to the threshold, so a private-led network is nearly as fitting.');
  });

  it('lists cases of the same pairing first', () => {
    expect(bySlug(seed.suggestions, 'aomori').caseIds[0]).toBe('network_osaka_spring_board');
    expect(bySlug(seed.suggestions, 'tokyo').caseIds[0]).toBe('network_nanao_machizukuri_shinkin');
  });

  it('lists every prefecture with at least one neighbour, symmetric, 沖縄 across the sea from 鹿児島', () => {
    expect(bySlug(seed.suggestions, 'okinawa').neighbours).toEqual([{ code: '46', link: 'sea' }]);
    expect(bySlug(seed.suggestions, 'tokyo').neighbours.map((n) => n.code)).toEqual(['11', '12', '14', '19']);
  });
});

describe('changing a threshold in the data file', () => {
  it('turns 神奈川県 private-led when the thin-market threshold rises from 1.0 to 1.02', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-rules-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const rulesFile = join(dir, 'network_rules.csv');
    writeFileSync(rulesFile, readFileSync(rulesFile, 'utf8').replace('thin_market_above,1.0,', 'thin_market_above,1.02,'));
    const moved = buildInto(dir);
    expect(bySlug(moved.suggestions, 'kanagawa')).toMatchObject({ lead: 'private', pairing: 4 });
    // Prefectures far from the threshold do not move.
    expect(bySlug(moved.suggestions, 'aomori').pairing).toBe(2);
    expect(bySlug(moved.suggestions, 'tokyo').pairing).toBe(4);
  });
});

describe('suggestNetwork with a known SME count (a planner’s area)', () => {
  const rules: NetworkRules = { thinMarketAbove: 1, strongShortageAbove: 1, nearBoundaryWithin: 0.15, prefectureWideFromSmes: 45000 };
  const facts = {
    smesPerAgency: 300,
    jobOpeningRatio: 1,
    national: { smesPerAgency: 123.4, jobOpeningRatio: 1.43 },
    hasProJinzaiKyoten: true,
    prefectureCodes: ['17'],
  };

  it('suggests municipal coverage below 45,000 SMEs and prefecture-wide at or above it', () => {
    expect(suggestNetwork({ ...facts, smeCount: 44999 }, rules, seed.networks).coverage).toBe('municipal');
    expect(suggestNetwork({ ...facts, smeCount: 45000 }, rules, seed.networks).coverage).toBe('prefecture');
  });

  it('maps lead × participants to the four pairings', () => {
    expect([pairingOf('public', 'public'), pairingOf('public', 'private'), pairingOf('private', 'public'), pairingOf('private', 'private')]).toEqual([1, 2, 3, 4]);
  });

  it('builds a role split with one row per STEP, 0 to 5', () => {
    expect(roleSplitFor(seed.networks, 3, true).map((r) => r.step)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
