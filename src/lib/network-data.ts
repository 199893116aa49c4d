/**
 * The shape of public/data/networks.json: chapters 2–3 of the guidebook as validated data, written
 * as zod schemas (the types are inferred from them) so that the pages parse the file once against
 * the same description the build writes it to (src/lib/atlas.ts).
 */
import { z } from 'zod';
import { bilingual } from './derived-data.ts';

const sector = z.enum(['public', 'private']);
export type Sector = z.infer<typeof sector>;

/**
 * What kind of statement a sentence is: the guidebook's (always with its page), our computation
 * from guidebook figures (with the page of the figures), or our own reading (never with a page).
 */
const statementKind = z.enum(['guidebook', 'computed', 'ours']);
export type StatementKind = z.infer<typeof statementKind>;

const statement = z.strictObject({ id: z.string(), kind: statementKind, page: z.number().nullable(), text: bilingual });
export type Statement = z.infer<typeof statement>;

/** One cell of the organisation × STEP matrix: how many of a type cover the STEP (p.19's two levels). */
const stepCell = z.strictObject({
  organisationType: z.string(),
  step: z.number(),
  level: z.enum(['most', 'some']),
  pages: z.array(z.number()),
});
export type StepCell = z.infer<typeof stepCell>;

export const networkDataSchema = z.strictObject({
  steps: z.array(z.strictObject({ step: z.number(), name: bilingual, variant: bilingual.nullable(), page: z.number() })),
  /** p19Row: the row's place in the p.19 chart; null for types that appear only in the cases. */
  organisationTypes: z.array(z.strictObject({ id: z.string(), name: bilingual, sector, p19Row: z.number().nullable(), page: z.number() })),
  stepEvidence: z.array(
    z.strictObject({ organisationType: z.string(), steps: z.array(z.number()), source: z.string(), page: z.number(), passage: bilingual }),
  ),
  stepMatrix: z.array(stepCell),
  leads: z.array(
    z.strictObject({
      lead: sector,
      name: bilingual,
      keyword: bilingual,
      rationale: bilingual,
      coreBodies: z.array(z.string()),
      page: z.number(),
    }),
  ),
  networkTypes: z.array(
    z.strictObject({
      pairing: z.number(),
      symbol: z.string(),
      lead: sector,
      participants: sector,
      name: bilingual,
      traits: bilingual,
      page: z.number(),
    }),
  ),
  patternPoints: z.array(
    z.strictObject({
      id: z.string(),
      lead: sector,
      appliesTo: z.array(z.number()),
      kind: statementKind,
      page: z.number(),
      text: bilingual,
    }),
  ),
  pairingExamples: z.array(z.strictObject({ pairing: z.number(), leadType: z.string(), participantType: z.string(), page: z.number() })),
  roleSplits: z.array(
    z.strictObject({
      caseId: z.string(),
      pairing: z.number(),
      step: z.number(),
      organisationType: z.string(),
      role: z.enum(['lead', 'support', 'external']),
      page: z.number(),
    }),
  ),
  /** p.29's generic role split, as the names read in order per pairing. */
  roleSplitExample: z.array(
    z.strictObject({ pairing: z.number(), order: z.number(), name: z.string(), organisationType: z.string(), page: z.number() }),
  ),
  /** short: the abbreviation p.20 gives each body (「以下、ETIC」); area: every area the body ran the pilot in, in one phrase (p.28). */
  pilotOrganisations: z.array(
    z.strictObject({
      id: z.number(),
      organisation: bilingual,
      short: bilingual,
      prefectureCodes: z.array(z.string()),
      area: bilingual,
      page: z.number(),
    }),
  ),
  pilotNetworks: z.array(
    z.strictObject({
      id: z.string(),
      organisationId: z.number(),
      area: bilingual,
      prefectureCodes: z.array(z.string()),
      /** How much of its prefecture the network covered, read from the area's name (p.28). */
      extent: z.enum(['prefecture', 'region', 'municipal']),
      lead: sector.nullable(),
      pairing: z.number().nullable(),
      leadNote: bilingual,
      smeMin: z.number().nullable(),
      smeMax: z.number().nullable(),
      caseId: z.string().nullable(),
      pages: z.array(z.number()),
    }),
  ),
  kpis: z.array(
    z.strictObject({
      kpi: z.string(),
      label: bilingual,
      unit: bilingual,
      plan: z.number().nullable(),
      actual: z.number(),
      page: z.number(),
    }),
  ),
  caseStudies: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(['network', 'training']),
      title: bilingual,
      organisation: z.string(),
      prefectureCodes: z.array(z.string()),
      lead: sector.nullable(),
      pairing: z.number().nullable(),
      smeCount: z.number().nullable(),
      summary: bilingual,
      page: z.number(),
    }),
  ),
  presence: z.array(z.strictObject({ code: z.string(), proJinzaiKyoten: z.boolean(), yorozuShienKyoten: z.boolean(), page: z.number() })),
  statements: z.array(statement),
});
export type NetworkData = z.infer<typeof networkDataSchema>;
