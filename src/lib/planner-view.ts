/**
 * What the planner page prints, shared by the build (worked example, pilot table) and the island
 * (live results) so both say the same thing in the same form. Nothing here prints NaN or ∞:
 * a value that is not finite prints as a dash.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { formatNumber } from './format.ts';
import {
  MAX_AREA_SMES,
  MAX_TARGET_FIRMS,
  PILOT_COUNT_NAMES,
  type PilotCount,
  type PilotFigures,
  type PlannerProblem,
  type PlannerResult,
} from './planner.ts';

const LOCALES: Record<Lang, string> = { ja: 'ja-JP', en: 'en-GB' };

/** Two significant figures (3.469 → 3.5, 346.9 → 350, 0.2 → 0.20): the precision one pilot year supports. */
export function formatSignificant(lang: Lang, value: number): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(LOCALES[lang], { minimumSignificantDigits: 2, maximumSignificantDigits: 2 }).format(value);
}

/** A share as a percentage to two significant figures (0.002 → 0.20%). */
export function formatShare(lang: Lang, share: number): string {
  return Number.isFinite(share) ? `${formatSignificant(lang, share * 100)}%` : '—';
}

export interface ResultTexts {
  step34Firms: { plan: string; actual: string };
  areaYears: { plan: string; actual: string };
  share: string;
  /** The note for a target above what the whole pilot reached, or null. */
  beyondPilot: string | null;
}

export function resultTexts(lang: Lang, t: Strings['planner'], result: PlannerResult, pilot: PilotFigures): ResultTexts {
  const firms = (v: number) => `${formatSignificant(lang, v)} ${t.unitFirms}`;
  const areaYears = (v: number) => `${formatSignificant(lang, v)} ${t.unitAreaYears}`;
  return {
    step34Firms: { plan: firms(result.step34Firms.plan), actual: firms(result.step34Firms.actual) },
    areaYears: { plan: areaYears(result.areaYears.plan), actual: areaYears(result.areaYears.actual) },
    share: result.shareOfAreaSmes === null ? '—' : formatShare(lang, result.shareOfAreaSmes),
    beyondPilot: result.beyondPilot
      ? t.beyondPilot(
          formatNumber(lang, result.targetFirms, 0),
          formatSignificant(lang, result.beyondPilot.timesPilot),
          formatNumber(lang, pilot.totals.step45Firms.actual, 0),
          formatNumber(lang, pilot.areas, 0),
        )
      : null,
  };
}

/** The line that restates the inputs above the results. */
export function summaryText(lang: Lang, t: Strings['planner'], prefecture: string, areaSmes: number | null, targetFirms: number): string {
  return t.summary(prefecture, areaSmes === null ? null : formatNumber(lang, areaSmes, 0), formatNumber(lang, targetFirms, 0));
}

export interface PilotRow {
  key: PilotCount | 'sessionsPerSupporter';
  label: string;
  kpi: string;
  plan: string;
  actual: string;
  total: string;
}

/** The pilot table: each count per area and year (two significant figures) beside the whole pilot's count. */
export function pilotRows(lang: Lang, t: Strings['planner'], pilot: PilotFigures): PilotRow[] {
  const whole = (v: number) => formatNumber(lang, v, Number.isInteger(v) ? 0 : 1);
  const slash = lang === 'ja' ? '／' : ' / ';
  const rows: PilotRow[] = PILOT_COUNT_NAMES.map((key) => ({
    key,
    label: t.pilotRows[key],
    kpi: t.pilotKpi[key],
    plan: `${formatSignificant(lang, pilot.perArea[key].plan)} ${t.pilotUnits[key]}`,
    actual: `${formatSignificant(lang, pilot.perArea[key].actual)} ${t.pilotUnits[key]}`,
    total: `${whole(pilot.totals[key].plan)}${slash}${whole(pilot.totals[key].actual)} ${t.pilotUnits[key]}`,
  }));
  const sessions = pilot.sessionsPerSupporter;
  rows.push({
    key: 'sessionsPerSupporter',
    label: t.sessionsRow,
    kpi: t.sessionsKpi,
    plan: `${formatSignificant(lang, sessions.plan)} ${t.unitSessions}`,
    actual: `${formatSignificant(lang, sessions.actual)} ${t.unitSessions}`,
    total: `${whole(sessions.plan)}${slash}${whole(sessions.actual)} ${t.unitSessions}`,
  });
  return rows;
}

/** The funnel line: plan and result as percentages, each with the counts it comes from. */
export function funnelText(lang: Lang, t: Strings['planner'], pilot: PilotFigures): string {
  const { step34Firms: posted, step45Firms: reached } = pilot.totals;
  return t.funnel(
    formatShare(lang, pilot.funnel.plan),
    t.funnelOf(formatNumber(lang, reached.plan, 0), formatNumber(lang, posted.plan, 0)),
    formatShare(lang, pilot.funnel.actual),
    t.funnelOf(formatNumber(lang, reached.actual, 0), formatNumber(lang, posted.actual, 0)),
  );
}

/** The form field each problem belongs to. */
export function problemFieldName(problem: PlannerProblem): 'target' | 'smes' {
  return problem.field === 'targetFirms' ? 'target' : 'smes';
}

/** One problem as the page lists it: the field's label, then what is wrong. */
export function problemText(lang: Lang, t: Strings['planner'], problem: PlannerProblem): string {
  const label = problem.field === 'targetFirms' ? t.target : t.areaSmes;
  const max = problem.field === 'targetFirms' ? MAX_TARGET_FIRMS : MAX_AREA_SMES;
  const message = problem.problem === 'tooLarge' ? t.problems.tooLarge(formatNumber(lang, max, 0)) : t.problems[problem.problem];
  return t.problemLine(label, message);
}
