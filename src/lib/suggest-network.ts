/**
 * What a profile says about networks for one area: its own FY2021 pilot networks and cases
 * first, then the guidebook's own criteria (with pages), then the two indicators against a
 * reference, then our reading (labelled as ours, never with a page). The guidebook gives no rule
 * for choosing a type from the indicators (p.26 sorts its lessons by type for spreading the
 * model); the pairing our reading names comes from data/network_rules.csv, kind "ours".
 *
 * Every sentence is a statement from data/network_statements.csv (or built from a guidebook
 * table), returned with its kind and pages, in both languages, so the words live in data and
 * both languages say the same thing.
 */
import type { Lang } from '../config.ts';
import type { Bilingual } from './derived-data.ts';
import { formatNumber } from './format.ts';
import type { NetworkData, Sector, StatementKind } from './network-data.ts';

export type ReferenceName = 'median' | 'national' | 'regional';
export const REFERENCE_NAMES: readonly ReferenceName[] = ['median', 'national', 'regional'];

export interface IndicatorPair {
  smesPerAgency: number;
  jobOpeningRatio: number;
}

/** The reading's settings as data/network_rules.csv holds them. */
export interface RuleSettings {
  reference: ReferenceName;
  /** SMEs per agency above (reference × this) is read as fewer placement agencies than the reference. */
  fewerAgenciesAbove: number;
  patterns: {
    hubMoreAgencies: number;
    hubFewerAgencies: number;
    noHubMoreAgencies: number;
    noHubFewerAgencies: number;
    privatePilot: number;
  };
  /** The case whose role split illustrates each pairing when the area has no case of its own. */
  exampleCases: Record<number, string>;
}

/** The settings with the reference figures filled in at build time. */
export interface NetworkRules extends RuleSettings {
  references: Record<ReferenceName, IndicatorPair>;
}

export interface AreaFacts {
  smesPerAgency: number;
  jobOpeningRatio: number;
  /** The guidebook's published national figures (p.9, p.10). */
  national: IndicatorPair;
  /** SMEs in the area when known (a planner's area); null for a whole prefecture. */
  smeCount: number | null;
  /** Whether a プロフェッショナル人材戦略拠点 operates in the area (none in Tokyo and Okinawa, p.18). */
  hasProJinzaiKyoten: boolean;
  prefectureCodes: string[];
  name?: Bilingual;
}

export type ReasonSection = 'pilot' | 'first' | 'indicators' | 'guidebook' | 'steps';

export interface Reason {
  id: string;
  section: ReasonSection;
  kind: StatementKind;
  pages: number[];
  text: Bilingual;
}

export interface RoleAssignment {
  step: number;
  organisations: { id: string; role: 'lead' | 'support' | 'external'; absentHere?: boolean; substitutesFor?: string }[];
}

export interface ReferenceReading {
  reference: ReferenceName;
  smesPerAgency: number;
  fewerAgencies: boolean;
  pairing: number;
}

export interface Suggestion {
  lead: Sector;
  participants: Sector;
  /** The pairing named first. */
  pairing: number;
  /** The area the reading describes (a whole prefecture, or a planner's municipal area); not advice. */
  coverage: 'prefecture' | 'municipal';
  basis: 'ownCase' | 'ownPilot' | 'reading';
  /** The pairing our reading of the indicators points to, under the chosen reference. */
  readingPairing: number;
  byReference: ReferenceReading[];
  /** Whether our reading differs from the area's own case study; null where it has none. */
  differsFromOwnCase: boolean | null;
  reasons: Reason[];
  ownNetworkIds: string[];
  ownCaseIds: string[];
  /** The area's own cases first, then cases of the same pairing, then of the same type. */
  caseIds: string[];
  roleSplitCaseId: string;
  roleSplit: RoleAssignment[];
  stepCandidates: { step: number; organisations: { id: string; level: 'most' | 'some'; pages: number[] }[] }[];
}

export const PRO_JINZAI_KYOTEN = 'pro_jinzai_kyoten';
const SECTORS: Record<number, [Sector, Sector]> = {
  1: ['public', 'public'],
  2: ['public', 'private'],
  3: ['private', 'public'],
  4: ['private', 'private'],
};

export function pairingOf(lead: Sector, participants: Sector): number {
  return Number(Object.entries(SECTORS).find(([, [l, p]]) => l === lead && p === participants)![0]);
}

