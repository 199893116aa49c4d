/**
 * The shape of public/data/suggestions.json, written by scripts/lib/derive-suggestions.ts, as a
 * zod schema the pages parse the file with (src/lib/atlas.ts); the types are inferred from it and
 * must fit the engine's own (src/lib/suggest-network.ts), which the compiler checks where the pages
 * hand a suggestion to it.
 */
import { z } from 'zod';
import { bilingual } from './derived-data.ts';

const sector = z.enum(['public', 'private']);
const reference = z.enum(['median', 'national', 'regional']);
const indicatorPair = z.strictObject({ smesPerAgency: z.number(), jobOpeningRatio: z.number() });
const role = z.enum(['lead', 'support', 'external']);

/** A rule of our reading as data/network_rules.csv states it: always ours, so never with a page. */
const describedRule = z.strictObject({ rule: z.string(), value: z.string(), kind: z.literal('ours'), meaning: bilingual });
export type DescribedRule = z.infer<typeof describedRule>;

const prefectureSuggestion = z.strictObject({
  code: z.string(),
  slug: z.string(),
  neighbours: z.array(z.strictObject({ code: z.string(), link: z.enum(['land', 'bridge', 'sea']) })),
  lead: sector,
  participants: sector,
  pairing: z.number(),
  coverage: z.enum(['prefecture', 'municipal']),
  basis: z.enum(['ownCase', 'ownPilot', 'reading']),
  readingPairing: z.number(),
  byReference: z.array(z.strictObject({ reference, smesPerAgency: z.number(), fewerAgencies: z.boolean(), pairing: z.number() })),
  differsFromOwnCase: z.boolean().nullable(),
  reasons: z.array(
    z.strictObject({
      id: z.string(),
      section: z.enum(['pilot', 'first', 'indicators', 'guidebook', 'steps']),
      kind: z.enum(['guidebook', 'computed', 'ours']),
      pages: z.array(z.number()),
      text: bilingual,
    }),
  ),
  ownNetworkIds: z.array(z.string()),
  ownCaseIds: z.array(z.string()),
  caseIds: z.array(z.string()),
  roleSplitCaseId: z.string(),
  roleSplit: z.array(
    z.strictObject({
      step: z.number(),
      organisations: z.array(
        z.strictObject({ id: z.string(), role, absentHere: z.boolean().optional(), substitutesFor: z.string().optional() }),
      ),
    }),
  ),
  stepCandidates: z.array(
    z.strictObject({
      step: z.number(),
      organisations: z.array(z.strictObject({ id: z.string(), level: z.enum(['most', 'some']), pages: z.array(z.number()) })),
    }),
  ),
});
export type PrefectureSuggestion = z.infer<typeof prefectureSuggestion>;

export const suggestionsFileSchema = z.strictObject({
  /** The reading's settings and reference figures, as the engine takes them. */
  thresholds: z.strictObject({
    reference,
    fewerAgenciesAbove: z.number(),
    patterns: z.strictObject({
      hubMoreAgencies: z.number(),
      hubFewerAgencies: z.number(),
      noHubMoreAgencies: z.number(),
      noHubFewerAgencies: z.number(),
      privatePilot: z.number(),
    }),
    /** The case whose role split illustrates each pairing, by pairing. */
    exampleCases: z.record(z.string(), z.string()),
    references: z.strictObject({ median: indicatorPair, national: indicatorPair, regional: indicatorPair }),
  }),
  /** The same rules described for readers. */
  rules: z.array(describedRule),
  /** The guidebook's published national figures (p.9, p.10). */
  national: indicatorPair,
  prefectures: z.array(prefectureSuggestion),
});
export type SuggestionsFile = z.infer<typeof suggestionsFileSchema>;
