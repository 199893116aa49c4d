/**
 * Suggests a network type for an area from its placement market, its shortage and its size.
 * Every threshold comes from data/network_rules.csv; the reasons are returned as structured
 * facts, worded by the i18n strings, so both languages say exactly the same thing.
 */
import type { NetworkData, Sector } from './network-data.ts';

export interface NetworkRules {
  /** SMEs per agency above (national × this) counts as a thin private placement market (p.10). */
  thinMarketAbove: number;
  /** Job-opening ratio above (national × this) counts as a strong shortage (p.9). */
  strongShortageAbove: number;
  /** Within this fraction of a threshold, the other side is "nearly as fitting". */
  nearBoundaryWithin: number;
  /** An area with at least this many SMEs suggests prefecture-wide coverage (p.28). */
  prefectureWideFromSmes: number;
}

export interface AreaFacts {
  smesPerAgency: number;
  jobOpeningRatio: number;
  national: { smesPerAgency: number; jobOpeningRatio: number };
  /** SMEs in the area, when known (a planner's municipal network, or raw counts). */
  smeCount: number | null;
  /** Whether a プロフェッショナル人材戦略拠点 operates in the area (none in Tokyo and Okinawa, p.18). */
  hasProJinzaiKyoten: boolean;
  prefectureCodes: string[];
}

export type Reason =
  | { kind: 'thinMarket'; value: number; national: number; ratio: number }
  | { kind: 'denseMarket'; value: number; national: number; ratio: number }
  | { kind: 'strongShortage'; value: number; national: number; ratio: number }
  | { kind: 'moderateShortage'; value: number; national: number; ratio: number }
  | { kind: 'leadNearBoundary'; otherLead: Sector }
  | { kind: 'pairingNearBoundary'; otherPairing: number }
  | { kind: 'prefectureWide'; smeCount: number; threshold: number }
  | { kind: 'municipal'; smeCount: number; threshold: number }
  | { kind: 'coverageFollowsLead'; lead: Sector }
  | { kind: 'noProJinzaiKyoten' };

export interface RoleAssignment {
  step: number;
  organisations: { id: string; role: 'lead' | 'support' | 'external'; substitutesFor?: string }[];
}

export interface Suggestion {
  lead: Sector;
  participants: Sector;
  pairing: number;
  coverage: 'prefecture' | 'municipal';
  reasons: Reason[];
  nearBoundary: { lead: boolean; pairing: boolean };
  /** The pairing the area would get if the nearest threshold fell the other way. */
  alternativePairing: number | null;
  /** Case studies of the same pairing first, then the same lead, then those run in the area. */
  caseIds: string[];
  roleSplit: RoleAssignment[];
}

const PAIRINGS: Record<Sector, Record<Sector, number>> = {
  public: { public: 1, private: 2 },
  private: { public: 3, private: 4 },
};

const other = (sector: Sector): Sector => (sector === 'public' ? 'private' : 'public');

export function pairingOf(lead: Sector, participants: Sector): number {
  return PAIRINGS[lead][participants];
}

