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
import type { RawTableColumns } from './column-schema.ts';
import { type CsvFile, readCsv } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const page = integer(1, 200).describe('The guidebook page the row is transcribed from');
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
const snakeId = text.regex(/^[a-z_]+$/, 'a snake_case id');
const ids = <T>(rows: readonly { id: T }[]) => rows.map((row) => String(row.id)) as [string, ...string[]];

/** organisation_types.csv: the support organisations of p.18–19; other tables name their ids. */
const ORGANISATION_TYPE_COLUMNS = {
  id: snakeId,
  name_ja: text,
  name_en: text,
  sector,
  p19_row: optionalDecimal(1, 20),
  page,
  source: sourceRef,
};

/** pilot_organisations.csv: the eight bodies of the FY2021 pilot; pilot_networks.csv names their ids. */
const PILOT_ORGANISATION_COLUMNS = {
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
};

/** The tables the allowed values of other tables' id columns come from. */
interface NetworkReferences {
  organisationTypes: readonly { id: string }[];
  pilotOrganisations: readonly { id: number }[];
}

/**
 * The columns of every network table under raw/, by file name: what the readers below validate
 * and what datapackage.json publishes. A column naming an organisation type or a pilot body allows
 * only the ids those tables hold, so it is built from them as loaded.
 */
export function networkColumns(references: NetworkReferences) {
  const typeId = oneOf(ids(references.organisationTypes));
  return {
    'steps.csv': {
      step: integer(0, 5),
      name_ja: text,
      name_en: text,
      variant_ja: optionalText,
      variant_en: optionalText,
      page,
      source: sourceRef,
    },
    'organisation_types.csv': ORGANISATION_TYPE_COLUMNS,
    'network_leads.csv': {
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
    },
    'network_types.csv': {
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
    },
    'pattern_points.csv': {
      id: snakeId,
      lead: sector,
      applies_to: numberList(1, 4),
      kind: oneOf(['guidebook']),
      page,
      text_ja: text,
      text_en: text,
      source: sourceRef,
    },
    'pairing_examples.csv': {
      pairing: integer(1, 4),
      lead_type: typeId,
      participant_type: typeId,
      page,
      source: sourceRef,
    },
    'role_splits.csv': {
      case_id: caseIdPattern,
      pairing: integer(1, 4),
      step: integer(0, 5),
      organisation_type: typeId,
      role: oneOf(['lead', 'support', 'external']),
      page,
      source: sourceRef,
    },
    'role_split_example.csv': {
      pairing: integer(1, 4),
      order: integer(1, 20),
      name_ja: text,
      organisation_type: typeId,
      page,
      source: sourceRef,
    },
    'step_evidence.csv': {
      organisation_type: typeId,
      steps: numberList(0, 5),
      basis: caseIdPattern,
      page,
      passage_ja: text,
      passage_en: text,
      source: sourceRef,
    },
    'pilot_organisations.csv': PILOT_ORGANISATION_COLUMNS,
    'pilot_networks.csv': {
      id: caseIdPattern,
      organisation_id: oneOf(ids(references.pilotOrganisations)),
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
    },
    'pilot_kpis.csv': {
      kpi: caseIdPattern,
      label_ja: text,
      label_en: text,
      unit_ja: oneOf(['機関', '社', '人', '回', '地域']),
      unit_en: text,
      plan: optionalDecimal(0, 1e6),
      actual: decimal(0, 1e6),
      page,
      source: sourceRef,
    },
    'case_studies.csv': {
      id: caseIdPattern,
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
    },
    'pro_jinzai_presence.csv': {
      code: jisCode,
      pro_jinzai_kyoten: flag,
      yorozu_shien_kyoten: flag,
      page,
      source: sourceRef,
    },
  };
}

type NetworkColumns = ReturnType<typeof networkColumns>;

/** The network tables as datapackage.json publishes them; pro_jinzai_presence.csv holds each code once. */
export function networkRawTables(data: NetworkData): Record<string, RawTableColumns> {
  const tables: Record<string, RawTableColumns> = {};
  for (const [file, columns] of Object.entries(networkColumns(data))) tables[file] = { columns };
  tables['pro_jinzai_presence.csv'] = { ...tables['pro_jinzai_presence.csv'], primaryKey: 'code' };
  return tables;
}

/** Reads one raw table and validates it with its columns. */
type ReadTable = <F extends keyof NetworkColumns>(file: F) => { csv: CsvFile; rows: ReturnType<typeof validateTable<NetworkColumns[F]>> };

export function ingestNetworks(dataDir: string): NetworkData {
  const raw = (name: string) => join(dataDir, 'raw', name);
  const organisationTypes = validateTable(readCsv(raw('organisation_types.csv')), ORGANISATION_TYPE_COLUMNS).map(({ value: v }) => ({
    id: v.id,
    name: bi(v.name_ja, v.name_en),
    sector: v.sector,
    p19Row: v.p19_row,
    page: v.page,
  }));
  const pilotOrganisations = validateTable(readCsv(raw('pilot_organisations.csv')), PILOT_ORGANISATION_COLUMNS).map(({ value: v }) => ({
    id: v.id,
    organisation: bi(v.organisation_ja, v.organisation_en),
    short: bi(v.short_ja, v.short_en),
    prefectureCodes: v.prefecture_codes,
    area: bi(v.area_ja, v.area_en),
    page: v.page,
  }));
  const columns = networkColumns({ organisationTypes, pilotOrganisations });
  const read: ReadTable = (file) => {
    const csv = readCsv(raw(file));
    return { csv, rows: validateTable(csv, columns[file]) };
  };
  const roleSplits = readRoleSplits(read);
  const stepEvidence = readStepEvidence(read);
  const pilotNetworks = readPilotNetworks(read);
  const caseStudies = readCaseStudies(read);
  checkCaseReferences(raw, caseStudies, roleSplits, stepEvidence, pilotNetworks);
  return {
    steps: readSteps(read),
    organisationTypes,
    stepEvidence,
    stepMatrix: stepMatrixFrom(stepEvidence, roleSplits),
    leads: readLeads(read),
    networkTypes: readNetworkTypes(read),
    patternPoints: readPatternPoints(read),
    pairingExamples: readPairingExamples(read),
    roleSplits,
    roleSplitExample: readRoleSplitExample(read),
    pilotOrganisations,
    pilotNetworks,
    kpis: readKpis(read),
    caseStudies,
    presence: readPresence(read),
    statements: readStatements(dataDir),
  };
}