/** The pairing our reading points to, for one reference. */
export function readingFor(
  area: Pick<AreaFacts, 'smesPerAgency' | 'hasProJinzaiKyoten'>,
  rules: NetworkRules,
  reference: ReferenceName,
): ReferenceReading {
  const figure = rules.references[reference].smesPerAgency;
  const fewerAgencies = area.smesPerAgency > figure * rules.fewerAgenciesAbove;
  const p = rules.patterns;
  const pairing = area.hasProJinzaiKyoten
    ? fewerAgencies
      ? p.hubFewerAgencies
      : p.hubMoreAgencies
    : fewerAgencies
      ? p.noHubFewerAgencies
      : p.noHubMoreAgencies;
  return { reference, smesPerAgency: figure, fewerAgencies, pairing };
}

export function suggestNetwork(area: AreaFacts, rules: NetworkRules, networks: NetworkData): Suggestion {
  const statement = (id: string) => {
    const found = networks.statements.find((s) => s.id === id);
    if (!found) throw new Error(`network_statements.csv has no statement ${id}`);
    return found;
  };
  const reasons: Reason[] = [];
  const say = (section: ReasonSection, id: string, params: Record<string, Bilingual> = {}) => {
    const s = statement(id);
    const fill = (lang: Lang) => s.text[lang].replace(/\{(\w+)\}/g, (_, key: string) => params[key]?.[lang] ?? `{${key}}`);
    reasons.push({ id, section, kind: s.kind, pages: s.page === null ? [] : [s.page], text: { ja: fill('ja'), en: fill('en') } });
  };
  const cite = (section: ReasonSection, id: string, kind: StatementKind, pages: number[], text: Bilingual) =>
    reasons.push({ id, section, kind, pages, text });
  const num = (value: number, decimals: number): Bilingual => ({
    ja: formatNumber('ja', value, decimals),
    en: formatNumber('en', value, decimals),
  });
  const typeName = (id: string) => networks.organisationTypes.find((t) => t.id === id)?.name ?? { ja: id, en: id };
  const pairingName = (pairing: number) =>
    networks.networkTypes.find((t) => t.pairing === pairing)?.symbol ?? ['', '①', '②', '③', '④'][pairing] ?? String(pairing);
  const areaName = area.name ?? { ja: 'この地域', en: 'This area' };
  const hub = area.hasProJinzaiKyoten;
  const inArea = (codes: string[]) => codes.some((code) => area.prefectureCodes.includes(code));

  // 1. The area's own pilot networks and case studies, as the guidebook states them.
  const ownNetworks = networks.pilotNetworks.filter((n) => inArea(n.prefectureCodes));
  const ownCases = networks.caseStudies.filter((c) => inArea(c.prefectureCodes));
  const ownNetworkCases = ownCases.filter((c) => c.kind === 'network' && c.pairing !== null);
  if (ownNetworks.length === 0) say('pilot', 'no_pilot_here');
  for (const n of ownNetworks) {
    const body = networks.pilotOrganisations.find((o) => o.id === n.organisationId)?.organisation ?? { ja: '', en: '' };
    cite('pilot', `pilot_${n.id}`, 'guidebook', n.pages, {
      ja: `${body.ja}（${n.area.ja}）：${n.leadNote.ja}`,
      en: `${body.en} (${n.area.en}): ${n.leadNote.en}`,
    });
  }
  for (const c of ownNetworkCases) {
    const symbol = pairingName(c.pairing as number);
    cite('pilot', `case_${c.id}`, 'guidebook', [c.page], {
      ja: `取組事例：${c.title.ja}（${symbol}）`,
      en: `Case study: ${c.title.en} (${symbol})`,
    });
  }

  // 2. Which pairing is named first, and on what basis.
  const reading = readingFor(area, rules, rules.reference);
  const byReference = REFERENCE_NAMES.map((reference) => readingFor(area, rules, reference));
  const ownCase = ownNetworkCases[0];
  const privatePilot = ownNetworks.some((n) => n.lead === 'private' && n.pairing === null && n.caseId === null);
  let basis: Suggestion['basis'];
  let pairing: number;
  say('first', 'no_selection_rule');
  if (ownCase) {
    basis = 'ownCase';
    pairing = ownCase.pairing as number;
    say('first', 'own_case_first');
  } else if (privatePilot) {
    basis = 'ownPilot';
    pairing = rules.patterns.privatePilot;
    say('first', 'private_pilot_reading');
  } else {
    basis = 'reading';
    pairing = reading.pairing;
    say('first', 'reading_first');
  }
  const differsFromOwnCase = ownCase ? ownCase.pairing !== reading.pairing : null;
  if (ownCase) {
    const params = {
      reading: { ja: pairingName(reading.pairing), en: pairingName(reading.pairing) },
      own: { ja: pairingName(pairing), en: pairingName(pairing) },
    };
    say('first', differsFromOwnCase ? 'differs_from_own_case' : 'agrees_with_own_case', params);
  }

  // 3. The two indicators against the reference, and our reading of them.
  const ref = rules.references;
  const refName: Bilingual = {
    ja: `47都道府県の中央値（${formatNumber('ja', ref[rules.reference].smesPerAgency, 1)}社）`,
    en: `the median of the 47 prefectures (${formatNumber('en', ref[rules.reference].smesPerAgency, 1)})`,
  };
  if (rules.reference !== 'median') {
    refName.ja =
      rules.reference === 'national'
        ? `全国値（${formatNumber('ja', ref.national.smesPerAgency, 1)}社）`
        : `地方の値（${formatNumber('ja', ref.regional.smesPerAgency, 1)}社）`;
    refName.en =
      rules.reference === 'national'
        ? `the national figure (${formatNumber('en', ref.national.smesPerAgency, 1)})`
        : `the non-metropolitan figure (${formatNumber('en', ref.regional.smesPerAgency, 1)})`;
  }
  say('indicators', 'smes_vs_reference', {
    value: num(area.smesPerAgency, 1),
    median: num(ref.median.smesPerAgency, 1),
    times: num(area.smesPerAgency / ref.median.smesPerAgency, 2),
    national: num(ref.national.smesPerAgency, 1),
    regional: num(ref.regional.smesPerAgency, 1),
  });
  say('indicators', 'ratio_vs_reference', {
    value: num(area.jobOpeningRatio, 2),
    median: num(ref.median.jobOpeningRatio, 2),
    times: num(area.jobOpeningRatio / ref.median.jobOpeningRatio, 2),
    national: num(ref.national.jobOpeningRatio, 2),
    regional: num(ref.regional.jobOpeningRatio, 2),
  });
  say('indicators', 'reference_choice');
  const readingId = hub
    ? reading.fewerAgencies
      ? 'hub_fewer_agencies'
      : 'hub_more_agencies'
    : reading.fewerAgencies
      ? 'no_hub_fewer_agencies'
      : 'no_hub_more_agencies';
  say('indicators', readingId, { name: areaName, refName });
  say('indicators', 'shortage_not_used');

  // 4. What the guidebook itself says about the pairing named first (pp.26–34).
  // The pairing's sectors follow from its number (p.27), so a caller that leaves out the
  // network-type table (the planner's island) still gets a whole reading.
  const [leadSector, participantSector] = SECTORS[pairing]!;
  const type = networks.networkTypes.find((t) => t.pairing === pairing);
  const typeLabel: Bilingual = type?.name ?? { ja: pairingName(pairing), en: pairingName(pairing) };
  const lead = networks.leads.find((l) => l.lead === leadSector)!;
  say('guidebook', 'typology_purpose');
  cite('guidebook', `lead_${lead.lead}`, 'guidebook', [lead.page], {
    ja: `${lead.name.ja}（キーワード：${lead.keyword.ja}）：${lead.rationale.ja}`,
    en: `${lead.name.en} (keyword: ${lead.keyword.en}): ${lead.rationale.en}`,
  });
  const examples = networks.pairingExamples.filter((e) => e.pairing === pairing);
  if (examples.length > 0) {
    cite('guidebook', `examples_${pairing}`, 'guidebook', [examples[0]!.page], {
      ja: `${typeLabel.ja}の主な組み合わせの例：${examples.map((e) => `${typeName(e.leadType).ja}×${typeName(e.participantType).ja}`).join('、')}`,
      en: `Main combinations given for ${typeLabel.en}: ${examples.map((e) => `${typeName(e.leadType).en} × ${typeName(e.participantType).en}`).join('; ')}`,
    });
  }
  if (type) cite('guidebook', `traits_${pairing}`, 'guidebook', [type.page], type.traits);
  for (const point of networks.patternPoints.filter((p) => p.appliesTo.includes(pairing))) {
    cite('guidebook', `point_${point.id}`, point.kind, [point.page], point.text);
  }
  say('guidebook', 'existing_networks');
  say('guidebook', 'roles_by_strength');
  say('guidebook', 'pilot_design');
  say('guidebook', 'pilot_design_reading');

  // 5. Who could cover each STEP here: STEP4 where agencies are few, the hub's STEPs where there is none.
  if (reading.fewerAgencies) {
    for (const id of ['thin_market_p10', 'reduce_ratio_p11', 'new_matchmakers_p12', 'bank_placement_p18', 'step4_fewer_agencies'])
      say('steps', id);
  } else {
    say('steps', 'step4_more_agencies');
  }
  if (!hub) for (const id of ['no_hub_p18', 'hub_role_p18', 'no_hub_steps']) say('steps', id);
  const p29 = networks.roleSplitExample.filter((r) => r.pairing === pairing);
  if (p29.length > 0) {
    const names = [...new Set(p29.map((r) => r.organisationType))].map(typeName);
    cite('steps', `p29_${pairing}`, 'guidebook', [p29[0]!.page], {
      ja: `実証で見られた${typeLabel.ja}の役割分担例に登場する機関：${names.map((x) => x.ja).join('、')}`,
      en: `Bodies in the pilot’s example role split for ${typeLabel.en}: ${names.map((x) => x.en).join(', ')}`,
    });
  }

  const roleSplitCaseId = ownNetworkCases.find((c) => c.pairing === pairing)?.id ?? rules.exampleCases[pairing] ?? '';
  const rank = (c: NetworkData['caseStudies'][number]) =>
    inArea(c.prefectureCodes) ? (c.kind === 'network' ? 0 : 1) : c.pairing === pairing ? 2 : c.lead === leadSector ? 3 : 4;
  const caseIds = networks.caseStudies
    .filter((c) => rank(c) < 4)
    .sort((a, b) => rank(a) - rank(b) || a.page - b.page)
    .map((c) => c.id);

  return {
    lead: leadSector,
    participants: participantSector,
    pairing,
    coverage: area.smeCount === null ? 'prefecture' : 'municipal',
    basis,
    readingPairing: reading.pairing,
    byReference,
    differsFromOwnCase,
    reasons,
    ownNetworkIds: ownNetworks.map((n) => n.id),
    ownCaseIds: ownCases.map((c) => c.id),
    caseIds,
    roleSplitCaseId,
    roleSplit: roleSplitFor(networks, roleSplitCaseId, hub),
    stepCandidates: stepCandidatesFor(networks, hub),
  };
}

