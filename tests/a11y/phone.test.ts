/** Phone layouts as pure functions: labels placed by measured width, scrolling tables labelled. */
import { describe, expect, it } from 'vitest';
import { placeLabels, type ScatterPoint } from '../../src/charts/scatter.ts';
import { labelScrollRegions } from '../../src/lib/scroll-regions.ts';

const point = (code: string, name: string, x: number, y: number): ScatterPoint => ({
  code,
  name,
  x,
  y,
  href: '',
  group: 'regional',
  block: '',
  label: '',
});
const frame = {
  width: 360,
  height: 380,
  fontSize: 11,
  xScale: 'linear' as const,
  xDomain: [0, 100] as [number, number],
  yDomain: [0, 10] as [number, number],
  margin: { left: 0, right: 0, top: 0, bottom: 0 },
};

describe('placeLabels', () => {
  it('drops a label whose box would overlap one placed before it', () => {
    // 鳥取県 and 茨城県 (33 px wide at 11 px) 10 px apart at the same height collide.
    const points = [point('31', '鳥取県', 50, 5), point('08', '茨城県', 52.8, 5), point('42', '長崎県', 20, 2)];
    expect(placeLabels(points, ['31', '08', '42'], frame).map((p) => [p.code, p.anchor])).toEqual([
      ['31', 'middle'],
      ['42', 'middle'],
    ]);
  });

  it('keeps both when one is far enough below the other', () => {
    const points = [point('31', '鳥取県', 50, 5), point('08', '茨城県', 52.8, 4)];
    expect(placeLabels(points, ['31', '08'], frame).map((p) => p.code)).toEqual(['31', '08']);
  });

  it('ends a label at its point near the right edge, and starts it near the left edge', () => {
    const points = [point('02', '青森県', 99, 5), point('13', '東京都', 1, 5)];
    expect(placeLabels(points, ['02', '13'], frame).map((p) => p.anchor)).toEqual(['end', 'start']);
  });

  it('always keeps the first wanted label (the highlighted prefecture)', () => {
    const points = [point('31', '鳥取県', 50, 5), point('08', '茨城県', 52.8, 5)];
    expect(placeLabels(points, ['08', '31'], frame).map((p) => p.code)).toEqual(['08']);
  });
});

describe('labelScrollRegions', () => {
  it('names a wrapper by its table caption, else the heading before it, else the fallback', () => {
    const html =
      '<h2>Data &amp; files</h2><div class="table-wrap"><table><caption>Files <span>(3)</span></caption></table></div>' +
      '<h3 id="x">Dictionary</h3><div class="table-wrap"><table><tr><td>1</td></tr></table></div>';
    expect(labelScrollRegions(html, 'Table')).toBe(
      '<h2>Data &amp; files</h2><section class="table-wrap" tabindex="0" aria-label="Files (3)"><table><caption>Files <span>(3)</span></caption></table></section>' +
        '<h3 id="x">Dictionary</h3><section class="table-wrap" tabindex="0" aria-label="Dictionary"><table><tr><td>1</td></tr></table></section>',
    );
    expect(labelScrollRegions('<div class="table-wrap"><table></table></div>', '表（横にスクロールできます）')).toBe(
      '<section class="table-wrap" tabindex="0" aria-label="表（横にスクロールできます）"><table></table></section>',
    );
  });

  it('leaves a wrapper that holds more than its table alone', () => {
    const html = '<div class="table-wrap"><table></table><p>note</p></div>';
    expect(labelScrollRegions(html, 'T')).toBe(html);
    const two = `${html}<div class="table-wrap"><table></table></div>`;
    expect(labelScrollRegions(two, 'T')).toBe(`${html}<section class="table-wrap" tabindex="0" aria-label="T"><table></table></section>`);
  });

  it('escapes quotes and ampersands in the label once', () => {
    expect(labelScrollRegions('<div class="table-wrap"><table><caption>A &amp; "B"</caption></table></div>', 'T')).toContain(
      'aria-label="A &amp; &quot;B&quot;"',
    );
  });
});

describe('labelScrollRegions with a name', () => {
  it('prefixes the caption so the region differs from a section named by the same heading', () => {
    expect(labelScrollRegions('<h3>A &amp; B</h3><div class="table-wrap"><table></table></div>', 'T', (l) => `表：${l}`)).toBe(
      '<h3>A &amp; B</h3><section class="table-wrap" tabindex="0" aria-label="表：A &amp; B"><table></table></section>',
    );
  });
});
