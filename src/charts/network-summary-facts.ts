/**
 * The facts each network-guide chart summary states, gathered from the same inputs as the chart
 * specs in network-charts.ts; the sentences are made by src/lib/chart-summary.ts.
 */
import type { Lang } from '../config.ts';
import { kpiSummary, pilotSummary, stepMatrixSummary, type KpiFacts } from '../lib/chart-summary.ts';
import type { NetworkData } from '../lib/network-data.ts';
import { matrixTypes, type PilotPoint } from './network-charts.ts';

export function stepMatrixText(lang: Lang, networks: NetworkData): string {
  const types = matrixTypes(networks);
  const cells = networks.stepMatrix.filter((c) => types.some((t) => t.id === c.organisationType));
  const marked = types.map((t) => ({ name: t.name[lang], count: cells.filter((c) => c.organisationType === t.id).length }));
  const widest = Math.max(...marked.map((m) => m.count));
  return stepMatrixSummary(lang, {
    types: types.length,
    steps: networks.steps.length,
    most: cells.filter((c) => c.level === 'most').length,
    some: cells.filter((c) => c.level === 'some').length,
    byStep: networks.steps.map(({ step }) => ({ step: `STEP${step}`, count: cells.filter((c) => c.step === step).length })),
    widest: { names: marked.filter((m) => m.count === widest).map((m) => m.name), count: widest },
    unmarked: marked.filter((m) => m.count === 0).map((m) => m.name),
  });
}

export function pilotText(
  lang: Lang,
  points: PilotPoint[],
  labels: { lead: Record<PilotPoint['lead'], string>; extent: Record<PilotPoint['extent'], string> },
): string {
  // Public, private, then not stated; the widest area first.
  const leads: PilotPoint['lead'][] = ['public', 'private', 'unknown'];
  const extents: PilotPoint['extent'][] = ['prefecture', 'region', 'municipal'];
  const cells = leads.flatMap((lead) =>
    extents.map((extent) => ({ lead, extent, names: points.filter((p) => p.lead === lead && p.extent === extent).map((p) => p.name) })),
  );
  const fullest = Math.max(...cells.map((c) => c.names.length));
  return pilotSummary(lang, {
    n: points.length,
    byLead: leads
      .map((lead) => ({ label: labels.lead[lead], count: points.filter((p) => p.lead === lead).length }))
      .filter((x) => x.count > 0),
    byExtent: extents
      .map((extent) => ({ label: labels.extent[extent], count: points.filter((p) => p.extent === extent).length }))
      .filter((x) => x.count > 0),
    fullest: cells
      .filter((c) => c.names.length === fullest)
      .map((c) => ({ lead: labels.lead[c.lead], extent: labels.extent[c.extent], names: c.names })),
  });
}

export function kpiText(lang: Lang, kpis: KpiFacts['kpis']): string {
  return kpiSummary(lang, { kpis });
}
