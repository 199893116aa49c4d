/**
 * The guidebook's chapter 2–3 tables as transcribed: every statement the suggestion panel and the
 * network guide show is traceable (guidebook or computation with a page, ours without), and the
 * values the seed gives are pinned.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestNetworks } from '../../../scripts/lib/ingest-networks.ts';
import { readCsv } from '../../../scripts/lib/read-csv.ts';
import { DATA, dataDir, removeTempDirs, runCli, tempDir } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);

const networks = ingestNetworks(DATA);
const rows = (file: string) => {
  const csv = readCsv(join(DATA, file));
  return csv.rows.map((row) => Object.fromEntries(csv.header.fields.map((f, i) => [f, row.fields[i] ?? ''])) as Record<string, string>);
};

/** Every file whose sentences or facts the panel and the guide show, and the column naming its page. */
const GUIDEBOOK_FILES: [string, string][] = [
  ['raw/network_leads.csv', 'page'],
  ['raw/network_types.csv', 'page'],
  ['raw/pattern_points.csv', 'page'],
  ['raw/pairing_examples.csv', 'page'],
  ['raw/role_splits.csv', 'page'],
  ['raw/role_split_example.csv', 'page'],
  ['raw/step_evidence.csv', 'page'],
  ['raw/steps.csv', 'page'],
  ['raw/organisation_types.csv', 'page'],
  ['raw/pilot_organisations.csv', 'page'],
  ['raw/pilot_networks.csv', 'pages'],
  ['raw/pilot_kpis.csv', 'page'],
  ['raw/case_studies.csv', 'page'],
  ['raw/pro_jinzai_presence.csv', 'page'],
];
const KINDED_FILES = ['network_statements.csv', 'network_rules.csv', 'raw/pattern_points.csv'];
const PAGE = /^\d{1,3}(;\d{1,3})*$/;

describe('every statement is traceable', () => {
  it.each(KINDED_FILES)('%s: a statement marked "ours" has no page; a guidebook or computed one has one', (file) => {
    const table = rows(file);
    expect(table.length).toBeGreaterThan(0);
    for (const row of table) {
      const where = `${file} ${row.id ?? row.rule}`;
      expect(['guidebook', 'computed', 'ours'], where).toContain(row.kind);
      if (row.kind === 'ours') expect(row.page, where).toBe('');
      else expect(row.page, where).toMatch(PAGE);
    }
  });

  it.each(GUIDEBOOK_FILES)('%s: every row names its guidebook page', (file, column) => {
    for (const [i, row] of rows(file).entries()) expect(row[column], `${file} row ${i + 1}`).toMatch(PAGE);
  });

  it('our readings carry no page in their words either, and no imperative', () => {
    const ours = [...rows('network_statements.csv').filter((r) => r.kind === 'ours'), ...rows('network_rules.csv')];
    expect(ours.length).toBe(28);
    for (const row of ours) {
      const words = `${row.text_ja ?? row.meaning_ja} ${row.text_en ?? row.meaning_en}`;
      expect(words, row.id ?? row.rule).not.toMatch(/p\.\s?\d|pp\.\s?\d/);
      expect(words, row.id ?? row.rule).not.toMatch(/勧め|べき|してください|should|must|recommend/i);
    }
  });

  it('stops the build when a reading of ours is given a page', async () => {
    const data = dataDir();
    const file = join(data, 'network_statements.csv');
    const text = rows('network_statements.csv');
    expect(text.find((r) => r.id === 'own_case_first')?.kind).toBe('ours');
    const source = readFileSync(join(DATA, 'network_statements.csv'), 'utf8');
    writeFileSync(file, source.replace('own_case_first,ours,,', 'own_case_first,ours,26,'));
    const line = source.split('\n').findIndex((l) => l.startsWith('own_case_first,')) + 1;
    const run = await runCli(data, tempDir());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`${file}:${line}:21: expected an empty page for our own reading, found "26"\n`);
  });
});

