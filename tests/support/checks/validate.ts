/** html-validate over every page, with the recommended preset and only Plot-forced exceptions. */
import { HtmlValidate, type ConfigData } from 'html-validate';
import { pagesOf, text, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Observable Plot writes style="" attributes on the <figure> it wraps titled/legended charts in
    // (style="max-width:initial") and on legend swatches; they are its output, not ours.
    'no-inline-style': 'off',
    // WCAG technique H32 asks forms that submit to have a submit button. The site's forms are live
    // view controls (scatter, map, compare, planner) that never submit: a button would do nothing.
    'wcag/h32': 'off',
  },
};

/**
 * Observable Plot puts a <style> element inside the <div> of its legend swatches and inside its
 * <svg>. Instead of turning element-permitted-content off for everything, only that one message
 * is dropped: a <style> whose parent carries a Plot class (plot-xxxxxx…).
 */
function isPlotStyleMessage(ruleId: string, message: string, selector: string | null): boolean {
  return (
    ruleId === 'element-permitted-content' &&
    message.startsWith('<style> element is not permitted') &&
    /plot-[0-9a-f]{6}/.test(selector ?? '')
  );
}

let validator: HtmlValidate | undefined;

export function validateHtml(file: string, html: string): Problem[] {
  validator ??= new HtmlValidate(HTML_VALIDATE_CONFIG);
  const report = validator.validateStringSync(html, file);
  const problems: Problem[] = [];
  for (const result of report.results) {
    for (const m of result.messages) {
      if (m.severity < 2) continue;
      if (isPlotStyleMessage(m.ruleId, m.message, m.selector)) continue;
      problems.push({
        file,
        rule: `html-validate/${m.ruleId}`,
        message: `${m.line}:${m.column} ${m.message}${m.selector ? ` (${m.selector})` : ''}`,
      });
    }
  }
  return problems;
}

export function validateSite(tree: SiteTree): Problem[] {
  return pagesOf(tree.keys()).flatMap((page) => validateHtml(page.file, text(tree.get(page.file))));
}
