/**
 * The built site (dist/, from `npm run build`) can be cited: a 資料/Source note under every chart
 * and table in the page's language, the guidebook never under a title it does not give itself,
 * a plain "not an official site" notice with the date the data was last checked, and 和暦 with the
 * Western year where the methods page first names a month.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { formatProblems } from '../support/checks/problem.ts';
import { checkSourceNotes } from '../support/checks/source-notes.ts';
import { loadDist } from '../support/dist.ts';
import { parse } from '../support/html.ts';
import { pagesOf, text, treeFromStrings, type SiteTree } from '../../scripts/lib/site/site-files.ts';

let tree: SiteTree;
beforeAll(() => {
  tree = loadDist();
});

const INVENTED_TITLE = '中核ネットワークの形成と担い手の能力向上';

describe('資料/Source notes', () => {
  test('every chart and table of every page has a note in its language', () => {
    const problems = checkSourceNotes(tree);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  test('the checker fails on a table without a note, a chart without one, and a note in the wrong language', () => {
    const fake = treeFromStrings({
      'index.html':
        '<html lang="ja"><body><table id="t"></table><figure id="f"><svg></svg></figure><div class="source-note" lang="en"><p class="source-note__line">Source: x</p></div></body></html>',
    });
    expect(checkSourceNotes(fake).map((p) => p.message)).toEqual([
      'table#t has no 資料/Source note after it',
      'chart#f: note not in the page\'s language: "Source: x"',
    ]);
  });

  test('the profile of 青森県 carries the bases of its differences and the 全国平均 note', () => {
    const doc = parse(text(tree.get('prefectures/aomori/index.html')));
    const notes = [...doc.querySelectorAll('.source-note')].map((n) => n.textContent ?? '');
    expect(notes[0]).toContain('「東北ブロック平均との差」は本サイトが計算したブロック内の都道府県値の単純平均との差');
    expect(notes[0]).toContain(
      'ガイドブックは1.43倍・123.4社を「全国平均」と表記しているが、47都道府県の値の単純平均（2.10倍・229.9社）ではない。',
    );
    expect(notes[0]).toContain(
      '資料：厚生労働省「職業安定業務統計」（令和3年（2021年）9月）、中小企業庁、令和3年度「中核人材確保支援能力向上事業」のガイドブック（発行年月の記載なし） pp.9–10',
    );
  });
});

describe('the methods page', () => {
  test('states the rounding range with its seed and draws, and the sensitivity figures', () => {
    const ja = parse(text(tree.get('methods/index.html')));
    expect(ja.querySelector('[data-rounding]')?.textContent).toContain(
      '一様乱数で10,000回置き換えて r を計算しました（乱数の種 20210930）。r は 0.4724〜0.4753 の範囲に入り、中央の95%は 0.4733〜0.4747 です。',
    );
    expect(ja.querySelector('[data-rounding]')?.textContent).toContain('これ以下になったのは全体の0.96%でした');
    expect([...ja.querySelectorAll('[data-sensitivity] li')].map((li) => li.textContent)).toEqual([
      '順位に置き換えたスピアマンの順位相関係数は ρ＝0.369 です。',
      '1都道府県を除いたときに r が最も大きく動くのは青森県で、除くと r＝0.399 になります。',
      '横軸（1有料職業紹介事業者あたりの中小企業数）を対数にすると r＝0.424 です。',
      'r の95%信頼区間は 0.216〜0.670 で、「弱い正の相関」・「正の相関」の区分にまたがります。',
    ]);
    const en = parse(text(tree.get('en/methods/index.html')));
    expect(en.querySelector('[data-rounding]')?.textContent).toContain(
      'gives r from 0.4724 to 0.4753, with the middle 95% from 0.4733 to 0.4747',
    );
    expect(en.querySelectorAll('[data-caveats] li')).toHaveLength(6);
    expect(en.querySelector('[data-caveats]')?.textContent).toContain('Hello Work (ハローワーク)');
  });
});

describe('citing the guidebook', () => {
  test(`no built file carries the invented title 「${INVENTED_TITLE}」`, () => {
    const carriers = [...tree]
      .filter(([file, bytes]) => /\.(html|json|csv|txt|xml|js)$/.test(file) && text(bytes).includes(INVENTED_TITLE))
      .map(([file]) => file);
    expect(carriers).toEqual([]);
  });
});

describe('who made this', () => {
  test('every page says it is not an official site and when the data was last checked', () => {
    for (const page of pagesOf(tree.keys())) {
      const doc = parse(text(tree.get(page.file)));
      const notice = doc.querySelector('[data-not-official]')?.textContent ?? '';
      const checked = doc.querySelector('[data-last-checked]')?.textContent ?? '';
      if (page.lang === 'ja') {
        expect(notice, page.file).toContain('本サイトは中小企業庁・厚生労働省の公式サイトではありません。');
        expect(checked, page.file).toBe('データの最終確認日：令和8年11月29日（2026年11月29日）');
      } else {
        expect(notice, page.file).toContain(
          'This is not an official site of the SME Agency (中小企業庁) or the Ministry of Health, Labour and Welfare (厚生労働省).',
        );
        expect(checked, page.file).toBe('Data last checked: 29 November 2026');
      }
    }
  });
});
