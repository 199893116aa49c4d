/**
 * The guidebook's chapter 2–3 material (network types, STEPs, organisation types, the FY2021
 * pilot and its case studies), validated like the statistics so that the guide, the planner and
 * the suggestion engine all read checked data.
 */
import { join } from 'node:path';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { stepMatrixFrom } from '../../src/lib/step-matrix.ts';
import {
  codeList,
  decimal,
  flag,
  integer,
  jisCode,
  oneOf,
  optionalDecimal,
  optionalPairing,
  optionalSector,
  optionalText,
  sector,
  text,
} from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { requireEveryPrefectureOnce } from './ingest.ts';
import { readCsv } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const page = integer(1, 200);
const bi = (ja: string, en: string): Bilingual => ({ ja, en });
const pageList = text.regex(/^\d{1,3}(;\d{1,3})*$/, 'pages separated by ";"').transform((v) => v.split(';').map(Number));
const numberList = (min: number, max: number) =>
  text
    .regex(/^\d+(;\d+)*$/, 'numbers separated by ";"')
    .transform((v) => v.split(';').map(Number))
    .refine((list) => list.every((n) => n >= min && n <= max), `numbers from ${min} to ${max}`);
const optionalCount = optionalDecimal(0, 5_000_000);
const statementKind = oneOf(['guidebook', 'computed', 'ours']);

const caseIdPattern = text.regex(/^[a-z0-9_]+$/, 'a snake_case id');

/** A raw table's path under the data folder's raw/. */
type RawPath = (name: string) => string;
/** The id column type of the organisation types a table may name. */
type TypeIdColumn = ReturnType<typeof organisationTypeId>;

export function ingestNetworks(dataDir: string): NetworkData {
  const raw: RawPath = (name) => join(dataDir, 'raw', name);
  const organisationTypes = readOrganisationTypes(raw);
  const typeId = organisationTypeId(organisationTypes);
  const roleSplits = readRoleSplits(raw, typeId);
  const stepEvidence = readStepEvidence(raw, typeId);
  const pilotOrganisations = readPilotOrganisations(raw);
  const pilotNetworks = readPilotNetworks(raw, pilotOrganisations);
  const caseStudies = readCaseStudies(raw);
  checkCaseReferences(raw, caseStudies, roleSplits, stepEvidence, pilotNetworks);
  return {
    steps: readSteps(raw),
    organisationTypes,
    stepEvidence,
    stepMatrix: stepMatrixFrom(stepEvidence, roleSplits),
    leads: readLeads(raw),
    networkTypes: readNetworkTypes(raw),
    patternPoints: readPatternPoints(raw),
    pairingExamples: readPairingExamples(raw, typeId),
    roleSplits,
    roleSplitExample: readRoleSplitExample(raw, typeId),
    pilotOrganisations,
    pilotNetworks,
    kpis: readKpis(raw),
    caseStudies,
    presence: readPresence(raw),
    statements: readStatements(dataDir),
  };
}

/** steps.csv: STEP0–5 with the guidebook's label and its variant elsewhere in the text. */
function readSteps(raw: RawPath) {
  return validateTable(readCsv(raw('steps.csv')), {
    step: integer(0, 5),
    name_ja: text,
    name_en: text,
    variant_ja: optionalText,
    variant_en: optionalText,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    step: v.step,
    name: bi(v.name_ja, v.name_en),
    variant: v.variant_ja === '' ? null : bi(v.variant_ja, v.variant_en),
    page: v.page,
  }));
}

/** organisation_types.csv: the support organisations of p.18–19. */
function readOrganisationTypes(raw: RawPath) {
  return validateTable(readCsv(raw('organisation_types.csv')), {
    id: text.regex(/^[a-z_]+$/, 'a snake_case id'),
    name_ja: text,
    name_en: text,
    sector,
    p19_row: optionalDecimal(1, 20),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({ id: v.id, name: bi(v.name_ja, v.name_en), sector: v.sector, p19Row: v.p19_row, page: v.page }));
}

function organisationTypeId(organisationTypes: { id: string }[]) {
  return oneOf(organisationTypes.map((o) => o.id) as [string, ...string[]]);
}

/** network_leads.csv: the two 類型, their keywords and rationale (p.26). */
function readLeads(raw: RawPath) {
  return validateTable(readCsv(raw('network_leads.csv')), {
    lead: sector,
    name_ja: text,
    name_en: text,
    keyword_ja: text,
    keyword_en: text,
    rationale_ja: text,
    rationale_en: text,
    core_bodies: text,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    lead: v.lead,
    name: bi(v.name_ja, v.name_en),
    keyword: bi(v.keyword_ja, v.keyword_en),
    rationale: bi(v.rationale_ja, v.rationale_en),
    coreBodies: v.core_bodies.split(';'),
    page: v.page,
  }));
}

