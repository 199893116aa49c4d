import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { MAX_TARGET_FIRMS, pilotFigures, planNetwork, type PlannerResult } from '../../src/lib/planner.ts';
import { formatSignificant, funnelText, pilotRows, resultTexts } from '../../src/lib/planner-view.ts';
import { ROOT } from '../support/paths.ts';

const networks: NetworkData = JSON.parse(readFileSync(join(ROOT, 'public/data/networks.json'), 'utf8'));
const pilot = pilotFigures(networks.kpis);

function plan(targetFirms: number, areaSmes: number | null = null): PlannerResult {
  const outcome = planNetwork({ targetFirms, areaSmes }, pilot);
  if (!outcome.ok) throw new Error(`expected a plan for ${targetFirms}: ${JSON.stringify(outcome.problems)}`);
  return outcome.result;
}

/** Every number anywhere in a value is finite: no NaN or Infinity reaches the page. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe('the pilot’s figures (KPI table p.22, 17 areas p.16)', () => {
  it('reads plan and actual of each KPI as they are printed, and 17 areas', () => {
    expect(pilot.areas).toBe(17);
    expect(pilot.totals).toEqual({
      organisations: { plan: 110, actual: 145 },
      step34Firms: { plan: 92, actual: 91 },
      step45Firms: { plan: 46, actual: 49 },
      supportersOjt: { plan: 109, actual: 129 },
      stepCapableSupporters: { plan: 94, actual: 94 },
    });
    expect(pilot.sessionsPerSupporter).toEqual({ plan: 2.9, actual: 2.9 });
  });

  it('divides each count by the 17 areas, KPI⑥ included', () => {
    expect(pilot.perArea.organisations).toEqual({ plan: 110 / 17, actual: 145 / 17 });
    expect(pilot.perArea.supportersOjt).toEqual({ plan: 109 / 17, actual: 129 / 17 });
    expect(pilot.perArea.stepCapableSupporters).toEqual({ plan: 94 / 17, actual: 94 / 17 });
    expect(pilot.perArea.step45Firms).toEqual({ plan: 46 / 17, actual: 49 / 17 });
  });

  it('has one per-firm rate, the funnel from STEP3/4 to STEP4/5: 46 ÷ 92 and 49 ÷ 91', () => {
    expect(pilot.funnel).toEqual({ plan: 0.5, actual: 49 / 91 });
    expect(funnelText('ja', ja.planner, pilot)).toBe('計画 50%（46社÷92社）、実績 54%（49社÷91社）');
    expect(funnelText('en', en.planner, pilot)).toBe('plan 50% (46 ÷ 92 firms), result 54% (49 ÷ 91 firms)');
  });

  it('prints the per-area table to two significant figures beside the whole pilot’s counts', () => {
    expect(pilotRows('ja', ja.planner, pilot).map((r) => [r.kpi, r.plan, r.actual, r.total])).toEqual([
      ['①', '6.5 機関', '8.5 機関', '110／145 機関'],
      ['②', '5.4 社', '5.4 社', '92／91 社'],
      ['③', '2.7 社', '2.9 社', '46／49 社'],
      ['④', '6.4 人', '7.6 人', '109／129 人'],
      ['⑥', '5.5 人', '5.5 人', '94／94 人'],
      ['⑤', '2.9 回', '2.9 回', '2.9／2.9 回'],
    ]);
    expect(pilotRows('en', en.planner, pilot)[0]).toMatchObject({
      plan: '6.5 organisations',
      actual: '8.5 organisations',
      total: '110 / 145 organisations',
    });
  });
});

describe('planNetwork', () => {
  it('keeps the per-area figures fixed for 1 and for 1,000 firms, while the area-years scale with the target', () => {
    const one = plan(1);
    const thousand = plan(1000);
    // The pilot's organisations and supporters are not an output of the plan at all: the same
    // figures are printed whatever the target.
    expect(Object.keys(one).sort()).toEqual(['areaYears', 'beyondPilot', 'shareOfAreaSmes', 'step34Firms', 'targetFirms']);
    expect(pilotRows('ja', ja.planner, pilotFigures(networks.kpis))).toEqual(pilotRows('ja', ja.planner, pilot));
    expect(one.areaYears.plan).toBeCloseTo(17 / 46, 12);
    expect(one.areaYears.actual).toBeCloseTo(17 / 49, 12);
    expect(thousand.areaYears.plan).toBeCloseTo(17000 / 46, 9);
    expect(thousand.areaYears.actual).toBeCloseTo(17000 / 49, 9);
    expect(thousand.areaYears.actual / one.areaYears.actual).toBeCloseTo(1000, 9);
    expect(one.step34Firms).toEqual({ plan: 2, actual: 91 / 49 });
    expect(thousand.step34Firms.actual).toBeCloseTo(91000 / 49, 9);
    expect(resultTexts('ja', ja.planner, one, pilot)).toEqual({
      step34Firms: { plan: '2.0 社', actual: '1.9 社' },
      areaYears: { plan: '0.37 地域・年度', actual: '0.35 地域・年度' },
      share: '—',
      beyondPilot: null,
    });
    expect(resultTexts('en', en.planner, thousand, pilot)).toEqual({
      step34Firms: { plan: '2,000 firms', actual: '1,900 firms' },
      areaYears: { plan: '370 area-years', actual: '350 area-years' },
      share: '—',
      beyondPilot:
        'The target of 1,000 firms is 20 times the 49 firms the whole pilot (17 areas, one year) brought to STEP4/5 (p.22). The pilot observed nothing at this scale; the figures above only extend its average in proportion (our computation).',
    });
  });

  it('gives the worked example: 10 firms in an area of 5,000 SMEs', () => {
    const result = plan(10, 5000);
    expect(result.shareOfAreaSmes).toBe(0.002);
    expect(resultTexts('ja', ja.planner, result, pilot)).toEqual({
      step34Firms: { plan: '20 社', actual: '19 社' },
      areaYears: { plan: '3.7 地域・年度', actual: '3.5 地域・年度' },
      share: '0.20%',
      beyondPilot: null,
    });
  });

  it('notes a target above the 49 firms the whole pilot reached, and only then', () => {
    expect(plan(49).beyondPilot).toBeNull();
    expect(plan(50).beyondPilot).toEqual({ timesPilot: 50 / 49 });
    expect(resultTexts('ja', ja.planner, plan(50), pilot).beyondPilot).toBe(
      '目標の50社は、実証全体（17地域・1年度）でSTEP4/5まで至った49社（p.22）の1.0倍です。実証はこの規模を観察しておらず、上の値は実証の平均を比例で延ばしただけの計算です（本サイトの計算）。',
    );
  });

  it('stays finite at the largest target and the smallest share', () => {
    const result = plan(MAX_TARGET_FIRMS, 10_000_000);
    expect(allFinite(result)).toBe(true);
    expect(resultTexts('en', en.planner, result, pilot).areaYears).toEqual({ plan: '37,000 area-years', actual: '35,000 area-years' });
    expect(resultTexts('en', en.planner, plan(1, 10_000_000), pilot).share).toBe('0.000010%');
  });

  it.each([
    [{ targetFirms: -5, areaSmes: null }, [{ field: 'targetFirms', problem: 'notPositive' }]],
    [{ targetFirms: 0, areaSmes: null }, [{ field: 'targetFirms', problem: 'notPositive' }]],
    [{ targetFirms: Number.NaN, areaSmes: null }, [{ field: 'targetFirms', problem: 'notANumber' }]],
    [{ targetFirms: 2.5, areaSmes: null }, [{ field: 'targetFirms', problem: 'notWhole' }]],
    [{ targetFirms: Number.POSITIVE_INFINITY, areaSmes: null }, [{ field: 'targetFirms', problem: 'tooLarge' }]],
    [{ targetFirms: 100_001, areaSmes: null }, [{ field: 'targetFirms', problem: 'tooLarge' }]],
    [{ targetFirms: 1001, areaSmes: 1000 }, [{ field: 'targetFirms', problem: 'aboveAreaSmes' }]],
    [{ targetFirms: 10, areaSmes: 0 }, [{ field: 'areaSmes', problem: 'notPositive' }]],
    [{ targetFirms: 10, areaSmes: 1e308 }, [{ field: 'areaSmes', problem: 'tooLarge' }]],
    [
      { targetFirms: 0.5, areaSmes: 0.5 },
      [
        { field: 'targetFirms', problem: 'notWhole' },
        { field: 'areaSmes', problem: 'notWhole' },
      ],
    ],
  ])('refuses %j with a named problem and no numbers', (input, problems) => {
    const outcome = planNetwork(input, pilot);
    expect(outcome).toEqual({ ok: false, problems });
  });
});

describe('formatSignificant', () => {
  it.each([
    [3.469387755, '3.5'],
    [346.9387755, '350'],
    [0.2, '0.20'],
    [1857.142857, '1,900'],
    [Number.NaN, '—'],
    [Number.POSITIVE_INFINITY, '—'],
  ])('%d → %s', (value, text) => {
    expect(formatSignificant('en', value)).toBe(text);
  });
});

describe('every statement on the planner is one kind: guidebook with page, or ours without', () => {
  /** Every text of the planner's strings, functions called with placeholder arguments; input messages left out. */
  function texts(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return texts((value as (...a: string[]) => unknown)('X', 'X', 'X', 'X'));
    if (Array.isArray(value)) return value.flatMap(texts);
    if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
    return [];
  }
  const sentences = (lang: 'ja' | 'en') => {
    const { problems, problemLine, fixInputs, ...rest } = (lang === 'ja' ? ja : en).planner;
    void problems, problemLine, fixInputs;
    return texts(rest)
      .flatMap((t) => (lang === 'ja' ? t.split(/(?<=。)/) : t.split(/(?<=\.|\.\))\s+(?=[A-Z“(])/)))
      .filter((s) => s.trim() !== '');
  };

  it.each(['ja', 'en'] as const)('%s: a sentence labelled as ours cites no page, and none is an imperative', (lang) => {
    const ours = lang === 'ja' ? /本サイトの(整理|計算)/ : /our (reading|computation)/;
    const labelled = sentences(lang).filter((s) => ours.test(s));
    expect(labelled.length).toBeGreaterThanOrEqual(9);
    expect(labelled.filter((s) => /p\.\d/.test(s))).toEqual([]);
    const imperative = lang === 'ja' ? /勧め|べき|ましょう|してください/ : /\bshould\b|\bmust\b|\brecommend/i;
    expect(sentences(lang).filter((s) => imperative.test(s))).toEqual([]);
  });
});
