/**
 * Static checks on the built site (dist/, from `npm run build`): links and fragments, HTML
 * validity, CSP and inline code, web fonts, and the page-weight budgets. Pages are found by
 * walking dist/, so new pages are checked as soon as they are built.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { BUDGETS } from '../../src/config.ts';
import { checkBudgets, formatWeights } from '../support/checks/budgets.ts';
import { checkNoWebFonts } from '../support/checks/fonts.ts';
import { checkLinks } from '../support/checks/links.ts';
import { formatProblems, type Problem } from '../support/checks/problem.ts';
import { checkSecurity } from '../support/checks/security.ts';
import { validateSite } from '../support/checks/validate.ts';
import { BASE_PATH, loadDist } from '../support/dist.ts';
import { isInteractive, SITE_WIDE_SCRIPT } from '../support/interactive.ts';
import { pagesOf, type SiteTree } from '../../scripts/lib/site/site-files.ts';

let tree: SiteTree;
beforeAll(() => {
  tree = loadDist();
});

const expectNone = (problems: Problem[]) => expect(problems, formatProblems(problems)).toEqual([]);

// Each check walks all 120 pages on one core, beside another test file on the other: a busy
// machine can stretch them well past the usual minute.
describe('dist/', { timeout: 240_000 }, () => {
  test('has pages in both languages', () => {
    const pages = pagesOf(tree.keys());
    console.log(`dist/ has ${pages.length} page(s): ${pages.map((p) => p.path).join(' ')}`);
    expect(
      pages.some((p) => p.lang === 'ja'),
      'no Japanese page',
    ).toBe(true);
    expect(
      pages.some((p) => p.lang === 'en'),
      'no English page under /en/',
    ).toBe(true);
  });

  test('(a) every internal link, asset and #fragment resolves', () => {
    expectNone(checkLinks(tree, { base: BASE_PATH }));
  });

  test('(c) html-validate (recommended) reports no errors', () => {
    expectNone(validateSite(tree));
  });

  test('(d) strict CSP <meta> on every page, no inline handlers or scripts, _headers carries the CSP', () => {
    expectNone(checkSecurity(tree));
  });

  test('(e) no web fonts', () => {
    expectNone(checkNoWebFonts(tree));
  });

  test('(f) JS and page-weight budgets', () => {
    const { weights, problems } = checkBudgets(tree, BUDGETS, {
      base: BASE_PATH,
      interactive: isInteractive,
      everywhere: SITE_WIDE_SCRIPT,
    });
    console.log(`budgets: js ≤ ${BUDGETS.jsPerPageGzip} B gzip, page ≤ ${BUDGETS.pageWeightGzip} B gzip\n${formatWeights(weights)}`);
    const unresolved = weights.filter((w) => w.missing.length > 0);
    if (unresolved.length > 0)
      console.log(
        `not counted (missing files, see the link check): ${unresolved.map((w) => `${w.page.file}: ${w.missing.join(', ')}`).join('; ')}`,
      );
    expectNone(problems);
  });
});
