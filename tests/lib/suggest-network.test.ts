/** The network reading on the seed data, and on a copy of the rules with the reference moved. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNetworkRules } from '../../scripts/lib/ingest-rules.ts';
import { strings } from '../../src/i18n/strings.ts';
import { describeReason } from '../../src/lib/describe-suggestion.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { roleSplitFor, suggestNetwork } from '../../src/lib/suggest-network.ts';
import type { PrefectureSuggestion, SuggestionsFile } from '../../src/lib/suggestions-file.ts';
import { ROOT } from '../support/paths.ts';

function buildInto(dataDir: string): { suggestions: SuggestionsFile; networks: NetworkData } {
  const out = mkdtempSync(join(tmpdir(), 'atlas-suggest-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-data.ts'), '--data', dataDir, '--out', out], { stdio: 'pipe' });
  return {
    suggestions: JSON.parse(readFileSync(join(out, 'suggestions.json'), 'utf8')),
    networks: JSON.parse(readFileSync(join(out, 'networks.json'), 'utf8')),
  };
}

const seed = buildInto(join(ROOT, 'data'));
const bySlug = (file: SuggestionsFile, slug: string) => file.prefectures.find((p) => p.slug === slug)!;
const reason = (p: PrefectureSuggestion, id: string) => p.reasons.find((r) => r.id === id);
const ids = (p: PrefectureSuggestion) => p.reasons.map((r) => r.id);

describe('the rules and references', () => {
  it('reads the reference choice and the reading rules from data/network_rules.csv, all of them ours', () => {
    const { rules, described } = readNetworkRules(join(ROOT, 'data/network_rules.csv'));
    expect(rules).toEqual({
      reference: 'median',
      fewerAgenciesAbove: 1,
      patterns: { hubMoreAgencies: 1, hubFewerAgencies: 2, noHubMoreAgencies: 2, noHubFewerAgencies: 3, privatePilot: 4 },
      exampleCases: {
        1: 'network_kumamoto_prokyoten_yorozu',
        2: 'network_osaka_spring_board',
        3: 'network_kyoto_north_side_job',
        4: 'network_nanao_machizukuri_shinkin',
      },
    });
    expect(described.map((d) => d.kind)).toEqual(Array(11).fill('ours'));
  });

  it('compares with the median prefecture, with the published national and 地方 figures beside it', () => {
    expect(seed.suggestions.thresholds.references).toEqual({
      median: { smesPerAgency: 207.2, jobOpeningRatio: 1.82 },
      national: { smesPerAgency: 123.4, jobOpeningRatio: 1.43 },
      regional: { smesPerAgency: 199.2, jobOpeningRatio: 1.58 },
    });
  });

  it('reads 23 prefectures as having fewer agencies than the median, 43 than the national figure, 25 than 地方', () => {
    const fewer = (reference: string) =>
      seed.suggestions.prefectures.filter((p) => p.byReference.find((r) => r.reference === reference)!.fewerAgencies).length;
    expect([fewer('median'), fewer('national'), fewer('regional')]).toEqual([23, 43, 25]);
  });

  it('names ① for 18 prefectures, ② for 24, ③ for 1 (京都) and ④ for 4 (岩手, 宮城, 富山, 石川)', () => {
    const counts = [1, 2, 3, 4].map((k) => seed.suggestions.prefectures.filter((p) => p.pairing === k).length);
    expect(counts).toEqual([18, 24, 1, 4]);
    expect(seed.suggestions.prefectures.filter((p) => p.pairing === 3).map((p) => p.slug)).toEqual(['kyoto']);
    expect(seed.suggestions.prefectures.filter((p) => p.pairing === 4).map((p) => p.slug)).toEqual([
      'iwate',
      'miyagi',
      'toyama',
      'ishikawa',
    ]);
  });
});

describe('a prefecture’s own case comes first, and a differing reading says so', () => {
  it.each([
    ['osaka', 2, 1, 'network_osaka_spring_board'],
    ['kyoto', 3, 1, 'network_kyoto_north_side_job'],
    ['ishikawa', 4, 1, 'network_nanao_machizukuri_shinkin'],
    ['kumamoto', 1, 2, 'network_kumamoto_prokyoten_yorozu'],
  ])('%s: names its own case’s pairing %i first, and says our reading (%i) differs', (slug, own, readingPairing, caseId) => {
    const p = bySlug(seed.suggestions, slug);
    expect(p).toMatchObject({ pairing: own, basis: 'ownCase', readingPairing, differsFromOwnCase: true, roleSplitCaseId: caseId });
    expect(p.caseIds[0]).toBe(caseId);
    const symbols = ['', '①', '②', '③', '④'];
    expect(reason(p, 'differs_from_own_case')?.text.ja).toBe(
      `本サイトの指標からの整理（${symbols[readingPairing]}）は、本県で行われた取組事例（${symbols[own]}）と異なります。このページでは本県の事例を先に挙げています。`,
    );
    expect(reason(p, 'differs_from_own_case')).toMatchObject({ kind: 'ours', pages: [] });
  });

  it('兵庫: own case ① and our reading ① agree', () => {
    const p = bySlug(seed.suggestions, 'hyogo');
    expect(p).toMatchObject({
      pairing: 1,
      basis: 'ownCase',
      readingPairing: 1,
      differsFromOwnCase: false,
      roleSplitCaseId: 'network_hyogo_prokyoten_shokokai',
    });
    expect(p.caseIds.slice(0, 2)).toEqual(['network_hyogo_prokyoten_shokokai', 'training_hyogo_coordinator']);
    expect(ids(p)).toContain('agrees_with_own_case');
  });

  it('岩手・宮城・富山 name ④ from ETIC’s private-led pilot networks, whose pairing is not stated', () => {
    for (const slug of ['iwate', 'miyagi', 'toyama']) {
      const p = bySlug(seed.suggestions, slug);
      expect(p, slug).toMatchObject({ pairing: 4, basis: 'ownPilot', differsFromOwnCase: null });
      expect(ids(p), slug).toContain('pilot_etic');
      expect(reason(p, 'private_pilot_reading')?.kind).toBe('ours');
    }
  });
});

describe('every pilot host prefecture names its pilot networks and areas', () => {
  const HOSTS: Record<string, string[]> = {
    aomori: ['tohmatsu'],
    iwate: ['etic', 'tohmatsu'],
    miyagi: ['etic', 'tohmatsu'],
    kanagawa: ['wdl_kanagawa_west'],
    toyama: ['etic'],
    ishikawa: ['etic', 'wdl_noto'],
    shizuoka: ['pwc_shizuoka', 'pwc_hamamatsu', 'wdl_shizuoka_east'],
    kyoto: ['kyoto'],
    osaka: ['osaka'],
    hyogo: ['hyogo'],
    tottori: ['wdl_tottori'],
    kumamoto: ['kumamoto'],
  };

  it('lists exactly the 12 host prefectures with their networks, and no network elsewhere', () => {
    const hosts = Object.fromEntries(
      seed.suggestions.prefectures.filter((p) => p.ownNetworkIds.length > 0).map((p) => [p.slug, p.ownNetworkIds]),
    );
    expect(hosts).toEqual(HOSTS);
  });

  it('states each network’s area as a guidebook statement with pages 20 and 28', () => {
    const aomori = bySlug(seed.suggestions, 'aomori');
    expect(reason(aomori, 'pilot_tohmatsu')).toEqual({
      id: 'pilot_tohmatsu',
      section: 'pilot',
      kind: 'guidebook',
      pages: [20, 28],
      text: {
        ja: '有限責任監査法人トーマツ（むつ市・気仙沼市・宮古市）：民間のトータルコーディネーターを各地域に置いた（p.20）。中核機関の区分は記載なし。',
        en: 'Deloitte Touche Tohmatsu LLC (Mutsu, Kesennuma and Miyako): A private total coordinator was appointed in each area (p.20); the sector of the core body is not stated.',
      },
    });
  });

  it('says the pilot did not run in a prefecture that hosted none', () => {
    const hokkaido = bySlug(seed.suggestions, 'hokkaido');
    expect(reason(hokkaido, 'no_pilot_here')).toMatchObject({
      kind: 'guidebook',
      pages: [20],
      text: { ja: '令和3年度の実証は本県では行われていません。' },
    });
  });
});

describe('the reading from the indicators', () => {
  it('神奈川: a hub and SMEs per agency (125.1) at or below the median → ①; the national figure would give ②', () => {
    const p = bySlug(seed.suggestions, 'kanagawa');
    expect(p).toMatchObject({ pairing: 1, basis: 'reading', readingPairing: 1, differsFromOwnCase: null });
    expect(p.byReference).toEqual([
      { reference: 'median', smesPerAgency: 207.2, fewerAgencies: false, pairing: 1 },
      { reference: 'national', smesPerAgency: 123.4, fewerAgencies: true, pairing: 2 },
      { reference: 'regional', smesPerAgency: 199.2, fewerAgencies: false, pairing: 1 },
    ]);
    expect(reason(p, 'smes_vs_reference')).toEqual({
      id: 'smes_vs_reference',
      section: 'indicators',
      kind: 'computed',
      pages: [10],
      text: {
        ja: '1有料職業紹介事業者あたりの中小企業数は125.1社で、47都道府県の中央値207.2社の0.60倍です（全国値123.4社、地方199.2社）。',
        en: 'SMEs per fee-charging placement agency: 125.1, 0.60 times the median of the 47 prefectures (207.2); the national figure is 123.4 and the figure for non-metropolitan prefectures 199.2.',
      },
    });
    expect(reason(p, 'hub_more_agencies')?.text.ja).toBe(
      '神奈川県にはプロフェッショナル人材戦略拠点があり、1有料職業紹介事業者あたりの中小企業数は47都道府県の中央値（207.2社）以下です。既にある拠点の連携を起点に、STEP4を人材紹介会社に取り繋ぐ①（熊本県の事例と同じ形）が候補になると本サイトは整理しています。',
    );
    expect(ids(p)).toEqual(expect.arrayContaining(['step4_more_agencies', 'pilot_wdl_kanagawa_west', 'reading_first']));
    expect(ids(p)).not.toContain('new_matchmakers_p12');
  });

  it('青森: SMEs per agency 437.6, above the median → ②, and the guidebook’s p.10–12 on thin placement markets', () => {
    const p = bySlug(seed.suggestions, 'aomori');
    expect(p).toMatchObject({ pairing: 2, basis: 'reading', readingPairing: 2 });
    expect(p.byReference.map((r) => r.pairing)).toEqual([2, 2, 2]);
    expect(ids(p)).toEqual(
      expect.arrayContaining(['thin_market_p10', 'reduce_ratio_p11', 'new_matchmakers_p12', 'bank_placement_p18', 'step4_fewer_agencies']),
    );
    expect(reason(p, 'new_matchmakers_p12')).toMatchObject({ kind: 'guidebook', pages: [12] });
  });

  it('東京: no hub and the fewest SMEs per agency → ② in the shape of the 大阪 case, the hub’s STEPs left to others', () => {
    const p = bySlug(seed.suggestions, 'tokyo');
    expect(p).toMatchObject({
      pairing: 2,
      lead: 'public',
      participants: 'private',
      basis: 'reading',
      roleSplitCaseId: 'network_osaka_spring_board',
    });
    expect(p.byReference.map((r) => r.pairing)).toEqual([2, 2, 2]);
    expect(ids(p)).toEqual(expect.arrayContaining(['no_hub_p18', 'hub_role_p18', 'no_hub_steps', 'no_hub_more_agencies']));
    expect(p.stepCandidates.flatMap((row) => row.organisations.map((o) => o.id))).not.toContain('pro_jinzai_kyoten');
    expect(p.stepCandidates.find((row) => row.step === 3)!.organisations.map((o) => o.id)).toEqual([
      'gaikaku_dantai',
      'regional_financial_institution',
      'machizukuri_company',
    ]);
  });

  it('沖縄: no hub; ② under the median and 地方 figures, ③ under the national figure', () => {
    const p = bySlug(seed.suggestions, 'okinawa');
    expect(p).toMatchObject({ pairing: 2, basis: 'reading' });
    expect(p.byReference.map((r) => [r.reference, r.fewerAgencies, r.pairing])).toEqual([
      ['median', false, 2],
      ['national', true, 3],
      ['regional', false, 2],
    ]);
    // The 京都 case's split marks the hub as absent rather than swapping in another body.
    const kyoto = roleSplitFor(seed.networks, 'network_kyoto_north_side_job', false);
    expect(kyoto.find((row) => row.step === 2)!.organisations).toEqual([
      { id: 'regional_financial_institution', role: 'lead' },
      { id: 'pro_jinzai_kyoten', role: 'support', absentHere: true },
    ]);
  });

  it('moving the reference in data/network_rules.csv moves the reading: national → 神奈川 ②, 43 prefectures read as thin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-rules-'));
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const rules = readFileSync(join(dir, 'network_rules.csv'), 'utf8').replace('reference,median,ours', 'reference,national,ours');
    writeFileSync(join(dir, 'network_rules.csv'), rules);
    const moved = buildInto(dir).suggestions;
    expect(bySlug(moved, 'kanagawa')).toMatchObject({ pairing: 2, readingPairing: 2 });
    expect(moved.prefectures.filter((p) => p.byReference.find((r) => r.reference === 'national')!.fewerAgencies).length).toBe(43);
    expect(reason(bySlug(moved, 'kanagawa'), 'hub_fewer_agencies')?.text.ja).toContain('全国値（123.4社）を上回ります');
  });
});

describe('statements', () => {
  it('says whose each statement is: guidebook with page, computation with page, ours without', () => {
    const p = bySlug(seed.suggestions, 'osaka');
    const s = strings('ja').suggestion;
    expect(describeReason(reason(p, 'existing_networks')!, 'ja', s)).toBe(
      '新たなネットワークの形成にこだわらず、地域に既にあるネットワークを有効に使うことも検討する、としています。（ガイドブック p.30）',
    );
    expect(describeReason(reason(p, 'own_case_first')!, 'en', strings('en').suggestion)).toBe(
      'We name first the pairing of the case study run in this prefecture. [our reading]',
    );
    for (const pref of seed.suggestions.prefectures) {
      for (const r of pref.reasons) {
        if (r.kind === 'ours') expect(r.pages, `${pref.slug} ${r.id}`).toEqual([]);
        else expect(r.pages.length, `${pref.slug} ${r.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('p.34 points of a column reach both of its pairings, and the ② point only ②', () => {
    const points = (slug: string) => ids(bySlug(seed.suggestions, slug)).filter((id) => id.startsWith('point_'));
    expect(points('osaka')).toEqual(['point_public_share_assets', 'point_public_keep_commitment', 'point_public_private_added_value']);
    expect(points('hyogo')).toEqual(['point_public_share_assets', 'point_public_keep_commitment']);
    expect(points('kyoto')).toEqual(['point_private_share_assets', 'point_private_public_neutrality']);
    expect(points('ishikawa')).toEqual([
      'point_private_share_assets',
      'point_private_private_self_funding',
      'point_private_private_fee_sharing',
    ]);
  });

  it('the engine works on an area without a name (a planner’s municipal area)', () => {
    const s = suggestNetwork(
      {
        smesPerAgency: 437.6,
        jobOpeningRatio: 4.71,
        national: seed.suggestions.national,
        smeCount: 5000,
        hasProJinzaiKyoten: true,
        prefectureCodes: ['02'],
      },
      seed.suggestions.thresholds,
      seed.networks,
    );
    expect(s).toMatchObject({ pairing: 2, coverage: 'municipal', basis: 'reading' });
    expect(
      s.reasons.find((r) => r.id === 'hub_fewer_agencies')?.text.ja.startsWith('この地域にはプロフェッショナル人材戦略拠点があり'),
    ).toBe(true);
  });
});
