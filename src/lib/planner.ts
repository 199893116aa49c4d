/**
 * What the 令和3年度 (FY2021) pilot achieved, per pilot area and year, and what a target implies
 * at that pace. Pure arithmetic on the KPI table (p.22) and the 17 pilot areas (p.16).
 *
 * Only one figure here is a per-firm rate: the funnel from STEP3/4 to STEP4/5. Organisations and
 * supporters are what the pilot's networks were built with (a design choice of each network), so
 * they are shown per area beside the target and never multiplied by it.
 */
import type { NetworkData } from './network-data.ts';

/** A figure as the pilot planned it and as it turned out (p.22 gives both). */
export interface PlanActual {
  plan: number;
  actual: number;
}

/** The KPI rows the planner reads, by their id in pilot_kpis.csv. */
export const PILOT_COUNTS = {
  organisations: 'organisations',
  step34Firms: 'firms_step3_4',
  step45Firms: 'firms_step4_5',
  supportersOjt: 'supporters_ojt',
  stepCapableSupporters: 'step_capable_supporters',
} as const;
export type PilotCount = keyof typeof PILOT_COUNTS;
export const PILOT_COUNT_NAMES = Object.keys(PILOT_COUNTS) as PilotCount[];

export interface PilotFigures {
  /** Pilot areas (実証地域, p.16). */
  areas: number;
  /** The KPI table's whole-pilot counts for one fiscal year. */
  totals: Record<PilotCount, PlanActual>;
  /** The same counts divided by the number of pilot areas: one area, one fiscal year. */
  perArea: Record<PilotCount, PlanActual>;
  /** KPI⑤: OJT sessions per supporter given OJT (already an average in the table). */
  sessionsPerSupporter: PlanActual;
  /** Firms reaching STEP4/5 for each firm reaching STEP3/4 (KPI③ ÷ KPI②): the one per-firm rate. */
  funnel: PlanActual;
}

/** The largest target firm count the planner accepts, and the largest area. */
export const MAX_TARGET_FIRMS = 100_000;
export const MAX_AREA_SMES = 10_000_000;

export interface PlannerInput {
  /** Firms to carry through to STEP4/5 matching and follow-up. */
  targetFirms: number;
  /** SMEs in the area, if known. */
  areaSmes: number | null;
}

export interface PlannerResult {
  targetFirms: number;
  /** Firms to support to STEP3/4 so that the target reaches STEP4/5 at the pilot's funnel. */
  step34Firms: PlanActual;
  /** The target in pilot area-years: how many areas running one year at the pilot's average pace. */
  areaYears: PlanActual;
  /** targetFirms ÷ areaSmes, or null when the area's SME count is not given. */
  shareOfAreaSmes: number | null;
  /** When the target is above what the whole pilot reached in its year: target ÷ KPI③ actual. */
  beyondPilot: { timesPilot: number } | null;
}

export type PlannerField = 'targetFirms' | 'areaSmes';
export type NumberProblem = 'notANumber' | 'misplacedComma' | 'notPositive' | 'notWhole' | 'tooLarge';
export type PlannerProblem =
  | { field: 'targetFirms'; problem: NumberProblem | 'aboveAreaSmes' }
  | { field: 'areaSmes'; problem: NumberProblem };

/** The pilot's figures from the KPI rows (pilot_kpis.csv); throws if a row the planner needs is missing. */
export function pilotFigures(kpis: NetworkData['kpis']): PilotFigures {
  const row = (id: string) => {
    const found = kpis.find((k) => k.kpi === id);
    if (!found) throw new Error(`KPI ${id} is missing from the pilot table`);
    return found;
  };
  const planActual = (id: string): PlanActual => {
    const { plan, actual } = row(id);
    return { plan: plan ?? actual, actual };
  };
  const areas = row('pilot_areas').actual;
  const totals = Object.fromEntries(PILOT_COUNT_NAMES.map((name) => [name, planActual(PILOT_COUNTS[name])])) as Record<
    PilotCount,
    PlanActual
  >;
  const perArea = Object.fromEntries(
    PILOT_COUNT_NAMES.map((name) => [name, { plan: totals[name].plan / areas, actual: totals[name].actual / areas }]),
  ) as Record<PilotCount, PlanActual>;
  return {
    areas,
    totals,
    perArea,
    sessionsPerSupporter: planActual('ojt_sessions_per_supporter'),
    funnel: { plan: totals.step45Firms.plan / totals.step34Firms.plan, actual: totals.step45Firms.actual / totals.step34Firms.actual },
  };
}

/** One field's checks on a number already read from text. */
export function checkCount(value: number, max: number): NumberProblem | null {
  if (Number.isNaN(value)) return 'notANumber';
  if (value <= 0) return 'notPositive';
  if (!(value <= max)) return 'tooLarge';
  if (!Number.isInteger(value)) return 'notWhole';
  return null;
}

/** Checks the numbers: whole, positive, within bounds, and a target no larger than the area. */
export function validatePlannerInput(input: PlannerInput): PlannerProblem[] {
  const problems: PlannerProblem[] = [];
  const target = checkCount(input.targetFirms, MAX_TARGET_FIRMS);
  const area = input.areaSmes === null ? null : checkCount(input.areaSmes, MAX_AREA_SMES);
  if (target) problems.push({ field: 'targetFirms', problem: target });
  if (area) problems.push({ field: 'areaSmes', problem: area });
  if (!target && !area && input.areaSmes !== null && input.targetFirms > input.areaSmes)
    problems.push({ field: 'targetFirms', problem: 'aboveAreaSmes' });
  return problems;
}

/** What the target implies at the pilot's pace, or the problems that stop it (never NaN or Infinity). */
export function planNetwork(
  input: PlannerInput,
  pilot: PilotFigures,
): { ok: true; result: PlannerResult } | { ok: false; problems: PlannerProblem[] } {
  const problems = validatePlannerInput(input);
  if (problems.length > 0) return { ok: false, problems };
  const t = input.targetFirms;
  const pilotMost = Math.max(pilot.totals.step45Firms.plan, pilot.totals.step45Firms.actual);
  return {
    ok: true,
    result: {
      targetFirms: t,
      step34Firms: { plan: t / pilot.funnel.plan, actual: t / pilot.funnel.actual },
      areaYears: { plan: t / pilot.perArea.step45Firms.plan, actual: t / pilot.perArea.step45Firms.actual },
      shareOfAreaSmes: input.areaSmes === null ? null : t / input.areaSmes,
      beyondPilot: t > pilotMost ? { timesPilot: t / pilot.totals.step45Firms.actual } : null,
    },
  };
}