describe('pinned from the guidebook', () => {
  it('p.28: 12 pilot networks of 8 bodies, with the lead’s sector only where the guidebook states it', () => {
    const body = (id: number) => networks.pilotOrganisations.find((o) => o.id === id)!.organisation.ja;
    expect(networks.pilotNetworks.map((n) => [body(n.organisationId), n.area.ja, n.lead, n.pairing, n.smeMin, n.smeMax])).toEqual([
      ['公益財団法人大阪産業局', '大阪府全域', 'public', 2, 270874, 270874],
      ['公益財団法人ひょうご産業活性化センター', '兵庫県全域', 'public', 1, 144748, 144748],
      ['株式会社YMFG ZONEプラニング', '熊本県全域', 'public', 1, null, null],
      ['人材ニュース株式会社', '京都府北部5市2町', 'private', 3, null, null],
      ['特定非営利活動法人ETIC.', '七尾市・富山市・釜石市・南三陸町', 'private', null, null, null],
      ['有限責任監査法人トーマツ', 'むつ市・気仙沼市・宮古市', null, null, 1732, 1978],
      ['PwCあらた有限責任監査法人', '静岡市', null, null, null, null],
      ['PwCあらた有限責任監査法人', '浜松市', null, null, null, null],
      ['一般社団法人WorkDesignLab', '神奈川県西部', null, null, null, null],
      ['一般社団法人WorkDesignLab', '静岡県東部', null, null, null, null],
      ['一般社団法人WorkDesignLab', '鳥取県全域', null, null, null, null],
      ['一般社団法人WorkDesignLab', '能登町', null, null, null, null],
    ]);
    expect(new Set(networks.pilotNetworks.map((n) => n.organisationId)).size).toBe(8);
    expect(networks.kpis.find((k) => k.kpi === 'pilot_areas')).toMatchObject({ actual: 17, unit: { ja: '地域' } });
    expect(networks.kpis.find((k) => k.kpi === 'pilot_bodies')).toMatchObject({ actual: 8, unit: { ja: '機関' } });
  });

  it('p.19: the chart’s eight rows in order, two levels, and cells consistent with every case’s role split', () => {
    const p19 = networks.organisationTypes.filter((t) => t.p19Row !== null).sort((a, b) => (a.p19Row ?? 0) - (b.p19Row ?? 0));
    expect(p19.map((t) => t.name.ja)).toEqual([
      'プロフェッショナル人材戦略拠点',
      '商工会・商工会議所',
      '外郭団体（中小企業支援組織・産業振興機関等）',
      'よろず支援拠点',
      '税理士・中小企業診断士',
      'NPO法人',
      '地域金融機関（地方銀行・信用金庫等）',
      '人材紹介会社',
    ]);
    const row = (id: string) => networks.stepMatrix.filter((c) => c.organisationType === id).map((c) => `${c.step}:${c.level}`);
    expect(row('pro_jinzai_kyoten')).toEqual(['1:some', '2:most', '3:most', '4:most', '5:some']);
    expect(row('shokokai_shokokaigisho')).toEqual(['0:most', '1:most', '5:most']);
    expect(row('gaikaku_dantai')).toEqual(['2:some', '3:some', '4:some']);
    expect(row('yorozu_shien_kyoten')).toEqual(['0:some', '1:most', '2:most', '5:some']);
    expect(row('tax_accountant_sme_consultant')).toEqual([]);
    expect(row('npo')).toEqual([]);
    expect(row('regional_financial_institution')).toEqual(['0:most', '1:some', '2:some', '3:some', '4:some', '5:most']);
    expect(row('recruitment_agency')).toEqual(['4:most']);
    for (const split of networks.roleSplits) {
      expect(
        networks.stepMatrix.some((c) => c.organisationType === split.organisationType && c.step === split.step),
        `${split.caseId} ${split.organisationType} STEP${split.step}`,
      ).toBe(true);
    }
  });

  it('p.26: the two types’ keywords; p.27: the main combinations; pairing ①’s two cases kept apart', () => {
    expect(networks.leads.map((l) => [l.lead, l.keyword.ja, l.page])).toEqual([
      ['public', '協働・協力', 26],
      ['private', '補完・利害', 26],
    ]);
    expect(networks.pairingExamples.map((e) => `${e.pairing}:${e.leadType}×${e.participantType}`)).toEqual([
      '1:pro_jinzai_kyoten×shokokai_shokokaigisho',
      '1:pro_jinzai_kyoten×yorozu_shien_kyoten',
      '2:gaikaku_dantai×tax_accountant_sme_consultant',
      '2:pro_jinzai_kyoten×regional_financial_institution',
      '3:npo×shokokai_shokokaigisho',
      '3:regional_financial_institution×shokokai_shokokaigisho',
      '4:npo×regional_financial_institution',
    ]);
    const pairingOne = networks.roleSplits.filter((r) => r.pairing === 1);
    expect([...new Set(pairingOne.map((r) => r.caseId))]).toEqual([
      'network_hyogo_prokyoten_shokokai',
      'network_kumamoto_prokyoten_yorozu',
    ]);
    expect(pairingOne.filter((r) => r.caseId === 'network_kumamoto_prokyoten_yorozu' && r.step === 4)).toEqual([
      {
        caseId: 'network_kumamoto_prokyoten_yorozu',
        pairing: 1,
        step: 4,
        organisationType: 'recruitment_agency',
        role: 'external',
        page: 47,
      },
    ]);
  });

  it('p.34: each column’s general points reach both of its pairings; p.29’s names are transcribed per pairing', () => {
    expect(networks.patternPoints.map((p) => `${p.id}:${p.appliesTo.join('')}:${p.page}`)).toEqual([
      'public_share_assets:12:34',
      'public_keep_commitment:12:34',
      'public_private_added_value:2:34',
      'private_share_assets:34:34',
      'private_public_neutrality:3:34',
      'private_private_self_funding:4:34',
      'private_private_fee_sharing:4:57',
    ]);
    expect(networks.roleSplitExample.filter((r) => r.pairing === 1).map((r) => r.name)).toEqual([
      '商工会',
      '商工会',
      'プロフェッショナル人材戦略拠点',
      'よろず支援拠点',
      'プロフェッショナル人材戦略拠点',
      '人材紹介会社',
    ]);
  });

  it('the transcription slips are fixed: 取次実績が無い, STEP label variants', () => {
    const hyogo = networks.caseStudies.find((c) => c.id === 'network_hyogo_prokyoten_shokokai')!;
    expect(hyogo.summary.ja).toContain('取次実績が無い');
    expect(hyogo.summary.ja).not.toContain('ほぼ');
    expect(networks.steps.map((s) => s.variant?.ja ?? null)).toEqual([
      'p.29・p.36〜38では「顧客開拓」',
      null,
      null,
      null,
      'p.29・p.36〜38では「人材紹介支援」',
      null,
    ]);
  });
});
