/** The network guide's chart summaries, word for word, in both languages: from fixed facts and from the seed. */
import { describe, expect, it } from 'vitest';
import { kpiText, pilotText, stepMatrixText } from '../../src/charts/network-summary-facts.ts';
import type { PilotPoint } from '../../src/charts/network-charts.ts';
import type { Lang } from '../../src/config.ts';
import { strings } from '../../src/i18n/strings.ts';
import { atlas } from '../../src/lib/atlas.ts';
import { kpiSummary, pilotSummary, stepMatrixSummary } from '../../src/lib/chart-summary.ts';

describe('stepMatrixSummary', () => {
  const facts = {
    types: 3,
    steps: 6,
    most: 2,
    some: 4,
    byStep: [
      { step: 'STEP0', count: 1 },
      { step: 'STEP1', count: 2 },
      { step: 'STEP2', count: 0 },
      { step: 'STEP3', count: 2 },
      { step: 'STEP4', count: 1 },
      { step: 'STEP5', count: 0 },
    ],
    widest: { names: ['よろず支援拠点'], count: 4 },
    unmarked: [],
  };
  it('names the fullest and emptiest STEPs, ties included, and leaves out the unmarked sentence when every type has a mark', () => {
    expect(stepMatrixSummary('ja', facts)).toBe(
      '3種類の経営支援機関が、STEP0〜5の6段階のどれを担うかを、「概ね」と「一部」の2段階（本サイトの整理）で示した図です。' +
        '「概ね」のマスは2、「一部」のマスは4です。担う種類が最も多いのはSTEP1、STEP3（2種類）、最も少ないのはSTEP2、STEP5（0種類）です。' +
        '最も多くのSTEPに印があるのはよろず支援拠点（4段階）です。',
    );
  });
  it('lists the types without a mark (English)', () => {
    expect(stepMatrixSummary('en', { ...facts, widest: { names: ['Yorozu', 'NPO'], count: 4 }, unmarked: ['Bank'] })).toBe(
      'Grid of 3 types of support body against the 6 STEPs (STEP0–5), each mark “most bodies” or “some bodies” (our reading). ' +
        '2 cells are marked “most bodies”, 4 “some bodies”. Most types cover STEP1, STEP3 (2 types); fewest cover STEP2, STEP5 (0). ' +
        'Marked on the most STEPs: Yorozu, NPO (4 STEPs). No STEP marked: Bank.',
    );
  });
});

describe('pilotSummary', () => {
  it('counts per sector and per extent and names a tie of fullest cells (Japanese)', () => {
    expect(
      pilotSummary('ja', {
        n: 4,
        byLead: [
          { label: '公主導型', count: 2 },
          { label: '民主導型', count: 2 },
        ],
        byExtent: [{ label: '都道府県全域', count: 4 }],
        fullest: [
          { lead: '公主導型', extent: '都道府県全域', names: ['A', 'B'] },
          { lead: '民主導型', extent: '都道府県全域', names: ['C', 'D'] },
        ],
      }),
    ).toBe(
      '実証の4のネットワークを、中核機関の区分（横）と対象地域の広さ（縦）で置いた図です。中核機関の区分は公主導型が2、民主導型が2、対象地域は都道府県全域が4です。' +
        '最も多いのは「公主導型」かつ「都道府県全域」の2つ（A、B）、「民主導型」かつ「都道府県全域」の2つ（C、D）です。',
    );
  });
});

describe('kpiSummary', () => {
  const kpis = [
    { label: 'A', unit: '社', plan: 270_874, actual: 300_000 },
    { label: 'B', unit: '回', plan: 2.9, actual: 2.9 },
    { label: 'C', unit: '社', plan: 12_000, actual: 6_000 },
  ];
  it('writes large counts with 万 and names the highest and lowest share (Japanese)', () => {
    expect(kpiSummary('ja', { kpis })).toBe(
      '実証の3つのKPIについて、実績を計画に対する割合で示した横棒グラフです。計画を上回ったのは1項目、計画どおりは1項目、下回ったのは1項目です。' +
        '最も高いのは「A」の111%（計画27.1万社に対し実績30万社）、最も低いのは「C」の50%（計画1.2万社に対し実績6,000社）です。',
    );
  });
  it('keeps decimals and writes millions in English', () => {
    expect(
      kpiSummary('en', {
        kpis: [
          { label: 'Sessions', unit: 'sessions', plan: 2.9, actual: 3.5 },
          { label: 'Firms', unit: 'firms', plan: 2_000_000, actual: 1_500_000 },
        ],
      }),
    ).toBe(
      'Horizontal bars of the pilot’s 2 KPIs, each result as a share of its plan. Above plan: 1; on plan: 0; below plan: 1. ' +
        'Highest: Sessions, 121% (3.5 sessions against a plan of 2.9). Lowest: Firms, 75% (1.5 million firms against a plan of 2 million).',
    );
  });
});