export function suggestNetwork(area: AreaFacts, rules: NetworkRules, networks: NetworkData): Suggestion {
  const reasons: Reason[] = [];
  const marketRatio = area.smesPerAgency / area.national.smesPerAgency;
  const shortageRatio = area.jobOpeningRatio / area.national.jobOpeningRatio;

  // p.10–12: where paid agencies are few per SME, placement struggles as a business, so a
  // neutral public lead that can mobilise many organisations fits better (p.25).
  const thin = marketRatio > rules.thinMarketAbove;
  const lead: Sector = thin ? 'public' : 'private';
  const market = { value: area.smesPerAgency, national: area.national.smesPerAgency, ratio: marketRatio };
  reasons.push(thin ? { kind: 'thinMarket', ...market } : { kind: 'denseMarket', ...market });

  // A strong shortage needs more hands than one sector has: pair with the other sector.
  const strong = shortageRatio > rules.strongShortageAbove;
  const participants: Sector = strong ? other(lead) : lead;
  const shortage = { value: area.jobOpeningRatio, national: area.national.jobOpeningRatio, ratio: shortageRatio };
  reasons.push(strong ? { kind: 'strongShortage', ...shortage } : { kind: 'moderateShortage', ...shortage });

  const pairing = pairingOf(lead, participants);
  const nearLead = Math.abs(marketRatio - rules.thinMarketAbove) / rules.thinMarketAbove <= rules.nearBoundaryWithin;
  const nearPairing = Math.abs(shortageRatio - rules.strongShortageAbove) / rules.strongShortageAbove <= rules.nearBoundaryWithin;
  let alternativePairing: number | null = null;
  if (nearLead) {
    const otherLead = other(lead);
    alternativePairing = pairingOf(otherLead, strong ? other(otherLead) : otherLead);
    reasons.push({ kind: 'leadNearBoundary', otherLead });
  }
  if (nearPairing) {
    const otherPairing = pairingOf(lead, other(participants));
    alternativePairing ??= otherPairing;
    reasons.push({ kind: 'pairingNearBoundary', otherPairing });
  }

  // p.28: in the pilot, public leads covered whole prefectures and private leads municipalities.
  let coverage: Suggestion['coverage'];
  if (area.smeCount !== null) {
    coverage = area.smeCount >= rules.prefectureWideFromSmes ? 'prefecture' : 'municipal';
    const facts = { smeCount: area.smeCount, threshold: rules.prefectureWideFromSmes };
    reasons.push(coverage === 'prefecture' ? { kind: 'prefectureWide', ...facts } : { kind: 'municipal', ...facts });
  } else {
    coverage = lead === 'public' ? 'prefecture' : 'municipal';
    reasons.push({ kind: 'coverageFollowsLead', lead });
  }

  if (!area.hasProJinzaiKyoten) reasons.push({ kind: 'noProJinzaiKyoten' });

  return {
    lead,
    participants,
    pairing,
    coverage,
    reasons,
    nearBoundary: { lead: nearLead, pairing: nearPairing },
    alternativePairing,
    caseIds: matchingCases(networks, lead, pairing, area.prefectureCodes),
    roleSplit: roleSplitFor(networks, pairing, area.hasProJinzaiKyoten),
  };
}

function matchingCases(networks: NetworkData, lead: Sector, pairing: number, codes: string[]): string[] {
  const rank = (c: NetworkData['caseStudies'][number]) =>
    c.pairing === pairing ? 0 : c.lead === lead ? 1 : c.prefectureCodes.some((code) => codes.includes(code)) ? 2 : 3;
  return networks.caseStudies
    .filter((c) => rank(c) < 3)
    .sort((a, b) => rank(a) - rank(b) || a.page - b.page)
    .map((c) => c.id);
}

export const PRO_JINZAI_KYOTEN = 'pro_jinzai_kyoten';

/**
 * The guidebook's example role split for a pairing (chapter 3 cases), one list per STEP. Where
 * the area has no プロ人材拠点, its STEPs go to present organisations of the same sector that
 * usually cover that STEP (p.18–19), so the split never leans on a missing hub.
 */
export function roleSplitFor(networks: NetworkData, pairing: number, hasProJinzaiKyoten: boolean): RoleAssignment[] {
  const types = new Map(networks.organisationTypes.map((t) => [t.id, t]));
  return networks.steps.map(({ step }) => {
    const seen = new Set<string>();
    const organisations: RoleAssignment['organisations'] = [];
    for (const split of networks.roleSplits.filter((s) => s.pairing === pairing && s.step === step)) {
      let id = split.organisationType;
      let substitutesFor: string | undefined;
      if (id === PRO_JINZAI_KYOTEN && !hasProJinzaiKyoten) {
        const sector = types.get(id)?.sector;
        const substitute = networks.organisationTypes.find((t) => t.id !== PRO_JINZAI_KYOTEN && t.sector === sector && t.steps.includes(step));
        if (!substitute) continue;
        substitutesFor = id;
        id = substitute.id;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      organisations.push({ id, role: split.role, ...(substitutesFor ? { substitutesFor } : {}) });
    }
    return { step, organisations };
  });
}
