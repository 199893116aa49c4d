/**
 * Charts that explain themselves, without a browser: the takeaway title generated from r, the
 * labels of the national lines and the room kept for them, the 24 px hit areas, and the wrapping
 * of a downloaded image's lines.
 */
import { describe, expect, it } from 'vitest';
import { addHitAreas } from '../../src/charts/hit-area.ts';
import { placeLabels, scatterSpec } from '../../src/charts/scatter.ts';
import { renderScatterViews, scatterPoints } from '../../src/charts/scatter-views.ts';
import { nationalLineLabel, scatterTakeaway } from '../../src/charts/takeaway.ts';
import { wrapText } from '../../src/islands/chart-download.ts';
import { atlas, axes } from '../../src/lib/atlas.ts';

describe('the scatter takeaway title', () => {
  it('says which way the two indicators move together, with r and the guidebook band it prints (p.11)', () => {
    expect(scatterTakeaway('ja')).toBe(
      '求人倍率が高い都道府県ほど、紹介事業者1社あたり中小企業数も多い傾向（r = 0.4740、ガイドブックp.11の区分で「正の相関」）',
    );
    expect(scatterTakeaway('en')).toBe(
      'The higher a prefecture’s job-opening ratio, the higher its SMEs per agency tends to be (r = 0.4740; “positive correlation” in the guidebook’s bands, p.11)',
    );
  });

  it('labels the national lines with the value the chart draws', () => {
    const { x, y } = axes();
    expect(nationalLineLabel('ja', y)).toBe('全国 1.43倍');
    expect(nationalLineLabel('ja', x)).toBe('全国 123.4社');
    expect(nationalLineLabel('en', y)).toBe('National 1.43');
  });
});

describe('national line labels and points’ names', () => {
  const points = scatterPoints('ja');
  const frame = {
    width: 360,
    height: 380,
    fontSize: 11,
    xScale: 'linear' as const,
    xDomain: [0, 500] as [number, number],
    yDomain: [0, 6] as [number, number],
    margin: { left: 37, right: 16, top: 22, bottom: 35 },
  };

  it('drops a name that would cover a national line’s label', () => {
    // 青森県 (437.6, 4.71): its name would sit where a label ending at x = 500 just above y = 4.71 is.
    const free = placeLabels(points, ['02'], frame);
    expect(free.map((p) => p.code)).toEqual(['02']);
    const blocked = placeLabels(points, ['11', '02'], {
      ...frame,
      reserved: [{ x: 500, y: 4.71, text: '全国 4.71倍（長いラベル）', anchor: 'end', dx: -2, dy: -5 }],
    });
    expect(blocked.map((p) => p.code)).toEqual(['11']);
  });

  it('draws both labels as text marks after the rules', () => {
    const spec = scatterSpec(points, {
      ...frame,
      colourBy: 'group',
      xLabel: 'x',
      yLabel: 'y',
      fitBand: atlas().summary.fitBand,
      national: { x: 123.4, y: 1.43 },
      nationalLabels: { x: '全国 123.4社', y: '全国 1.43倍' },
      labelled: [],
    });
    expect((spec.marks ?? []).map((m) => (m as object).constructor.name)).toEqual([
      'Area',
      'Line',
      'RuleX',
      'RuleY',
      'Text',
      'Text',
      'Dot',
      // the highlight ring (src/design/tokens.ts), empty when nothing is highlighted
      'Dot',
    ]);
  });
});

describe('hit areas', () => {
  it('puts a transparent circle of r = 13 (26 px) under every dot, centred on it', () => {
    const svg =
      '<g><a href="/p/a/"><path d="M0,0" transform="translate(10.5,-3)"></path></a><a href="/p/b/">\n<path transform="translate(1,2)"/></a></g>';
    expect(addHitAreas(svg)).toBe(
      '<g><a href="/p/a/"><circle class="hit-area" cx="10.5" cy="-3" r="13" fill="transparent" stroke="none"></circle><path d="M0,0" transform="translate(10.5,-3)"></path></a>' +
        '<a href="/p/b/">\n<circle class="hit-area" cx="1" cy="2" r="13" fill="transparent" stroke="none"></circle><path transform="translate(1,2)"/></a></g>',
    );
  });

  it('gives each of the 47 links of every rendered scatter view one', () => {
    for (const view of renderScatterViews('en', 't', [{ xScale: 'log', colourBy: 'block' }])) {
      expect(view.svg.match(/<a /g)).toHaveLength(47);
      expect(view.svg.match(/class="hit-area"/g)).toHaveLength(47);
    }
  });
});

describe('wrapText for downloaded images', () => {
  it('keeps an opening bracket with what follows and a closing one with what precedes', () => {
    const lines = wrapText('資料：厚生労働省「職業安定業務統計」（令和3年）', 11 * 8, 11);
    for (const line of lines) {
      expect(line).not.toMatch(/[「（]$/);
      expect(line).not.toMatch(/^[」）、]/);
    }
    expect(lines.join('')).toBe('資料：厚生労働省「職業安定業務統計」（令和3年）');
  });

  it('keeps Latin words whole', () => {
    expect(wrapText('Source: Ministry of Health, Labour and Welfare', 100, 11)).toEqual([
      'Source: Ministry',
      'of Health,',
      'Labour and',
      'Welfare',
    ]);
  });
});