/** network_types.csv: the four 連携パターン. */
function readNetworkTypes(raw: RawPath) {
  return validateTable(readCsv(raw('network_types.csv')), {
    pairing: integer(1, 4),
    symbol: text,
    lead: sector,
    participants: sector,
    name_ja: text,
    name_en: text,
    traits_ja: text,
    traits_en: text,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    pairing: v.pairing,
    symbol: v.symbol,
    lead: v.lead,
    participants: v.participants,
    name: bi(v.name_ja, v.name_en),
    traits: bi(v.traits_ja, v.traits_en),
    page: v.page,
  }));
}

/** pattern_points.csv: the points to note per 類型 column (p.34). */
function readPatternPoints(raw: RawPath) {
  return validateTable(readCsv(raw('pattern_points.csv')), {
    id: text.regex(/^[a-z_]+$/, 'a snake_case id'),
    lead: sector,
    applies_to: numberList(1, 4),
    kind: oneOf(['guidebook']),
    page,
    text_ja: text,
    text_en: text,
    source: sourceRef,
  }).map(({ value: v }) => ({
    id: v.id,
    lead: v.lead,
    appliesTo: v.applies_to,
    kind: v.kind,
    page: v.page,
    text: bi(v.text_ja, v.text_en),
  }));
}

/** pairing_examples.csv: the example combinations per pattern (p.27). */
function readPairingExamples(raw: RawPath, typeId: TypeIdColumn) {
  return validateTable(readCsv(raw('pairing_examples.csv')), {
    pairing: integer(1, 4),
    lead_type: typeId,
    participant_type: typeId,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({ pairing: v.pairing, leadType: v.lead_type, participantType: v.participant_type, page: v.page }));
}

/** role_splits.csv: each case's role split over STEP0–5. */
function readRoleSplits(raw: RawPath, typeId: TypeIdColumn) {
  return validateTable(readCsv(raw('role_splits.csv')), {
    case_id: caseIdPattern,
    pairing: integer(1, 4),
    step: integer(0, 5),
    organisation_type: typeId,
    role: oneOf(['lead', 'support', 'external']),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    caseId: v.case_id,
    pairing: v.pairing,
    step: v.step,
    organisationType: v.organisation_type,
    role: v.role,
    page: v.page,
  }));
}

/** role_split_example.csv: the generic role split of p.29. */
function readRoleSplitExample(raw: RawPath, typeId: TypeIdColumn) {
  return validateTable(readCsv(raw('role_split_example.csv')), {
    pairing: integer(1, 4),
    order: integer(1, 20),
    name_ja: text,
    organisation_type: typeId,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({ pairing: v.pairing, order: v.order, name: v.name_ja, organisationType: v.organisation_type, page: v.page }));
}

/** step_evidence.csv: the passages behind each cell of the STEP matrix. */
function readStepEvidence(raw: RawPath, typeId: TypeIdColumn) {
  return validateTable(readCsv(raw('step_evidence.csv')), {
    organisation_type: typeId,
    steps: numberList(0, 5),
    basis: caseIdPattern,
    page,
    passage_ja: text,
    passage_en: text,
    source: sourceRef,
  }).map(({ value: v }) => ({
    organisationType: v.organisation_type,
    steps: v.steps,
    source: v.basis,
    page: v.page,
    passage: bi(v.passage_ja, v.passage_en),
  }));
}

/** pilot_organisations.csv: the eight bodies of the FY2021 pilot. */
function readPilotOrganisations(raw: RawPath) {
  return validateTable(readCsv(raw('pilot_organisations.csv')), {
    id: integer(1, 99),
    organisation_ja: text,
    organisation_en: text,
    short_ja: text,
    short_en: text,
    prefecture_codes: codeList,
    area_ja: text,
    area_en: text,
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    id: v.id,
    organisation: bi(v.organisation_ja, v.organisation_en),
    short: bi(v.short_ja, v.short_en),
    prefectureCodes: v.prefecture_codes,
    area: bi(v.area_ja, v.area_en),
    page: v.page,
  }));
}

