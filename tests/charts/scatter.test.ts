import { describe, expect, it } from 'vitest';
import { largestResiduals, scatterSpec, type ScatterOptions, type ScatterPoint } from '../../src/charts/scatter.ts';
import { renderScatterViews, scatterPoints, labelledCodes, axisLabels } from '../../src/charts/scatter-views.ts';
import { atlas } from '../../src/lib/atlas.ts';
import { INDICATOR_HUES } from '../../src/design/tokens.ts';

// Marks as Plot reports them: the constructor name of each mark in the spec.
const markNames = (spec: ReturnType<typeof scatterSpec>) => (spec.marks ?? []).map((m) => (m as object).constructor.name);

describe('scatterSpec on the seed data', () => {
  const points = scatterPoints('ja');
  const base: ScatterOptions = {
    width: 760,
    height: 480,
    xScale: 'linear',
    colourBy: 'group',
    xLabel: 'x',
    yLabel: 'y',
    fitBand: atlas().summary.fitBand,
    national: { x: 123.4, y: 1.43 },
    labelled: labelledCodes(6),
    highlight: '13',
  };
  const spec = scatterSpec(points, base);

  it('draws band, fit line, two national rules, the points, the highlight ring and the labels, in that order', () => {
    expect(markNames(spec)).toEqual(['Area', 'Line', 'RuleX', 'RuleY', 'Dot', 'Dot', 'Text', 'Text']);
  });

  it('spans the seed data: x from 43.9 (東京都) to 437.6 (青森県), y from 0 to above 4.71', () => {
    expect(spec.x?.domain).toEqual([43.9 * 0.9, 437.6 * 1.05]);
    expect(spec.y?.domain).toEqual([0, 6]);
  });

  it('has one point per prefecture, each a link to its profile with a spoken label', () => {
    expect(points).toHaveLength(47);
    const aomori = points.find((p) => p.code === '02') as ScatterPoint;
    expect(aomori).toMatchObject({ name: '青森県', x: 437.6, y: 4.71, group: 'regional', href: '/prefectures/aomori/' });
    expect(aomori.label).toBe('青森県：1有料職業紹介事業者あたりの中小企業数 437.6社、管理的職業の有効求人倍率 4.71倍');
    const tokyo = points.find((p) => p.code === '13') as ScatterPoint;
    expect(tokyo).toMatchObject({ x: 43.9, y: 1.07, group: 'metro' });
  });

  it('labels the six prefectures farthest from the fit (residuals computed independently in Python)', () => {
    // |residual| order: 長崎 1.739, 鳥取 1.687, 広島 1.670, 茨城 1.598, 青森 1.554, 宮崎 1.539
    expect(labelledCodes(6)).toEqual(['42', '31', '34', '08', '02', '45']);
    const text = (spec.marks ?? [])[6] as unknown as { data: ScatterPoint[] };
    // The highlighted prefecture (東京都) joins the labelled set; it is drawn bold by the last mark.
    expect(text.data.map((p) => p.code).sort()).toEqual(['02', '08', '13', '31', '34', '42', '45']);
  });

  it('rings the highlighted prefecture in the one highlight colour, and bars each axis in its indicator’s hue when given', () => {
    const ring = (spec.marks ?? [])[5] as unknown as { data: ScatterPoint[] };
    expect(ring.data.map((p) => p.code)).toEqual(['13']);
    const withHues = scatterSpec(points, {
      ...base,
      hues: { x: INDICATOR_HUES[1].base, y: INDICATOR_HUES[0].base },
    });
    expect(markNames(withHues)).toEqual(['Area', 'Line', 'RuleX', 'RuleY', 'RuleY', 'RuleX', 'Dot', 'Dot', 'Text', 'Text']);
  });

  it('names its axes with units in each language', () => {
    expect(axisLabels('ja')).toEqual({
      x: '1有料職業紹介事業者あたりの中小企業数（社）',
      y: '管理的職業の有効求人倍率（倍）',
    });
    expect(axisLabels('en')).toEqual({
      x: 'SMEs per fee-charging placement agency (SMEs per agency)',
      y: 'Managerial job-opening ratio (openings per applicant)',
    });
  });

  it('breaks ties in residual size by code so labels are stable', () => {
    expect(
      largestResiduals(
        [
          { code: '05', residual: -1 },
          { code: '03', residual: 1 },
          { code: '04', residual: 0.5 },
        ],
        2,
      ),
    ).toEqual(['03', '05']);
  });
});

describe('rendered scatter SVG', () => {
  const [wide, narrow] = renderScatterViews('en', 'test', [{ xScale: 'log', colourBy: 'block' }]);

  it('renders one wide and one narrow SVG per view, with a title and description', () => {
    expect([wide.size, narrow.size]).toEqual(['wide', 'narrow']);
    const openTag = wide.svg.slice(0, wide.svg.indexOf('>'));
    expect(openTag).toContain(' id="test-log-block-wide"');
    expect(openTag).toContain(' aria-labelledby="test-log-block-wide-title"');
    expect(openTag).toContain(' aria-describedby="test-log-block-wide-desc"');
    expect(wide.svg).toContain(
      '<title id="test-log-block-wide-title">SMEs per fee-charging placement agency and the managerial job-opening ratio</title>',
    );
    expect(wide.svg).toContain('(r = 0.4740)');
  });

  it('has 47 point links, each pointing at a profile, in x order with one tab stop (the leftmost, Tokyo)', () => {
    const links = wide.svg.match(/<a tabindex="-?[01]" href="\/en\/prefectures\/[a-z]+\/"/g) ?? [];
    expect(links).toHaveLength(47);
    expect(links.filter((l) => l.includes('tabindex="0"'))).toEqual(['<a tabindex="0" href="/en/prefectures/tokyo/"']);
    expect(links.at(-1)).toBe('<a tabindex="-1" href="/en/prefectures/aomori/"');
  });

  it('sets label weights as constants, never a stringified function', () => {
    expect(wide.svg).not.toContain('=>');
  });
});