/** One case's role split over STEP0–5 (chapter 3), marking a hub the area does not have. */
export function roleSplitFor(networks: NetworkData, caseId: string, hasProJinzaiKyoten: boolean): RoleAssignment[] {
  return networks.steps.map(({ step }) => ({
    step,
    organisations: networks.roleSplits
      .filter((s) => s.caseId === caseId && s.step === step)
      .map((s) => ({
        id: s.organisationType,
        role: s.role,
        ...(s.organisationType === PRO_JINZAI_KYOTEN && !hasProJinzaiKyoten ? { absentHere: true } : {}),
      })),
  }));
}

/** For each STEP, the types the matrix shows covering it ("most" first), without a hub the area lacks. */
export function stepCandidatesFor(networks: NetworkData, hasProJinzaiKyoten: boolean): Suggestion['stepCandidates'] {
  const order = new Map(networks.organisationTypes.map((t, i) => [t.id, t.p19Row ?? 100 + i]));
  return networks.steps.map(({ step }) => ({
    step,
    organisations: networks.stepMatrix
      .filter((c) => c.step === step && (hasProJinzaiKyoten || c.organisationType !== PRO_JINZAI_KYOTEN))
      .sort(
        (a, b) =>
          (a.level === b.level ? 0 : a.level === 'most' ? -1 : 1) ||
          (order.get(a.organisationType) ?? 0) - (order.get(b.organisationType) ?? 0),
      )
      .map((c) => ({ id: c.organisationType, level: c.level, pages: c.pages })),
  }));
}
