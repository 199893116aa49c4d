/**
 * The national reference is named by how it is made, where a reader compares with it: the map
 * legend's ◆ note and the compare cards' difference. With the guidebook's data it is the figure the
 * guidebook prints (1.43 and 123.4, data/raw/published_aggregates.csv), not the mean of the 47
 * prefectures (2.10 and 229.9), so both say 公表値 / "as published", linked to the methods page's
 * account of the figures (#aggregates).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { referenceFigure, referenceMethod } from '../../src/lib/group-figure.ts';
import { parse } from '../support/html.ts';
import { DIST } from '../support/paths.ts';

describe('referenceMethod names the figure referenceFigure takes', () => {
  const figure = { n: 47, published: 1.43, meanOfRatios: 2.095745, medianOfRatios: 1.82, ratioOfSums: 1.51 };
  for (const [name, input, method, value] of [
    ['counts', figure, 'ratioOfSums', 1.51],
    ['no counts', { ...figure, ratioOfSums: null }, 'published', 1.43],
    ['no counts, nothing published', { ...figure, ratioOfSums: null, published: null }, 'meanOfPrefectures', 2.095745],
  ] as const) {
    it(`${name}: ${method}`, () => {
      expect(referenceMethod(input)).toBe(method);
      expect(referenceFigure(input)).toBe(value);
    });
  }
});

const page = (path: string) => parse(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
type Doc = ReturnType<typeof page>;

/** Elements matching `selector` on a page and in its <template>s, where the views not shown first wait. */
function everywhere(doc: Doc, selector: string): Element[] {
  const inTemplates = [...doc.querySelectorAll('template')].flatMap((t) => [...parse(t.innerHTML).querySelectorAll(selector)]);
  return [...doc.querySelectorAll(selector), ...inTemplates];
}

for (const { root, note, method, vsNational, methods: methodWords } of [
  {
    root: '',
    note: '◆は全国値（公表値）が入る階級です。',
    method: '公表値',
    vsNational: '全国との差（公表値）',
    methods: ['分子の合計÷分母の合計', '公表値', '都道府県の単純平均'],
  },
  {
    root: 'en/',
    note: '◆ marks the class holding the national figure (as published).',
    method: 'as published',
    vsNational: 'vs national (as published)',
    methods: ['ratio of summed counts', 'as published', 'mean of prefectures'],
  },
]) {
  const methods = `/${root}methods/#aggregates`;

  describe(`/${root}: the national reference, named and linked`, () => {
    it('the methods page has the section the labels link to, which says when each of the three is used', () => {
      const heading = page(`${root}methods`).querySelector('h2#aggregates')!;
      let order: Element | null = heading.nextElementSibling;
      while (order && !order.matches('h2, [data-reference-order]')) order = order.nextElementSibling;
      expect(order?.matches('[data-reference-order]')).toBe(true);
      for (const words of methodWords) expect(order?.textContent).toContain(words);
    });

    it('map: each of the 8 sequential legends (2 indicators × 2 classifications × map and tiles) names it', () => {
      const notes = everywhere(page(`${root}map`), '.map-legend__note');
      expect(notes.map((p) => p.textContent)).toEqual(Array(8).fill(note));
      for (const p of notes) {
        const link = p.querySelector('a')!;
        expect([link.textContent, link.getAttribute('href')]).toEqual([method, methods]);
      }
    });

    it('compare: each card names it beside the difference from it', () => {
      const doc = page(`${root}compare`);
      const aomori = doc.querySelector('.compare-card[data-slot="0"] [data-slot-body]')!;
      const links = [...aomori.querySelectorAll(`a[href="${methods}"]`)];
      expect(links.map((a) => a.textContent)).toEqual([vsNational, vsNational]);
      // Aomori: 4.71 − 1.43 and 437.6 − 123.4, differences from the published figures.
      expect(links.map((a) => a.nextSibling?.textContent?.trim())).toEqual(
        root === '' ? ['+3.28倍', '+314.2社'] : ['+3.28 openings per applicant', '+314.2 SMEs per agency'],
      );
      // The same label in the 47 cards the island swaps in.
      const inCards = [...doc.querySelectorAll('template[data-card]')].map((t) =>
        [...parse(t.innerHTML).querySelectorAll(`a[href="${methods}"]`)].map((a) => a.textContent),
      );
      expect(inCards).toEqual(Array(47).fill([vsNational, vsNational]));
    });
  });
}