describe('the network guide’s summaries from the seed', () => {
  const { networks } = atlas();
  const points = (lang: Lang): PilotPoint[] =>
    networks.pilotNetworks.map((x) => {
      const body = networks.pilotOrganisations.find((o) => o.id === x.organisationId)!;
      return {
        name: lang === 'ja' ? `${body.short.ja}（${x.area.ja}）` : `${body.short.en} (${x.area.en})`,
        lead: x.lead ?? 'unknown',
        extent: x.extent,
      };
    });
  const labels = (lang: Lang) => {
    const t = strings(lang);
    return {
      lead: { public: t.suggestion.leadName.public, private: t.suggestion.leadName.private, unknown: t.networks.leadUnknown },
      extent: t.networks.extentName,
    };
  };
  const kpis = (lang: Lang) =>
    networks.kpis
      .filter((k) => k.plan !== null && k.kpi !== 'pilot_bodies')
      .map((k) => ({ label: k.label[lang], unit: k.unit[lang], plan: k.plan as number, actual: k.actual }));

  it('p.19 grid: 10 types, 11 “most” and 21 “some” cells (Japanese)', () => {
    expect(stepMatrixText('ja', networks)).toBe(
      '10種類の経営支援機関が、STEP0〜5の6段階のどれを担うかを、「概ね」と「一部」の2段階（本サイトの整理）で示した図です。' +
        '「概ね」のマスは11、「一部」のマスは21です。担う種類が最も多いのはSTEP1、STEP2、STEP5（6種類）、最も少ないのはSTEP3（4種類）です。' +
        '最も多くのSTEPに印があるのは地域金融機関（地方銀行・信用金庫等）、まちづくり会社（6段階）です。' +
        '税理士・中小企業診断士、NPO法人には、どのSTEPにも印がありません。',
    );
  });
  it('p.19 grid (English)', () => {
    expect(stepMatrixText('en', networks)).toBe(
      'Grid of 10 types of support body against the 6 STEPs (STEP0–5), each mark “most bodies” or “some bodies” (our reading). ' +
        '11 cells are marked “most bodies”, 21 “some bodies”. Most types cover STEP1, STEP2, STEP5 (6 types); fewest cover STEP3 (4). ' +
        'Marked on the most STEPs: Regional financial institution (regional bank, shinkin bank, etc.), Private community-development company (6 STEPs). ' +
        'No STEP marked: Tax accountant / certified SME management consultant, Non-profit organisation (NPO corporation).',
    );
  });
  it('the 12 pilot networks (both languages)', () => {
    expect(pilotText('ja', points('ja'), labels('ja'))).toBe(
      '実証の12のネットワークを、中核機関の区分（横）と対象地域の広さ（縦）で置いた図です。' +
        '中核機関の区分は公主導型が3、民主導型が2、記載なしが7、対象地域は都道府県全域が4、県内の一部地域が3、市町村が5です。' +
        '最も多いのは「記載なし」かつ「市町村」の4つ（トーマツ（むつ市・気仙沼市・宮古市）、PwCあらた（静岡市）、PwCあらた（浜松市）、WorkDesignLab（能登町））です。',
    );
    expect(pilotText('en', points('en'), labels('en'))).toBe(
      'The 12 networks of the pilot, placed by the sector of the core body (across) and the extent of the area (up). ' +
        'Core body: public-led 3; private-led 2; not stated 7. Area: whole prefecture 4; part of a prefecture 3; municipality 5. ' +
        'The fullest cell: not stated and municipality, 4 networks (Tohmatsu (Mutsu, Kesennuma and Miyako), PwC Aarata (Shizuoka City), PwC Aarata (Hamamatsu City), WorkDesignLab (Noto Town)).',
    );
  });
  it('the six KPIs against plan (both languages)', () => {
    expect(kpiText('ja', kpis('ja'))).toBe(
      '実証の6つのKPIについて、実績を計画に対する割合で示した横棒グラフです。計画を上回ったのは3項目、計画どおりは2項目、下回ったのは1項目です。' +
        '最も高いのは「① 中核ネットワークに参画した経営支援機関数」の132%（計画110機関に対し実績145機関）、' +
        '最も低いのは「② 中核ネットワークでSTEP3/4の求人化まで至った支援企業数」の99%（計画92社に対し実績91社）です。',
    );
    expect(kpiText('en', kpis('en'))).toBe(
      'Horizontal bars of the pilot’s 6 KPIs, each result as a share of its plan. Above plan: 3; on plan: 2; below plan: 1. ' +
        'Highest: Business-support organisations participating in the core networks, 132% (145 organisations against a plan of 110). ' +
        'Lowest: Supported firms that reached job posting (STEP3/4) through the core networks, 99% (91 firms against a plan of 92).',
    );
  });
});
