/**
 * The organisation × STEP matrix at p.19's two levels, rebuilt from the passages that state a
 * STEP. The chart's bars are not in the text the site works from, so the level is our reading:
 * a STEP stated for a type in general (source "generic") or seen in two or more cases counts as
 * "most bodies"; a STEP seen in one case only counts as "some bodies".
 */
import type { NetworkData, StepCell } from './network-data.ts';

type Evidence = { organisationType: string; steps: number[]; source: string; page: number };

export function stepMatrixFrom(evidence: Evidence[], roleSplits: NetworkData['roleSplits']): StepCell[] {
  const all: Evidence[] = [
    ...evidence,
    ...roleSplits.map((r) => ({ organisationType: r.organisationType, steps: [r.step], source: r.caseId, page: r.page })),
  ];
  const cells = new Map<string, { organisationType: string; step: number; sources: Set<string>; pages: Set<number> }>();
  for (const e of all) {
    for (const step of e.steps) {
      const key = `${e.organisationType}/${step}`;
      const cell = cells.get(key) ?? { organisationType: e.organisationType, step, sources: new Set<string>(), pages: new Set<number>() };
      cell.sources.add(e.source);
      cell.pages.add(e.page);
      cells.set(key, cell);
    }
  }
  return [...cells.values()]
    .map((c) => ({
      organisationType: c.organisationType,
      step: c.step,
      level: (c.sources.has('generic') || c.sources.size >= 2 ? 'most' : 'some') as StepCell['level'],
      pages: [...c.pages].sort((a, b) => a - b),
    }))
    .sort((a, b) => a.organisationType.localeCompare(b.organisationType) || a.step - b.step);
}