/** steps.csv: STEP0–5 with the guidebook's label and its variant elsewhere in the text. */
function readSteps(read: ReadTable) {
  return read('steps.csv').rows.map(({ value: v }) => ({
    step: v.step,
    name: bi(v.name_ja, v.name_en),
    variant: v.variant_ja === '' ? null : bi(v.variant_ja, v.variant_en),
    page: v.page,
  }));
}

/** network_leads.csv: the two 類型, their keywords and rationale (p.26). */
function readLeads(read: ReadTable) {
  return read('network_leads.csv').rows.map(({ value: v }) => ({
    lead: v.lead,
    name: bi(v.name_ja, v.name_en),
    keyword: bi(v.keyword_ja, v.keyword_en),
    rationale: bi(v.rationale_ja, v.rationale_en),
    coreBodies: v.core_bodies.split(';'),
    page: v.page,
  }));
}

/** network_types.csv: the four 連携パターン. */
function readNetworkTypes(read: ReadTable) {
  return read('network_types.csv').rows.map(({ value: v }) => ({
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
function readPatternPoints(read: ReadTable) {
  return read('pattern_points.csv').rows.map(({ value: v }) => ({
    id: v.id,
    lead: v.lead,
    appliesTo: v.applies_to,
    kind: v.kind,
    page: v.page,
    text: bi(v.text_ja, v.text_en),
  }));
}

/** pairing_examples.csv: the example combinations per pattern (p.27). */
function readPairingExamples(read: ReadTable) {
  return read('pairing_examples.csv').rows.map(({ value: v }) => ({
    pairing: v.pairing,
    leadType: v.lead_type,
    participantType: v.participant_type,
    page: v.page,
  }));
}

/** role_splits.csv: each case's role split over STEP0–5. */
function readRoleSplits(read: ReadTable) {
  return read('role_splits.csv').rows.map(({ value: v }) => ({
    caseId: v.case_id,
    pairing: v.pairing,
    step: v.step,
    organisationType: v.organisation_type,
    role: v.role,
    page: v.page,
  }));
}

/** role_split_example.csv: the generic role split of p.29. */
function readRoleSplitExample(read: ReadTable) {
  return read('role_split_example.csv').rows.map(({ value: v }) => ({
    pairing: v.pairing,
    order: v.order,
    name: v.name_ja,
    organisationType: v.organisation_type,
    page: v.page,
  }));
}

/** step_evidence.csv: the passages behind each cell of the STEP matrix. */
function readStepEvidence(read: ReadTable) {
  return read('step_evidence.csv').rows.map(({ value: v }) => ({
    organisationType: v.organisation_type,
    steps: v.steps,
    source: v.basis,
    page: v.page,
    passage: bi(v.passage_ja, v.passage_en),
  }));
}

/** pilot_networks.csv: the twelve networks of the p.28 chart. */
function readPilotNetworks(read: ReadTable) {
  const { csv, rows } = read('pilot_networks.csv');
  return rows.map(({ line, value: v }) => {
    if ((v.sme_min === null) !== (v.sme_max === null) || (v.sme_min !== null && v.sme_max !== null && v.sme_min > v.sme_max)) {
      throw new DataError(cellPlace(csv, line, 'sme_max'), 'both SME bounds empty, or sme_min ≤ sme_max', quoted(String(v.sme_max ?? '')));
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
function readKpis(read: ReadTable) {
  return read('pilot_kpis.csv').rows.map(({ value: v }) => ({
    kpi: v.kpi,
    label: bi(v.label_ja, v.label_en),
    unit: bi(v.unit_ja, v.unit_en),
    plan: v.plan,
    actual: v.actual,
    page: v.page,
  }));
}

/** case_studies.csv: the network and training cases. */
function readCaseStudies(read: ReadTable) {
  const { csv, rows } = read('case_studies.csv');
  return rows.map(({ line, value: v }) => {
    if (v.kind === 'network' && v.pairing === null) {
      throw new DataError(cellPlace(csv, line, 'pairing'), 'a pairing from 1 to 4 for a network case', quoted(''));
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
function readPresence(read: ReadTable) {
  const { csv, rows } = read('pro_jinzai_presence.csv');
  requireEveryPrefectureOnce(
    csv,
    rows.map((r) => ({ line: r.line, code: r.value.code })),
  );
  return rows
    .map(({ value: v }) => ({ code: v.code, proJinzaiKyoten: v.pro_jinzai_kyoten, yorozuShienKyoten: v.yorozu_shien_kyoten, page: v.page }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Every case id another table names exists in case_studies.csv (step evidence may also be generic). */
function checkCaseReferences(
  raw: (name: string) => string,
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
