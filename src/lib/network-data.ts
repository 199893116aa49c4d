/** The shape of public/data/networks.json: chapters 2–3 of the guidebook as validated data. */
import type { Bilingual } from './derived-data.ts';

export type Sector = 'public' | 'private';

/**
 * What kind of statement a sentence is: the guidebook's (always with its page), our computation
 * from guidebook figures (with the page of the figures), or our own reading (never with a page).
 */
export type StatementKind = 'guidebook' | 'computed' | 'ours';

export interface Statement {
  id: string;
  kind: StatementKind;
  page: number | null;
  text: Bilingual;
}

/** One cell of the organisation × STEP matrix: how many of a type cover the STEP (p.19's two levels). */
export interface StepCell {
  organisationType: string;
  step: number;
  level: 'most' | 'some';
  pages: number[];
}

export interface NetworkData {
  steps: { step: number; name: Bilingual; variant: Bilingual | null; page: number }[];
  /** p19Row: the row's place in the p.19 chart; null for types that appear only in the cases. */
  organisationTypes: { id: string; name: Bilingual; sector: Sector; p19Row: number | null; page: number }[];
  stepEvidence: { organisationType: string; steps: number[]; source: string; page: number; passage: Bilingual }[];
  stepMatrix: StepCell[];
  leads: { lead: Sector; name: Bilingual; keyword: Bilingual; rationale: Bilingual; coreBodies: string[]; page: number }[];
  networkTypes: {
    pairing: number;
    symbol: string;
    lead: Sector;
    participants: Sector;
    name: Bilingual;
    traits: Bilingual;
    page: number;
  }[];
  patternPoints: { id: string; lead: Sector; appliesTo: number[]; kind: StatementKind; page: number; text: Bilingual }[];
  pairingExamples: { pairing: number; leadType: string; participantType: string; page: number }[];
  roleSplits: {
    caseId: string;
    pairing: number;
    step: number;
    organisationType: string;
    role: 'lead' | 'support' | 'external';
    page: number;
  }[];
  /** p.29's generic role split, as the names read in order per pairing. */
  roleSplitExample: { pairing: number; order: number; name: string; organisationType: string; page: number }[];
  /** short: the abbreviation p.20 gives each body (「以下、ETIC」). */
  /** area: every area the body ran the pilot in, in one phrase (p.28). */
  pilotOrganisations: { id: number; organisation: Bilingual; short: Bilingual; prefectureCodes: string[]; area: Bilingual; page: number }[];
  pilotNetworks: {
    id: string;
    organisationId: number;
    area: Bilingual;
    prefectureCodes: string[];
    /** How much of its prefecture the network covered, read from the area's name (p.28). */
    extent: 'prefecture' | 'region' | 'municipal';
    lead: Sector | null;
    pairing: number | null;
    leadNote: Bilingual;
    smeMin: number | null;
    smeMax: number | null;
    caseId: string | null;
    pages: number[];
  }[];
  kpis: { kpi: string; label: Bilingual; unit: Bilingual; plan: number | null; actual: number; page: number }[];
  caseStudies: {
    id: string;
    kind: 'network' | 'training';
    title: Bilingual;
    organisation: string;
    prefectureCodes: string[];
    lead: Sector | null;
    pairing: number | null;
    smeCount: number | null;
    summary: Bilingual;
    page: number;
  }[];
  presence: { code: string; proJinzaiKyoten: boolean; yorozuShienKyoten: boolean; page: number }[];
  statements: Statement[];
}
