/** The page-weight budgets over a whole built tree: JS per page, total weight, and no JS where none is needed. */
import { pageWeight, type PageWeight } from '../../../scripts/lib/site/page-weight.ts';
import { pagesOf, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

export interface Budgets {
  jsPerPageGzip: number;
  pageWeightGzip: number;
}

export interface BudgetOptions {
  base?: string;
  /** Whether a page is meant to ship JS; pages for which it is false must load none. */
  interactive?: (path: string, hasScript: boolean) => boolean;
  /** Scripts every page may load (the site search), which alone do not make a page interactive. */
  everywhere?: RegExp;
}

export function checkBudgets(
  tree: SiteTree,
  budgets: Budgets,
  options: BudgetOptions = {},
): { weights: PageWeight[]; problems: Problem[] } {
  const weights = pagesOf(tree.keys()).map((page) => pageWeight(tree, page, options.base));
  const problems: Problem[] = [];
  for (const w of weights) {
    const file = w.page.file;
    if (w.js.gzip > budgets.jsPerPageGzip) {
      problems.push({
        file,
        rule: 'js-budget',
        message: `loads ${w.js.gzip} B of JS gzip (budget ${budgets.jsPerPageGzip} B): ${w.js.files.join(', ')}`,
      });
    }
    if (w.total.gzip > budgets.pageWeightGzip) {
      problems.push({
        file,
        rule: 'page-budget',
        message: `HTML+CSS+JS is ${w.total.gzip} B gzip (budget ${budgets.pageWeightGzip} B; html ${w.html.gzip}, css ${w.css.gzip}, js ${w.js.gzip})`,
      });
    }
    const interactive = (options.interactive ?? ((_p, has) => has))(w.page.path, w.hasScript);
    const own = w.js.files.filter((f) => !options.everywhere?.test(f));
    if (!interactive && own.length > 0) {
      problems.push({
        file,
        rule: 'js-not-interactive',
        message: `is not an interactive page but loads ${w.js.raw} B of JS: ${w.js.files.join(', ')}`,
      });
    }
  }
  return { weights, problems };
}

export function formatWeights(weights: readonly PageWeight[]): string {
  const rows = weights.map((w) =>
    [w.page.path, w.html.raw, w.html.gzip, w.css.raw, w.css.gzip, w.js.raw, w.js.gzip, w.total.gzip].map(String),
  );
  const head = ['page', 'html', 'html.gz', 'css', 'css.gz', 'js', 'js.gz', 'total.gz'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