/** pilot_networks.csv: the twelve networks of the p.28 chart. */
function readPilotNetworks(raw: RawPath, pilotOrganisations: { id: number }[]) {
  const pilotCsv = readCsv(raw('pilot_networks.csv'));
  return validateTable(pilotCsv, {
    id: caseIdPattern,
    organisation_id: oneOf(pilotOrganisations.map((o) => String(o.id)) as [string, ...string[]]),
    area_ja: text,
    area_en: text,
    prefecture_codes: codeList,
    extent: oneOf(['prefecture', 'region', 'municipal']),
    lead: optionalSector,
    pairing: optionalPairing,
    lead_note_ja: text,
    lead_note_en: text,
    sme_min: optionalCount,
    sme_max: optionalCount,
    case_id: optionalText,
    pages: pageList,
    source: sourceRef,
  }).map(({ line, value: v }) => {
    if ((v.sme_min === null) !== (v.sme_max === null) || (v.sme_min !== null && v.sme_max !== null && v.sme_min > v.sme_max)) {
      throw new DataError(
        cellPlace(pilotCsv, line, 'sme_max'),
        'both SME bounds empty, or sme_min ≤ sme_max',
        quoted(String(v.sme_max ?? '')),
      );
    }
    return {
      id: v.id,
      organisationId: Number(v.organisation_id),
      area: bi(v.area_ja, v.area_en),
      prefectureCodes: v.prefecture_codes,
      extent: v.extent,
      lead: v.lead,
      pairing: v.pairing,
      leadNote: bi(v.lead_note_ja, v.lead_note_en),
      smeMin: v.sme_min,
      smeMax: v.sme_max,
      caseId: v.case_id === '' ? null : v.case_id,
      pages: v.pages,
    };
  });
}

/** pilot_kpis.csv: the pilot's KPI plan and result (p.22). */
function readKpis(raw: RawPath) {
  return validateTable(readCsv(raw('pilot_kpis.csv')), {
    kpi: text.regex(/^[a-z0-9_]+$/, 'a snake_case id'),
    label_ja: text,
    label_en: text,
    unit_ja: oneOf(['機関', '社', '人', '回', '地域']),
    unit_en: text,
    plan: optionalDecimal(0, 1e6),
    actual: decimal(0, 1e6),
    page,
    source: sourceRef,
  }).map(({ value: v }) => ({
    kpi: v.kpi,
    label: bi(v.label_ja, v.label_en),
    unit: bi(v.unit_ja, v.unit_en),
    plan: v.plan,
    actual: v.actual,
    page: v.page,
  }));
}

/** case_studies.csv: the network and training cases. */
function readCaseStudies(raw: RawPath) {
  const caseCsv = readCsv(raw('case_studies.csv'));
  return validateTable(caseCsv, {
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
}

/** pro_jinzai_presence.csv: which prefectures have a プロ人材拠点 and a よろず支援拠点 (p.18). */
function readPresence(raw: RawPath) {
  const presenceCsv = readCsv(raw('pro_jinzai_presence.csv'));
  const presenceRows = validateTable(presenceCsv, {
    code: jisCode,
    pro_jinzai_kyoten: flag,
    yorozu_shien_kyoten: flag,
    page,
    source: sourceRef,
  });
  requireEveryPrefectureOnce(
    presenceCsv,
    presenceRows.map((r) => ({ line: r.line, code: r.value.code })),
  );
  return presenceRows
    .map(({ value: v }) => ({ code: v.code, proJinzaiKyoten: v.pro_jinzai_kyoten, yorozuShienKyoten: v.yorozu_shien_kyoten, page: v.page }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Every case id another table names exists in case_studies.csv (step evidence may also be generic). */
function checkCaseReferences(
  raw: RawPath,
  caseStudies: { id: string }[],
  roleSplits: { caseId: string }[],
  stepEvidence: { source: string }[],
  pilotNetworks: { caseId: string | null }[],
): void {
  const caseIds = new Set(caseStudies.map((c) => c.id));
  const stepSources = new Set(['generic', ...caseIds]);
  for (const [file, rows, column, ids] of [
    ['role_splits.csv', roleSplits.map((r) => r.caseId), 'case_id', caseIds],
    ['step_evidence.csv', stepEvidence.map((e) => e.source), 'basis', stepSources],
    ['pilot_networks.csv', pilotNetworks.flatMap((n) => (n.caseId ? [n.caseId] : [])), 'case_id', caseIds],
  ] as const) {
    const csv = readCsv(raw(file));
    rows.forEach((id, i) => {
      if (!ids.has(id))
        throw new DataError(cellPlace(csv, csv.rows[i]?.line ?? i + 2, column), `one of ${[...ids].join(', ')}`, quoted(id));
    });
  }
}

/** network_statements.csv: every sentence the panel and guide show, with its kind and page. */
function readStatements(dataDir: string) {
  const statementsCsv = readCsv(join(dataDir, 'network_statements.csv'));
  return validateTable(statementsCsv, {
    id: caseIdPattern,
    kind: statementKind,
    page: optionalDecimal(1, 200),
    text_ja: text,
    text_en: text,
  }).map(({ line, value: v }) => {
    // A guidebook statement or a computation from its figures names its page; our reading never does.
    if ((v.kind === 'ours') !== (v.page === null)) {
      throw new DataError(
        cellPlace(statementsCsv, line, 'page'),
        v.kind === 'ours' ? 'an empty page for our own reading' : `a page for a ${v.kind} statement`,
        quoted(String(v.page ?? '')),
      );
    }
    return { id: v.id, kind: v.kind, page: v.page, text: bi(v.text_ja, v.text_en) };
  });
}
