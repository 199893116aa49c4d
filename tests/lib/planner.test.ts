import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { pilotRates, planNetwork, type PlannerInput, type PlannerRates } from '../../src/lib/planner.ts';
import { ROOT } from '../support/paths.ts';

const networks: NetworkData = JSON.parse(readFileSync(join(ROOT, 'public/data/networks.json'), 'utf8'));
const rates = pilotRates(networks.kpis);
const actualOnly: PlannerRates = {
  step34PerMatched: { low: 91 / 49, high: 91 / 49 },
  organisationsPerMatched: { low: 145 / 49, high: 145 / 49 },
  supportersPerMatched: { low: 129 / 49, high: 129 / 49 },
  sessionsPerSupporter: { low: 2.9, high: 2.9 },
};

/** Every number anywhere in a value is finite: no NaN or Infinity reaches the page. */
function noNaN(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) noNaN(v);
}

describe('pilot rates from the KPI table (p.22)', () => {
  it('takes plan and actual as the low and high of each rate', () => {
    // plan: 110 organisations, 92 firms at STEP3/4, 46 at STEP4/5, 109 supporters, 2.9 sessions
    // actual: 145, 91, 49, 129, 2.9
    expect(rates.step34PerMatched).toEqual({ low: 91 / 49, high: 92 / 46 });
    expect(rates.organisationsPerMatched).toEqual({ low: 110 / 46, high: 145 / 49 });
    expect(rates.supportersPerMatched).toEqual({ low: 109 / 46, high: 129 / 49 });
    expect(rates.sessionsPerSupporter).toEqual({ low: 2.9, high: 2.9 });
  });
});

describe('planNetwork', () => {
  it('reproduces the KPI table for the pilot’s own 49 matched firms: 91 → 49, 145 organisations, 129 supporters, 2.9 sessions each', () => {
    const plan = planNetwork({ targetFirms: 49, areaSmes: null, rates: actualOnly });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.result.step34Firms.low).toBeCloseTo(91, 10);
    expect(plan.result.organisations.high).toBeCloseTo(145, 10);
    expect(plan.result.supporters.low).toBeCloseTo(129, 10);
    expect(plan.result.sessions.low / plan.result.supporters.low).toBeCloseTo(2.9, 10);
    expect(plan.result.sessions.high).toBeCloseTo(129 * 2.9, 10);
    expect(plan.result.shareOfAreaSmes).toBeNull();
  });

  it('gives a low–high range with the pilot rates: 10 firms need 23.9–29.6 organisations', () => {
    const plan = planNetwork({ targetFirms: 10, areaSmes: 5000, rates });
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.result.organisations.low).toBeCloseTo(23.913, 3);
    expect(plan.result.organisations.high).toBeCloseTo(29.592, 3);
    expect(plan.result.step34Firms).toEqual({ low: (91 / 49) * 10, high: 20 });
    expect(plan.result.shareOfAreaSmes).toBe(0.002);
    noNaN(plan);
  });

  it('follows edited rates: doubling organisations per firm doubles the organisations', () => {
    const edited = { ...actualOnly, organisationsPerMatched: { low: (2 * 145) / 49, high: (2 * 145) / 49 } };
    const plan = planNetwork({ targetFirms: 49, areaSmes: null, rates: edited });
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.result.organisations.low).toBeCloseTo(290, 10);
    expect(plan.result.supporters.low).toBeCloseTo(129, 10);
  });

  const bad = (input: Partial<PlannerInput>) => planNetwork({ targetFirms: 10, areaSmes: 1000, rates, ...input });

  it.each([
    [{ targetFirms: -5 }, [{ field: 'targetFirms', problem: 'notPositive' }]],
    [{ targetFirms: 0 }, [{ field: 'targetFirms', problem: 'notPositive' }]],
    [{ targetFirms: Number('ten') }, [{ field: 'targetFirms', problem: 'notANumber' }]],
    [{ targetFirms: 2.5 }, [{ field: 'targetFirms', problem: 'notWhole' }]],
    [{ targetFirms: 1001 }, [{ field: 'targetFirms', problem: 'aboveAreaSmes' }]],
    [{ areaSmes: 0 }, [{ field: 'areaSmes', problem: 'notPositive' }]],
    [{ areaSmes: Number('abc') }, [{ field: 'areaSmes', problem: 'notANumber' }]],
    [{ rates: { ...rates, sessionsPerSupporter: { low: 3, high: 2 } } }, [{ field: 'sessionsPerSupporter', problem: 'lowAboveHigh' }]],
    [{ rates: { ...rates, supportersPerMatched: { low: 0, high: 2 } } }, [{ field: 'supportersPerMatched', problem: 'notPositive' }]],
  ])('rejects %j with a clear problem and no numbers', (input, problems) => {
    const plan = bad(input as Partial<PlannerInput>);
    expect(plan).toEqual({ ok: false, problems });
    noNaN(plan);
  });
});
