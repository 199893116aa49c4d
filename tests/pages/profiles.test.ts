/** The 94 prefecture profiles in dist/: each its own values, a highlighted scatter and a suggestion. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const prefectures = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')) as Record<string, string | number>[];
type ParsedPage = ReturnType<typeof parseHTML>['document'];
const pages = (['', 'en/'] as const).flatMap((root) =>
  prefectures.map((p) => {
    const html = readFileSync(join(DIST, root, 'prefectures', String(p.slug), 'index.html'), 'utf8');
    let parsed: ParsedPage | undefined;
    // Parsed once, on first use, and shared by the tests (which only read it).
    return {
      root,
      p,
      html,
      get document(): ParsedPage {
        parsed ??= parseHTML(html).document;
        return parsed;
      },
    };
  }),
);

describe('prefecture profiles', () => {
  it('builds 94 profiles (47 × 2 languages), no two alike', () => {
    expect(pages).toHaveLength(94);
    const hashes = new Set(pages.map(({ html }) => createHash('sha256').update(html).digest('hex')));
    expect(hashes.size).toBe(94);
  });

  it('prints each prefecture’s own values, highlights it on the scatter and names a suggestion', () => {
    for (const { root, p, document: doc } of pages) {
      const where = `${root}${p.slug}`;
      expect(doc.querySelector('h1')?.textContent, where).toBe(root === '' ? p.name_ja : p.name_en);
      const numbers = [...doc.querySelectorAll('.big-number')].map((el) => el.firstChild?.textContent);
      expect(numbers, where).toEqual([Number(p.job_opening_ratio).toFixed(2), Number(p.smes_per_agency).toFixed(1)]);
      const svgs = [...doc.querySelectorAll('figure[data-scatter] svg[aria-labelledby]')];
      expect(svgs.length, where).toBe(2);
      // The highlighted point is drawn larger (r = 0.75 em) and its name is printed in bold.
      for (const svg of svgs) {
        const bold = svg.querySelector('g[font-weight="bold"] text');
        expect(bold?.textContent, where).toBe(root === '' ? p.name_ja : p.name_en);
      }
      // Its place on the tile map: one outlined tile per size, and only its own.
      const tiles = [...doc.querySelectorAll('.tile-figure a.is-highlighted')].map((a) => a.getAttribute('data-code'));
      expect(tiles, where).toEqual([p.code, p.code]);
      expect(doc.querySelector('.suggestion__type')?.textContent, where).toMatch(
        root === ''
          ? /^[①②③④]「[公民]」×「[公民]」型（[公民]主導型のネットワーク、都道府県単位で見た場合）$/
          : /^[①②③④] (public|private) × (public|private) \((public|private)-led network, read for the whole prefecture\)$/,
      );
      // Every statement says whose it is; our readings never carry a page.
      const items = [...doc.querySelectorAll('.suggestion .reasons li')];
      expect(items.length, where).toBeGreaterThanOrEqual(15);
      for (const li of items) {
        const label = li.querySelector('.kind')?.textContent ?? '';
        if (li.getAttribute('data-kind') === 'ours') expect(label, where).toBe(root === '' ? '本サイトの整理' : 'Our reading');
        else expect(label, where).toMatch(/ (p|pp)\.\d/);
      }
      expect(doc.querySelectorAll('[data-reference-table] tbody tr').length, where).toBe(3);
    }
  });

  it('opens with a summary sentence that ranks each indicator with its direction, labelled as our computation', () => {
    for (const { root, p, document: d } of pages) {
      const where = `${root}${p.slug}`;
      const text = d.querySelector('[data-profile-summary-text]')?.textContent ?? '';
      expect(text.startsWith(root === '' ? `${p.name_ja}は、` : `${p.name_en}: `), where).toBe(true);
      expect(text.split(root === '' ? '47都道府県中' : ' of 47 (highest first)').length - 1, where).toBe(2);
      expect(d.querySelector('[data-profile-summary] .kind--computed')?.getAttribute('href'), where).toBe(`/${root}methods/#comparisons`);
      // The summary comes straight after the name, and every rank on the value cards says which way ranks run.
      expect(d.querySelector('h1 + [data-profile-summary]'), where).not.toBeNull();
      const ranks = [...d.querySelectorAll('.contrast .stats div:first-child dd')].map((dd) => dd.textContent ?? '');
      expect(ranks, where).toEqual([
        root === ''
          ? `47都道府県中${p.job_opening_ratio_rank}位（高い順）`
          : expect.stringMatching(new RegExp(`^${p.job_opening_ratio_rank}(st|nd|rd|th) of 47 \\(highest first\\)$`)),
        root === ''
          ? `47都道府県中${p.smes_per_agency_rank}位（高い順）`
          : expect.stringMatching(new RegExp(`^${p.smes_per_agency_rank}(st|nd|rd|th) of 47 \\(highest first\\)$`)),
      ]);
      // Links on from the network reading, each with this prefecture chosen where the page takes one.
      const next = [...d.querySelectorAll('[data-profile-next] a')].map((a) => a.getAttribute('href'));
      expect(next, where).toEqual([
        expect.stringMatching(new RegExp(`^/${root}networks/#type-[1-4]$`)),
        `/${root}playbook/?pref=${p.slug}#phase-assess`,
        `/${root}planner/?pref=${p.slug}&smes=`,
      ]);
    }
  });

  const doc = (root: string, slug: string) => pages.find((x) => x.root === root && x.p.slug === slug)!.document;

  it.each([
    ['osaka', 'network_osaka_spring_board', '②「公」×「民」型（公主導型のネットワーク、都道府県単位で見た場合）', true],
    ['kyoto', 'network_kyoto_north_side_job', '③「民」×「公」型（民主導型のネットワーク、都道府県単位で見た場合）', true],
    ['ishikawa', 'network_nanao_machizukuri_shinkin', '④「民」×「民」型（民主導型のネットワーク、都道府県単位で見た場合）', true],
    ['hyogo', 'network_hyogo_prokyoten_shokokai', '①「公」×「公」型（公主導型のネットワーク、都道府県単位で見た場合）', false],
    ['kumamoto', 'network_kumamoto_prokyoten_yorozu', '①「公」×「公」型（公主導型のネットワーク、都道府県単位で見た場合）', true],
  ])('%s names its own case’s pairing first and lists its own case first', (slug, caseId, type, differs) => {
    for (const root of ['', 'en/']) {
      const page = doc(root, slug);
      expect(page.querySelector('.suggestion .cases li')?.getAttribute('data-case')).toBe(caseId);
      expect(page.querySelector('.suggestion .cases li')?.getAttribute('data-own')).toBe('true');
      expect(page.querySelector('[data-role-split-case]')?.getAttribute('data-role-split-case')).toBe(caseId);
      expect(page.querySelector(`[data-reason="case_${caseId}"]`)).not.toBeNull();
      expect(page.querySelector('[data-reason="differs_from_own_case"]') !== null).toBe(differs);
    }
    expect(doc('', slug).querySelector('.suggestion__type')?.textContent).toBe(type);
  });

  it('says in words where our reading differs from the prefecture’s own case (大阪)', () => {
    expect(doc('', 'osaka').querySelector('[data-reason="differs_from_own_case"]')?.textContent).toBe(
      '本サイトの整理 本サイトの指標からの整理（①）は、本県で行われた取組事例（②）と異なります。このページでは本県の事例を先に挙げています。',
    );
    expect(doc('en/', 'osaka').querySelector('[data-reason="differs_from_own_case"]')?.textContent).toBe(
      'Our reading Our reading from the indicators (①) differs from the case study run in this prefecture (②). This page names the prefecture’s own case first.',
    );
  });

  it.each([
    ['aomori', ['むつ市・気仙沼市・宮古市']],
    ['iwate', ['七尾市・富山市・釜石市・南三陸町', 'むつ市・気仙沼市・宮古市']],
    ['miyagi', ['七尾市・富山市・釜石市・南三陸町', 'むつ市・気仙沼市・宮古市']],
    ['kanagawa', ['神奈川県西部']],
    ['toyama', ['七尾市・富山市・釜石市・南三陸町']],
    ['ishikawa', ['七尾市・富山市・釜石市・南三陸町', '能登町']],
    ['shizuoka', ['静岡市', '浜松市', '静岡県東部']],
    ['kyoto', ['京都府北部5市2町']],
    ['osaka', ['大阪府全域']],
    ['hyogo', ['兵庫県全域']],
    ['tottori', ['鳥取県全域']],
    ['kumamoto', ['熊本県全域']],
  ])('%s names its pilot areas in the pilot section', (slug, areas) => {
    const section = doc('', slug).querySelector('.reasons[data-section="pilot"]')?.textContent ?? '';
    for (const area of areas) expect(section).toContain(`（${area}）`);
  });

  it('東京 and 沖縄 have no hub: their STEP table leaves it out and says why', () => {
    for (const slug of ['tokyo', 'okinawa']) {
      const page = doc('', slug);
      expect(page.querySelectorAll('.step-candidates [data-org="pro_jinzai_kyoten"]').length, slug).toBe(0);
      expect(page.querySelector('[data-reason="no_hub_p18"]')?.textContent, slug).toBe(
        'ガイドブック p.18 プロフェッショナル人材戦略拠点は東京都・沖縄県を除く45道府県に設置されています（よろず支援拠点は47都道府県）。',
      );
    }
    expect(doc('', 'tokyo').querySelector('.suggestion__type')?.textContent).toBe(
      '②「公」×「民」型（公主導型のネットワーク、都道府県単位で見た場合）',
    );
    const okinawa = [...doc('en/', 'okinawa').querySelectorAll('[data-reference-table] tbody tr')].map(
      (tr) => tr.querySelector('td:last-child')?.textContent,
    );
    expect(okinawa).toEqual(['② public × private', '③ private × public', '② public × private']);
  });
});
