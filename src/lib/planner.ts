/**
 * Sizes a support network from the 2021 pilot's conversion rates (KPI table, p.22). Every rate
 * is per firm matched at STEP4/5 (or per supporter), with a low and a high value from the
 * pilot's plan and its actual result; outputs are ranges, never a single forecast.
 */
import type { NetworkData } from './network-data.ts';

export interface Range {
  low: number;
  high: number;
}

export interface PlannerRates {
  /** Firms reaching STEP3/4 (job posting) for each firm matched at STEP4/5. */
  step34PerMatched: Range;
  /** Participating support organisations per firm matched. */
  organisationsPerMatched: Range;
  /** Supporters given OJT per firm matched. */
  supportersPerMatched: Range;
  /** OJT sessions per supporter. */
  sessionsPerSupporter: Range;
}

export type RateName = keyof PlannerRates;
export const RATE_NAMES: RateName[] = ['step34PerMatched', 'organisationsPerMatched', 'supportersPerMatched', 'sessionsPerSupporter'];

export interface PlannerInput {
  /** Firms to carry through to STEP4/5 matching. */
  targetFirms: number;
  /** SMEs in the area, if known. */
  areaSmes: number | null;
  rates: PlannerRates;
}

export interface PlannerResult {
  targetFirms: number;
  step34Firms: Range;
  organisations: Range;
  supporters: Range;
  sessions: Range;
  /** targetFirms ÷ areaSmes, or null when the area's SME count is not given. */
  shareOfAreaSmes: number | null;
}

export type PlannerProblem =
  | { field: 'targetFirms'; problem: 'notANumber' | 'notPositive' | 'notWhole' | 'aboveAreaSmes' }
  | { field: 'areaSmes'; problem: 'notANumber' | 'notPositive' | 'notWhole' }
  | { field: RateName; problem: 'notANumber' | 'notPositive' | 'lowAboveHigh' };

/** A full set of rates, one per name. */
export function ratesFrom(rateOf: (name: RateName) => Range): PlannerRates {
  return {
    step34PerMatched: rateOf('step34PerMatched'),
    organisationsPerMatched: rateOf('organisationsPerMatched'),
    supportersPerMatched: rateOf('supportersPerMatched'),
    sessionsPerSupporter: rateOf('sessionsPerSupporter'),
  };
}

const range = (a: number, b: number): Range => ({ low: Math.min(a, b), high: Math.max(a, b) });

/** The pilot's rates: low and high of plan and actual for each, from the KPI table. */
export function pilotRates(kpis: NetworkData['kpis']): PlannerRates {
  const kpi = (id: string) => {
    const row = kpis.find((k) => k.kpi === id);
    if (!row) throw new Error(`KPI ${id} is missing from the pilot table`);
    return row;
  };
  const both = (numerator: string, denominator: string): Range => {
    const n = kpi(numerator);
    const d = kpi(denominator);
    const actual = n.actual / d.actual;
    return n.plan !== null && d.plan !== null ? range(n.plan / d.plan, actual) : range(actual, actual);
  };
  const sessions = kpi('ojt_sessions_per_supporter');
  return {
    step34PerMatched: both('firms_step3_4', 'firms_step4_5'),
    organisationsPerMatched: both('organisations', 'firms_step4_5'),
    supportersPerMatched: both('supporters_ojt', 'firms_step4_5'),
    sessionsPerSupporter: range(sessions.plan ?? sessions.actual, sessions.actual),
  };
}

/** Checks raw input: numbers that are finite, positive and whole where they count firms. */
export function validatePlannerInput(input: PlannerInput): PlannerProblem[] {
  const problems: PlannerProblem[] = [];
  const { targetFirms, areaSmes } = input;
  if (!Number.isFinite(targetFirms)) problems.push({ field: 'targetFirms', problem: 'notANumber' });
  else if (targetFirms <= 0) problems.push({ field: 'targetFirms', problem: 'notPositive' });
  else if (!Number.isInteger(targetFirms)) problems.push({ field: 'targetFirms', problem: 'notWhole' });
  if (areaSmes !== null) {
    if (!Number.isFinite(areaSmes)) problems.push({ field: 'areaSmes', problem: 'notANumber' });
    else if (areaSmes <= 0) problems.push({ field: 'areaSmes', problem: 'notPositive' });
    else if (!Number.isInteger(areaSmes)) problems.push({ field: 'areaSmes', problem: 'notWhole' });
    else if (Number.isFinite(targetFirms) && targetFirms > areaSmes) problems.push({ field: 'targetFirms', problem: 'aboveAreaSmes' });
  }
  for (const name of RATE_NAMES) {
    const { low, high } = input.rates[name];
    if (!Number.isFinite(low) || !Number.isFinite(high)) problems.push({ field: name, problem: 'notANumber' });
    else if (low <= 0 || high <= 0) problems.push({ field: name, problem: 'notPositive' });
    else if (low > high) problems.push({ field: name, problem: 'lowAboveHigh' });
  }
  return problems;
}

/** The implied funnel and network size, or the problems that stop it (never NaN). */
export function planNetwork(input: PlannerInput): { ok: true; result: PlannerResult } | { ok: false; problems: PlannerProblem[] } {
  const problems = validatePlannerInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const { targetFirms: t, rates } = input;
  const scale = (r: Range, by: number): Range => ({ low: r.low * by, high: r.high * by });
  const supporters = scale(rates.supportersPerMatched, t);
  return {
    ok: true,
    result: {
      targetFirms: t,
      step34Firms: scale(rates.step34PerMatched, t),
      organisations: scale(rates.organisationsPerMatched, t),
      supporters,
      sessions: { low: supporters.low * rates.sessionsPerSupporter.low, high: supporters.high * rates.sessionsPerSupporter.high },
      shareOfAreaSmes: input.areaSmes === null ? null : t / input.areaSmes,
    },
  };
}
