/**
 * The guidebook's chapter 2–3 material (network types, STEPs, organisation types, the 2021 pilot
 * and its case studies), validated like the statistics so that the guide, the planner and the
 * suggestion engine all read checked data.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { codeList, decimal, flag, integer, jisCode, oneOf, optionalDecimal, optionalPairing, optionalSector, sector, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { requireEveryPrefectureOnce } from './ingest.ts';
import { readCsv } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const page = integer(1, 200);
const bi = (ja: string, en: string): Bilingual => ({ ja, en });

export function ingestNetworks(dataDir: string): NetworkData {
  const raw = (name: string) => join(dataDir, 'raw', name);

  const steps = validateTable(readCsv(raw('steps.csv')), { step: integer(0, 5), name_ja: text, name_en: text, page, source: sourceRef }).map(({ value: v }) => ({
    step: v.step,
    name: bi(v.name_ja, v.name_en),
    page: v.page,
  }));

  const stepFlags = { step0: flag, step1: flag, step2: flag, step3: flag, step4: flag, step5: flag };
  const organisationTypes = validateTable(readCsv(raw('organisation_types.csv')), {
    id: text.regex(/^[a-z_]+$/, 'a snake_case id'),
    name_ja: text,
    name_en: text,
    sector,
    ...stepFlags,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    id: v.id,
    name: bi(v.name_ja, v.name_en),
    sector: v.sector,
    steps: [v.step0, v.step1, v.step2, v.step3, v.step4, v.step5].flatMap((covered, step) => (covered ? [step] : [])),
    page: v.page,
  }));
  const typeIds = organisationTypes.map((o) => o.id) as [string, ...string[]];

  const networkTypes = validateTable(readCsv(raw('network_types.csv')), {
    pairing: integer(1, 4),
    symbol: text,
    lead: sector,
    participants: sector,
    name_ja: text,
    traits_ja: text,
    traits_en: text,
    cautions_ja: text,
    cautions_en: text,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    pairing: v.pairing,
    symbol: v.symbol,
    lead: v.lead,
    participants: v.participants,
    name: v.name_ja,
    traits: bi(v.traits_ja, v.traits_en),
    cautions: bi(v.cautions_ja, v.cautions_en),
    page: v.page,
  }));

  const roleSplits = validateTable(readCsv(raw('role_splits.csv')), {
    pairing: integer(1, 4),
    step: integer(0, 5),
    organisation_type: oneOf(typeIds),
    role: oneOf(['lead', 'support', 'external']),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({ pairing: v.pairing, step: v.step, organisationType: v.organisation_type, role: v.role, page: v.page }));

  const pilotOrganisations = validateTable(readCsv(raw('pilot_organisations.csv')), {
    id: integer(1, 99),
    organisation_ja: text,
    organisation_en: text,
    prefecture_codes: codeList,
    area_ja: text,
    area_en: text,
    sme_count: optionalDecimal(0, 5_000_000),
    lead: optionalSector,
    pairing: optionalPairing,
    coverage: oneOf(['prefecture', 'municipal', 'mixed']),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    id: v.id,
    organisation: bi(v.organisation_ja, v.organisation_en),
    prefectureCodes: v.prefecture_codes,
    area: bi(v.area_ja, v.area_en),
    smeCount: v.sme_count,
    lead: v.lead,
    pairing: v.pairing,
    coverage: v.coverage,
    page: v.page,
  }));

  const kpis = validateTable(readCsv(raw('pilot_kpis.csv')), {
    kpi: text.regex(/^[a-z0-9_]+$/, 'a snake_case id'),
    label_ja: text,
    label_en: text,
    unit_ja: oneOf(['', '機関', '社', '人', '回', 'つ']),
    unit_en: text,
    plan: optionalDecimal(0, 1e6),
    actual: decimal(0, 1e6),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({ kpi: v.kpi, label: bi(v.label_ja, v.label_en), unit: bi(v.unit_ja, v.unit_en), plan: v.plan, actual: v.actual, page: v.page }));

  const caseCsv = readCsv(raw('case_studies.csv'));
  const caseStudies = validateTable(caseCsv, {
    id: text.regex(/^[a-z0-9_]+$/, 'a snake_case id'),
    kind: oneOf(['network', 'training']),
    title_ja: text,
    title_en: text,
    organisation_ja: text,
    prefecture_codes: codeList,
    lead: optionalSector,
    pairing: optionalPairing,
    sme_count: optionalDecimal(0, 5_000_000),
    summary_ja: text,
    summary_en: text,
    page,
    source: sourceRef,
  }).map(({ line, value: v }) => {
    if (v.kind === 'network' && v.pairing === null) {
      throw new DataError(cellPlace(caseCsv, line, 'pairing'), 'a pairing from 1 to 4 for a network case', quoted(''));
    }
    return {
      id: v.id,
      kind: v.kind,
      title: bi(v.title_ja, v.title_en),
      organisation: v.organisation_ja,
      prefectureCodes: v.prefecture_codes,
      lead: v.lead,
      pairing: v.pairing,
      smeCount: v.sme_count,
      summary: bi(v.summary_ja, v.summary_en),
      page: v.page,
    };
  });

  const presenceCsv = readCsv(raw('pro_jinzai_presence.csv'));
  const presenceRows = validateTable(presenceCsv, { code: jisCode, pro_jinzai_kyoten: flag, yorozu_shien_kyoten: flag, page, source: sourceRef });
  requireEveryPrefectureOnce(presenceCsv, presenceRows.map((r) => ({ line: r.line, code: r.value.code })));
  const presence = presenceRows
    .map(({ value: v }) => ({ code: v.code, proJinzaiKyoten: v.pro_jinzai_kyoten, yorozuShienKyoten: v.yorozu_shien_kyoten, page: v.page }))
    .sort((a, b) => a.code.localeCompare(b.code));

  return { steps, organisationTypes, networkTypes, roleSplits, pilotOrganisations, kpis, caseStudies, presence };
}
