/**
 * One snapshot per chart generator and main option, kept readable under tests/output/ (one
 * element per line, Plot's hashed class and generated ids normalised: tests/support/svg-snapshot.ts).
 * A change to any chart shows up here as a line-by-line diff. Outside CI a missing snapshot is
 * written; with CI=true (set by .ci/run) it fails. After a deliberate change to a chart, review the
 * diff and rewrite them with `npm run snapshots:update`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { miniScatterSvg } from '../../src/charts/mini-scatter.ts';
import { MAP_VIEWS, renderGeoViews, renderTileViews, viewKey } from '../../src/charts/map-views.ts';
import { kpiAchievementSpec, pilotChartSpec, stepMatrixSpec, type PilotPoint } from '../../src/charts/network-charts.ts';
import { renderSvg } from '../../src/charts/render.ts';
import { renderScatterViews } from '../../src/charts/scatter-views.ts';
import type { Lang } from '../../src/config.ts';
import { strings } from '../../src/i18n/strings.ts';
import { atlas } from '../../src/lib/atlas.ts';
import { ROOT } from '../support/paths.ts';
import { readableSvg } from '../support/svg-snapshot.ts';

function snapshot(name: string, svg: string) {
  const file = `tests/output/${name}.svg`;
  // Vitest fails a missing snapshot under CI too, but only as "mismatched"; say what to do.
  if (process.env.CI && process.env.CI !== 'false' && !existsSync(join(ROOT, file))) {
    throw new Error(`${file} is missing: run \`npm run snapshots:update\`, review the new file and commit it`);
  }
  return expect(readableSvg(svg)).toMatchFileSnapshot(`../output/${name}.svg`);
}

describe('scatter (Plot): x scale × colouring × size', () => {
  const views = renderScatterViews(
    'en',
    'scatter',
    (['linear', 'log'] as const).flatMap((xScale) => (['group', 'block'] as const).map((colourBy) => ({ xScale, colourBy }))),
  );
  test.each(views.map((view) => [`scatter-en-${view.xScale}-${view.colourBy}-${view.size}`, view.svg]))('%s', async (name, svg) => {
    await snapshot(name, svg);
  });

  test('scatter-ja-linear-group-wide-highlight (Japanese, one prefecture highlighted)', async () => {
    const [wide] = renderScatterViews('ja', 'scatter', [{ xScale: 'linear', colourBy: 'group' }], '02', { sizes: ['wide'] });
    await snapshot('scatter-ja-linear-group-wide-highlight', (wide as { svg: string }).svg);
  });
});

describe('choropleth: each indicator and the bivariate map, quantile and equal-interval classes', () => {
  test.each(renderGeoViews('en', 'map').map((view) => [`map-en-${viewKey(view)}`, view.svg]))('%s', async (name, svg) => {
    await snapshot(name, svg);
  });
});

describe('tile map: wide and narrow', () => {
  const views = MAP_VIEWS.filter((view) => view.classes === 'quantile' && view.indicator !== 'smesPerAgency');
  const cases = (['en', 'ja'] as Lang[]).flatMap((lang) =>
    renderTileViews(lang, 'tile', views, lang === 'ja' ? '02' : undefined).map((view) => [
      `tile-${lang}-${viewKey(view)}-${view.size}`,
      view.svg,
    ]),
  );
  test.each(cases)('%s', async (name, svg) => {
    await snapshot(name, svg);
  });
});

describe('network charts (Plot)', () => {
  // The inputs as src/pages/[...lang]/networks.astro builds them.
  const lang: Lang = 'en';
  const t = strings(lang);
  const { networks } = atlas();

  test('network-step-matrix-en', async () => {
    await snapshot(
      'network-step-matrix-en',
      renderSvg(stepMatrixSpec(networks, lang, { most: t.networks.legendMost, some: t.networks.legendSome }), {
        id: 'step-matrix-svg',
        title: t.networks.matrixTitle,
        description: t.networks.matrixDescription,
      }),
    );
  });

  test('network-pilot-en', async () => {
    const body = (id: number) => networks.pilotOrganisations.find((o) => o.id === id)!;
    const points: PilotPoint[] = networks.pilotNetworks.map((x) => ({
      name: `${body(x.organisationId).short.en} (${x.area.en})`,
      lead: x.lead ?? 'unknown',
      extent: x.extent,
    }));
    const labels = {
      lead: { public: t.suggestion.leadName.public, private: t.suggestion.leadName.private, unknown: t.networks.leadUnknown },
      extent: t.networks.extentName,
      xAxis: t.networks.xAxis,
      yAxis: t.networks.yAxis,
    };
    await snapshot(
      'network-pilot-en',
      renderSvg(pilotChartSpec(points, labels), {
        id: 'pilot-chart-svg',
        title: t.networks.pilotTitle,
        description: t.networks.pilotDescription,
      }),
    );
  });

  test('network-kpi-en', async () => {
    const rows = networks.kpis
      .filter((k) => k.plan !== null && k.kpi !== 'pilot_bodies')
      .map((k) => ({ label: k.label[lang], plan: k.plan as number, actual: k.actual }));
    await snapshot(
      'network-kpi-en',
      renderSvg(kpiAchievementSpec(rows, { xAxis: t.networks.kpiAxis, plan: t.networks.kpiPlan }), {
        id: 'kpi-chart-svg',
        title: t.networks.kpiTitle,
        description: t.networks.kpiDescription,
      }),
    );
  });
});

describe('mini scatter (your data): dots one by one, and a binned density above MAX_DOTS', () => {
  const options = {
    xLabel: 'x <label>',
    yLabel: 'y & label',
    title: 'Title "quoted"',
    description: 'Eight points',
    pointLabel: (p: { label: string; x: number; y: number }) => `${p.label}: ${p.x}, ${p.y}`,
    band: [
      { x: 1, y: 2, low: 1.5, high: 2.5 },
      { x: 8, y: 9, low: 8, high: 10 },
    ],
  };
  const few = [1, 2, 3, 4, 5, 6, 7, 8].map((x) => ({ label: `row ${x}`, x, y: x + ((x * 7) % 3) - 1 }));

  test('mini-scatter-wide', async () => {
    await snapshot('mini-scatter-wide', miniScatterSvg(few, { ...options, width: 760, height: 460 }));
  });

  test('mini-scatter-narrow', async () => {
    await snapshot('mini-scatter-narrow', miniScatterSvg(few, { ...options, width: 360, height: 360, fontSize: 11 }));
  });

  test('mini-scatter-many', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => ({ label: `row ${i}`, x: i % 50, y: Math.floor(i / 50) }));
    await snapshot(
      'mini-scatter-many',
      miniScatterSvg(many, { ...options, width: 760, height: 460, densityNames: { few: 'fewer', many: 'more' } }),
    );
  });

  test('mini-scatter-huge: values near 1e200 get short exponent ticks inside the margin', async () => {
    const huge = [1e200, 2e200, -3e200, 5e199, 1e200, 0].map((y, i) => ({ label: `p${i}`, x: i, y }));
    await snapshot('mini-scatter-huge', miniScatterSvg(huge, { ...options, band: [], width: 360, height: 360, fontSize: 11 }));
  });
});
