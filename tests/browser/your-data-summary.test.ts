/**
 * The text summaries under the "your data" charts in Chromium: after the e-Stat fixture (the
 * atlas's two indicators and a 全国 row: n = 47, r = 0.4740), the sentences under the scatter and
 * the maps, word for word in both languages; replaced by the next file's, emptied by a refusal,
 * and the density view named when a file has more than 2,000 rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';
import { useSite } from '../support/site-session.ts';

const site = useSite();
const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'your-data', name));

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.setInputFiles('#your-data-file', { name, mimeType: 'text/csv', buffer });
}

const scatterText = (page: Page) => page.locator('[data-chart-summary] [data-summary-text]').textContent();
const mapText = (page: Page) => page.locator('[data-map-summary] [data-summary-text]').textContent();

const expected = {
  ja: {
    heading: 'この図の要約',
    scatter:
      'あなたのデータの47行の散布図です。横軸の「1有料職業紹介事業者あたりの中小企業数【社】」は東京都の43.9から青森県の437.6まで、縦軸の「管理的職業の有効求人倍率【倍】」は神奈川県の0.37から青森県の4.71までです。ピアソンの相関係数は r = 0.4740、スピアマンの順位相関係数は ρ = 0.3693 で、右上がりの傾向があります（本サイトの関数による計算）。回帰直線から最も上に離れているのは鳥取県、最も下に離れているのは長崎県です。',
    map: '「管理的職業の有効求人倍率【倍】」を分位数で5階級に塗り分けた地図です。47都道府県のうち最も低いのは神奈川県の0.37、最も高いのは青森県の4.71です。低い階級から順に、0.37以上 1.13未満が10、1.13以上 1.58未満が9、1.58以上 2.27未満が9、2.27以上 3.14未満が9、3.14以上 4.71以下が10都道府県です。最も高い階級（3.14以上 4.71以下）は青森県、秋田県、茨城県、和歌山県、鳥取県、島根県、岡山県、広島県、高知県、宮崎県です。',
  },
  en: {
    heading: 'Summary of this chart',
    scatter:
      'Scatterplot of 47 rows of your data. Across: “1有料職業紹介事業者あたりの中小企業数【社】”, from 43.9 (東京都) to 437.6 (青森県). Up: “管理的職業の有効求人倍率【倍】”, from 0.37 (神奈川県) to 4.71 (青森県). Pearson’s r = 0.4740 and Spearman’s ρ = 0.3693: the points rise to the right (computed by the site’s own functions). Farthest above the fitted line: 鳥取県; farthest below: 長崎県.',
    map: 'Map of “管理的職業の有効求人倍率【倍】” in 5 classes (quantiles). Of 47 prefectures, the lowest is Kanagawa at 0.37 and the highest Aomori at 4.71. Prefectures per class, lowest first: 0.37 to under 1.13: 10; 1.13 to under 1.58: 9; 1.58 to under 2.27: 9; 2.27 to under 3.14: 9; 3.14 to 4.71: 10. The highest class (3.14 to 4.71): Aomori, Akita, Ibaraki, Wakayama, Tottori, Shimane, Okayama, Hiroshima, Kochi, Miyazaki.',
  },
};

describe('your data: the summaries under the charts', () => {
  it.each(['ja', 'en'] as const)(
    '%s: the e-Stat fixture gives the exact sentences; the next file replaces them; a refusal empties them',
    async (lang) => {
      const page = await site.open(lang === 'ja' ? '/your-data/' : '/en/your-data/');
      // Nothing before a file is chosen.
      expect(await page.locator('[data-chart-summary]').isHidden()).toBe(true);
      await choose(page, 'estat-sjis.csv', fixture('estat-sjis.csv'));
      await expect.poll(() => scatterText(page), { timeout: 60_000 }).toBe(expected[lang].scatter);
      expect(await page.locator('[data-chart-summary] strong').textContent()).toBe(expected[lang].heading);
      expect(await page.locator('[data-chart-summary]').isVisible()).toBe(true);
      // Under the chart, inside its figure.
      expect(await page.locator('#your-data-chart [data-chart-summary]').count()).toBe(1);
      await expect.poll(() => mapText(page)).toBe(expected[lang].map);
      expect(await page.locator('[data-map-summary]').isVisible()).toBe(true);

      // Equal intervals: the maps' summary follows the classes.
      await page.check('input[name=yourDataClasses][value=equal]');
      await expect.poll(() => mapText(page)).toContain(lang === 'ja' ? '等間隔で5階級' : 'in 5 classes (equal intervals)');

      // The next file's own labels (short names) replace the sentence whole.
      await choose(page, 'excel-utf8-bom.csv', fixture('excel-utf8-bom.csv'));
      await expect
        .poll(() => scatterText(page), { timeout: 60_000 })
        .toContain(lang === 'ja' ? '東京の43.9から青森の437.6まで' : 'from 43.9 (東京) to 437.6 (青森)');

      // A refused file leaves no summary behind.
      await choose(page, 'report.csv', fixture('pdf-renamed.csv'));
      await expect.poll(() => page.locator('[data-results]').isHidden(), { timeout: 60_000 }).toBe(true);
      expect(await scatterText(page)).toBe('');
      expect(await mapText(page)).toBe('');
      expect(await page.locator('[data-chart-summary]').isHidden()).toBe(true);
      expect(await page.locator('[data-map-summary]').isHidden()).toBe(true);
      await page.context().close();
    },
  );

  it('more than 2,000 rows: the summary says the chart is a density', async () => {
    const page = await site.open('/en/your-data/');
    const rows = Array.from({ length: 2500 }, (_, i) => `r${i + 1},${i % 101},${(i * 37) % 89}`);
    await choose(page, 'many.csv', Buffer.from(['label,x,y', ...rows].join('\n')));
    await expect
      .poll(() => scatterText(page), { timeout: 60_000 })
      .toMatch(
        /^Scatterplot of 2,500 rows of your data\. Across: “x”, from 0 \(r1\) to 100 \(r101\)\. Up: “y”, from 0 \(r1\) to 88 \(r\d+\)\. .* With 2,500 rows, the chart shades each small square by how many points fall in it instead of drawing every point\.$/,
      );
    await page.context().close();
  });
});
