/**
 * The network guide's charts, each a pure function from the guidebook's data to a Plot spec:
 * which organisation types cover which STEPs, where the pilot networks sat, and how the pilot
 * did against its plan.
 */
import * as Plot from '@observablehq/plot';
import type { Bilingual } from '../lib/derived-data.ts';
import type { NetworkData } from '../lib/network-data.ts';
import { GROUP_COLOURS, INK, MUTED } from './palette.ts';
import { marginFor } from './text-width.ts';

type Lang = keyof Bilingual;

export function stepMatrixSpec(networks: NetworkData, lang: Lang): Plot.PlotOptions {
  const cells = networks.organisationTypes.flatMap((type) =>
    networks.steps.map(({ step }) => ({ type: type.name[lang], step: `STEP${step}`, covered: type.steps.includes(step), sector: type.sector })),
  );
  const covered = cells.filter((c) => c.covered);
  const marginLeft = marginFor(networks.organisationTypes.map((t) => t.name[lang]), 12);
  return {
    width: marginLeft + 6 * 64 + 20,
    height: 40 + networks.organisationTypes.length * 30,
    marginLeft,
    marginTop: 30,
    padding: 0.08,
    style: { fontSize: '12px', color: INK, background: 'transparent' },
    x: { axis: 'top', label: null, domain: networks.steps.map((s) => `STEP${s.step}`) },
    y: { label: null, domain: networks.organisationTypes.map((t) => t.name[lang]) },
    marks: [
      Plot.cell(cells, { x: 'step', y: 'type', fill: '#f6f8fa', stroke: '#d0d7de', ariaHidden: 'true' }),
      Plot.cell(covered, { x: 'step', y: 'type', fill: (d: (typeof cells)[number]) => GROUP_COLOURS[d.sector === 'public' ? 'metro' : 'regional'], stroke: INK, inset: 3 }),
      Plot.text(covered, { x: 'step', y: 'type', text: () => '●', fill: 'white' }),
    ],
  };
}

export interface PilotPoint {
  name: string;
  lead: 'public' | 'private' | 'unknown';
  coverage: 'prefecture' | 'mixed' | 'municipal';
}

export function pilotChartSpec(
  points: PilotPoint[],
  labels: { lead: Record<PilotPoint['lead'], string>; coverage: Record<PilotPoint['coverage'], string>; xAxis: string; yAxis: string },
): Plot.PlotOptions {
  const leads: PilotPoint['lead'][] = ['public', 'unknown', 'private'];
  const coverages: PilotPoint['coverage'][] = ['municipal', 'mixed', 'prefecture'];
  // Cells are one unit square; organisations sharing a cell are stacked so names never overlap.
  const perCell = new Map<string, PilotPoint[]>();
  for (const p of points) perCell.set(`${p.lead}/${p.coverage}`, [...(perCell.get(`${p.lead}/${p.coverage}`) ?? []), p]);
  const placed = points.map((p) => {
    const cell = perCell.get(`${p.lead}/${p.coverage}`) as PilotPoint[];
    const index = cell.indexOf(p);
    return { ...p, x: leads.indexOf(p.lead) - 0.44, y: coverages.indexOf(p.coverage) + (index - (cell.length - 1) / 2) * 0.3 };
  });
  const fill = (p: PilotPoint) => (p.lead === 'public' ? GROUP_COLOURS.metro : p.lead === 'private' ? GROUP_COLOURS.regional : '#ffffff');
  return {
    width: 760,
    height: 380,
    marginLeft: 110,
    marginBottom: 50,
    marginTop: 10,
    style: { fontSize: '11px', color: INK, background: 'transparent' },
    x: { domain: [-0.5, 2.5], ticks: [0, 1, 2], tickFormat: (i: number) => labels.lead[leads[i] as PilotPoint['lead']], tickSize: 0, label: labels.xAxis, labelAnchor: 'center', labelArrow: 'none', labelOffset: 40 },
    y: { domain: [-0.5, 2.5], ticks: [0, 1, 2], tickFormat: (i: number) => labels.coverage[coverages[i] as PilotPoint['coverage']], tickSize: 0, label: labels.yAxis, labelAnchor: 'top', labelArrow: 'none' },
    marks: [
      Plot.frame({ stroke: '#d0d7de' }),
      Plot.ruleX([0.5, 1.5], { stroke: '#d0d7de', ariaHidden: 'true' }),
      Plot.ruleY([0.5, 1.5], { stroke: '#d0d7de', ariaHidden: 'true' }),
      Plot.dot(placed, { x: 'x', y: 'y', r: 5, fill, stroke: INK }),
      Plot.text(placed, { x: 'x', y: 'y', dx: 9, text: 'name', textAnchor: 'start', lineWidth: 19, fill: INK, ariaHidden: 'true' }),
    ],
  };
}

export interface KpiBar {
  label: string;
  plan: number;
  actual: number;
}

export function kpiAchievementSpec(kpis: KpiBar[], labels: { xAxis: string; plan: string }): Plot.PlotOptions {
  const rows = kpis.map((k) => ({ ...k, percent: (k.actual / k.plan) * 100 }));
  const marginLeft = marginFor(rows.map((r) => r.label), 12);
  return {
    width: marginLeft + 460,
    height: 70 + rows.length * 38,
    marginTop: 24,
    marginLeft,
    marginRight: 60,
    style: { fontSize: '12px', color: INK, background: 'transparent' },
    x: { domain: [0, Math.max(140, ...rows.map((r) => r.percent))], label: labels.xAxis, labelAnchor: 'center', labelArrow: 'none', grid: true },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows, { x: 'percent', y: 'label', fill: GROUP_COLOURS.metro, stroke: INK }),
      Plot.ruleX([100], { stroke: MUTED, strokeDasharray: '4,3', strokeWidth: 2, ariaHidden: 'true' }),
      Plot.text(rows, { x: 'percent', y: 'label', text: (r: (typeof rows)[number]) => `${Math.round(r.percent)}%`, dx: 6, textAnchor: 'start', fill: INK, ariaHidden: 'true' }),
      Plot.text([labels.plan], { x: 100, frameAnchor: 'top', dy: -14, text: (d: string) => d, fill: MUTED, ariaHidden: 'true' }),
    ],
  };
}
