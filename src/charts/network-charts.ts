/**
 * The network guide's charts, each a pure function from the guidebook's data to a Plot spec:
 * which organisation types cover which STEPs, where the 12 pilot networks sat, and how the pilot
 * did against its plan.
 */
import * as Plot from '@observablehq/plot';
import type { Bilingual } from '../lib/derived-data.ts';
import type { NetworkData } from '../lib/network-data.ts';
import { CHART_TYPE, COLOURS, SECTOR_FILLS } from '../design/tokens.ts';
import { inkOn } from './map-colours.ts';
import { INK, MUTED } from './palette.ts';
import { estimateTextWidth, marginFor } from './text-width.ts';

type Lang = keyof Bilingual;

/** The grid's rows: p.19's organisation types in p.19's order, then the types that appear only in the cases. */
export function matrixTypes(networks: NetworkData): NetworkData['organisationTypes'] {
  return [...networks.organisationTypes]
    .filter((t) => t.p19Row !== null || networks.stepMatrix.some((c) => c.organisationType === t.id))
    .sort((a, b) => (a.p19Row ?? 100) - (b.p19Row ?? 100));
}

/**
 * Rows are p.19's organisation types in p.19's order, then the types that appear only in the
 * cases; a full cell is "most bodies", an outlined cell "some bodies" (our reading of p.19's two
 * levels, see step-matrix.ts).
 */
export function stepMatrixSpec(networks: NetworkData, lang: Lang, labels: { most: string; some: string }): Plot.PlotOptions {
  const types = matrixTypes(networks);
  const sectorOf = new Map(types.map((t) => [t.id, t.sector]));
  const nameOf = new Map(types.map((t) => [t.id, t.name[lang]]));
  const grid = types.flatMap((type) => networks.steps.map(({ step }) => ({ type: type.name[lang], step: `STEP${step}` })));
  const cells = networks.stepMatrix
    .filter((c) => nameOf.has(c.organisationType))
    .map((c) => ({
      type: nameOf.get(c.organisationType) as string,
      step: `STEP${c.step}`,
      level: c.level,
      sector: sectorOf.get(c.organisationType),
    }));
  // 公 and 民 are categories: two neutral greys (src/design/tokens.ts SECTOR_FILLS), named in the table below.
  const colour = (d: (typeof cells)[number]) => SECTOR_FILLS[d.sector === 'public' ? 'public' : 'private'];
  const marginLeft = marginFor(
    types.map((t) => t.name[lang]),
    CHART_TYPE.md,
  );
  return {
    width: marginLeft + 6 * 64 + 20,
    height: 40 + types.length * 30,
    marginLeft,
    marginTop: 30,
    padding: 0.08,
    style: { fontSize: `${CHART_TYPE.md}px`, color: INK, background: 'transparent' },
    x: { axis: 'top', label: null, domain: networks.steps.map((s) => `STEP${s.step}`) },
    y: { label: null, domain: types.map((t) => t.name[lang]) },
    marks: [
      Plot.cell(grid, { x: 'step', y: 'type', fill: COLOURS.tint, stroke: COLOURS.line, ariaHidden: 'true' }),
      Plot.cell(
        cells.filter((c) => c.level === 'most'),
        { x: 'step', y: 'type', fill: colour, stroke: INK, inset: 3, title: () => labels.most },
      ),
      Plot.cell(
        cells.filter((c) => c.level === 'some'),
        { x: 'step', y: 'type', fill: COLOURS.paper, stroke: colour, strokeWidth: 3, inset: 5, title: () => labels.some },
      ),
      Plot.text(
        cells.filter((c) => c.level === 'most'),
        { x: 'step', y: 'type', text: () => '●', fill: (d: (typeof cells)[number]) => inkOn(colour(d)), ariaHidden: 'true' },
      ),
      Plot.text(
        cells.filter((c) => c.level === 'some'),
        { x: 'step', y: 'type', text: () => '○', fill: INK, ariaHidden: 'true' },
      ),
    ],
  };
}

export interface PilotPoint {
  name: string;
  lead: 'public' | 'private' | 'unknown';
  extent: 'prefecture' | 'region' | 'municipal';
}

/** An axis of three categories at 0, 1 and 2, each named by its label, without ticks or an arrow. */
function threeCategories<K extends string>(order: K[], names: Record<K, string>, label: string) {
  return {
    domain: [-0.5, 2.5],
    ticks: [0, 1, 2],
    tickFormat: (i: number) => names[order[i] as K],
    tickSize: 0,
    label,
    labelArrow: 'none' as const,
  };
}

