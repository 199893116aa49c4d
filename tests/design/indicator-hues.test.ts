/**
 * On the built site (run `npm run build` first): each indicator is drawn in its own hue in every
 * chart that draws it — the univariate maps and tile maps, the bivariate map's key, the scatter's
 * axis bars and the profile cards — and metro / 地方 never borrow an indicator's hue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bivariateRamp, bivariateScheme, GROUP_FILLS, INDICATOR_HUES, indicatorHue, indicatorRamp } from '../../src/design/tokens.ts';
import { distPages } from '../support/dist.ts';
import { parse, type Doc } from '../support/html.ts';
import { DIST } from '../support/paths.ts';

const summary = JSON.parse(readFileSync(join(DIST, 'data', 'summary.json'), 'utf8')) as {
  indicators: { id: string }[];
  x: string;
  y: string;
};
const ids = summary.indicators.map((i) => i.id);
const index = (id: string) => ids.indexOf(id);
const docs: [string, Doc][] = distPages()
  .filter((p) => p.file.endsWith('.html'))
  .map((p) => [p.path, parse(readFileSync(join(DIST, p.file), 'utf8'))]);
const lower = (c: string | null) => (c ?? '').toLowerCase();

describe('one hue per indicator on the built site', () => {
  it('reads the built pages', () => {
    expect(docs.length).toBeGreaterThan(100);
    expect(ids).toEqual(['jobOpeningRatio', 'smesPerAgency']);
  });

  for (const id of ids) {
    it(`${id}: every univariate map and tile map is filled from the indicator's own ramp`, () => {
      const ramp = indicatorRamp(index(id), 5);
      let views = 0;
      const used = new Set<string>();
      for (const [path, doc] of docs) {
        for (const view of doc.querySelectorAll(`.map-view[data-indicator="${id}"]`)) {
          views += 1;
          for (const shape of view.querySelectorAll('a[data-code] > use, a[data-code] > rect, a[data-code] > path')) {
            const fill = lower(shape.getAttribute('fill'));
            if (fill.startsWith('url(')) continue;
            expect(ramp, `${path} ${view.getAttribute('data-classes')} ${shape.parentElement?.getAttribute('data-code')}`).toContain(fill);
            used.add(fill);
          }
        }
      }
      // The map page's views (2 classifications × geo + two tile sizes) in two languages, and the profiles' tile maps.
      expect(views).toBeGreaterThanOrEqual(12);
      expect([...used].sort()).toEqual([...ramp].sort());
    });

    it(`${id}: the profile cards carry the indicator's hue`, () => {
      const keys = docs.flatMap(([, doc]) => [...doc.querySelectorAll(`svg.indicator-key[data-indicator="${id}"] rect`)]);
      expect(keys).toHaveLength(47 * 2);
      for (const rect of keys) expect(lower(rect.getAttribute('fill'))).toBe(indicatorHue(index(id)).base);
    });
  }

  it('every scatter draws its x axis in the x indicator’s hue and its y axis in the y indicator’s', () => {
    let scatters = 0;
    for (const [path, doc] of docs) {
      for (const svg of doc.querySelectorAll('svg')) {
        const isScatter = svg.querySelector('g[aria-label="dot"]') && svg.querySelector('g[aria-label="area"]');
        if (!isScatter) continue;
        scatters += 1;
        expect(lower(svg.querySelector('g.indicator-accent-x')?.getAttribute('stroke') ?? null), `${path} ${svg.id}`).toBe(
          indicatorHue(index(summary.x)).base,
        );
        expect(lower(svg.querySelector('g.indicator-accent-y')?.getAttribute('stroke') ?? null), `${path} ${svg.id}`).toBe(
          indicatorHue(index(summary.y)).base,
        );
      }
    }
    // Home, the explorer and 47 profiles, in two languages.
    expect(scatters).toBeGreaterThanOrEqual(2 * 49);
  });

  it('the bivariate key’s axes are the two indicators’ own hues, and its map uses only its nine cells', () => {
    const rows = bivariateRamp(index(summary.y), 3);
    const columns = bivariateRamp(index(summary.x), 3);
    const scheme = bivariateScheme(index(summary.y), index(summary.x), 3).flat();
    let keys = 0;
    for (const [path, doc] of docs) {
      for (const key of doc.querySelectorAll('.bivariate-key__grid')) {
        keys += 1;
        // The key is printed high shortage first: row r of the grid is class 2 - r.
        const cells = [...key.querySelectorAll('span')].map((s) =>
          lower(/background:\s*(#[0-9a-f]{6})/i.exec(s.getAttribute('style') ?? '')?.[1] ?? null),
        );
        expect(cells, path).toHaveLength(9);
        // The low-low corner belongs to both; the other cells of the first column and row are each indicator's own.
        expect([cells[3], cells[0]], `${path}: shortage, mid and high`).toEqual(rows.slice(1));
        expect([cells[7], cells[8]], `${path}: thinness, mid and high`).toEqual(columns.slice(1));
      }
      for (const view of doc.querySelectorAll('.map-view[data-indicator="bivariate"]')) {
        for (const shape of view.querySelectorAll('a[data-code] > use, a[data-code] > rect')) {
          const fill = lower(shape.getAttribute('fill'));
          if (!fill.startsWith('url(')) expect(scheme, path).toContain(fill);
        }
      }
    }
    expect(keys).toBeGreaterThanOrEqual(4);
  });

  it('metro / 地方 are drawn in neutral greys, never in an indicator’s hue', () => {
    const hues = new Set(INDICATOR_HUES.flatMap((_, i) => indicatorRamp(i, 5)));
    const groupFills = new Set<string>(Object.values(GROUP_FILLS));
    let dots = 0;
    for (const [path, doc] of docs) {
      for (const svg of doc.querySelectorAll('svg[id*="-group-"]')) {
        for (const dot of svg.querySelectorAll('g[aria-label="dot"] [fill]')) {
          const fill = lower(dot.getAttribute('fill'));
          if (!fill.startsWith('#')) continue;
          dots += 1;
          expect(hues.has(fill), `${path} ${svg.id}: ${fill}`).toBe(false);
          expect(groupFills.has(fill), `${path} ${svg.id}: ${fill}`).toBe(true);
        }
      }
    }
    expect(dots).toBeGreaterThanOrEqual(47 * 2);
  });
});