const PILOT_WIDTH = 860;
const PILOT_MARGIN = { left: 110, right: 60 };
const PILOT_FONT = 11;
/** Room for a name in a column: the column less the dot's inset and the gap before the gridline. */
const PILOT_LABEL_WIDTH = (PILOT_WIDTH - PILOT_MARGIN.left - PILOT_MARGIN.right) / 3 - 0.06 * ((PILOT_WIDTH - 170) / 3) - 24;

/** One point per pilot network (p.28 plots 12), by its core body's sector and the extent of its area. */
export function pilotChartSpec(
  points: PilotPoint[],
  labels: { lead: Record<PilotPoint['lead'], string>; extent: Record<PilotPoint['extent'], string>; xAxis: string; yAxis: string },
): Plot.PlotOptions {
  const leads: PilotPoint['lead'][] = ['public', 'unknown', 'private'];
  const extents: PilotPoint['extent'][] = ['municipal', 'region', 'prefecture'];
  // Cells are one unit square; networks sharing a cell are stacked so names never overlap.
  const perCell = new Map<string, PilotPoint[]>();
  for (const p of points) perCell.set(`${p.lead}/${p.extent}`, [...(perCell.get(`${p.lead}/${p.extent}`) ?? []), p]);
  const placed = points.map((p) => {
    const cell = perCell.get(`${p.lead}/${p.extent}`) as PilotPoint[];
    const index = cell.indexOf(p);
    // A name wider than its column goes onto two lines before its area in brackets, so that it
    // stays inside its cell instead of running over the gridline into the next.
    const name = estimateTextWidth(p.name, PILOT_FONT) <= PILOT_LABEL_WIDTH ? p.name : p.name.replace(/\s*([（(])/, '\n$1');
    return { ...p, name, x: leads.indexOf(p.lead) - 0.44, y: extents.indexOf(p.extent) + (index - (cell.length - 1) / 2) * 0.22 };
  });
  const fill = (p: PilotPoint) => (p.lead === 'public' ? SECTOR_FILLS.public : p.lead === 'private' ? SECTOR_FILLS.private : COLOURS.paper);
  return {
    width: PILOT_WIDTH,
    height: 460,
    marginLeft: PILOT_MARGIN.left,
    marginRight: PILOT_MARGIN.right,
    marginBottom: 50,
    marginTop: 10,
    style: { fontSize: `${CHART_TYPE.sm}px`, color: INK, background: 'transparent' },
    x: { ...threeCategories(leads, labels.lead, labels.xAxis), labelAnchor: 'center', labelOffset: 40 },
    y: { ...threeCategories(extents, labels.extent, labels.yAxis), labelAnchor: 'top' },
    marks: [
      Plot.frame({ stroke: COLOURS.line }),
      Plot.ruleX([0.5, 1.5], { stroke: COLOURS.line, ariaHidden: 'true' }),
      Plot.ruleY([0.5, 1.5], { stroke: COLOURS.line, ariaHidden: 'true' }),
      Plot.dot(placed, { x: 'x', y: 'y', r: 5, fill, stroke: INK }),
      Plot.text(placed, {
        x: 'x',
        y: 'y',
        dx: 9,
        text: 'name',
        textAnchor: 'start',
        lineWidth: PILOT_LABEL_WIDTH / PILOT_FONT,
        fill: INK,
        ariaHidden: 'true',
      }),
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
  const marginLeft = marginFor(
    rows.map((r) => r.label),
    CHART_TYPE.md,
  );
  return {
    width: marginLeft + 460,
    height: 88 + rows.length * 38,
    marginTop: 24,
    // The axis title sits a line below the tick labels, not on them.
    marginBottom: 48,
    marginLeft,
    marginRight: 60,
    style: { fontSize: `${CHART_TYPE.md}px`, color: INK, background: 'transparent' },
    x: {
      domain: [0, Math.max(140, ...rows.map((r) => r.percent))],
      label: labels.xAxis,
      labelAnchor: 'center',
      labelArrow: 'none',
      labelOffset: 40,
      grid: true,
    },
    y: { domain: rows.map((r) => r.label), label: null },
    marks: [
      Plot.barX(rows, { x: 'percent', y: 'label', fill: COLOURS.line, stroke: INK }),
      Plot.ruleX([100], { stroke: MUTED, strokeDasharray: '4,3', strokeWidth: 2, ariaHidden: 'true' }),
      Plot.text(rows, {
        x: 'percent',
        y: 'label',
        text: (r: (typeof rows)[number]) => `${Math.round(r.percent)}%`,
        dx: 6,
        textAnchor: 'start',
        fill: INK,
        ariaHidden: 'true',
      }),
      Plot.text([labels.plan], { x: 100, frameAnchor: 'top', dy: -14, text: (d: string) => d, fill: MUTED, ariaHidden: 'true' }),
    ],
  };
}
