/** The site uses system fonts only: no font files and no @font-face anywhere in the build. */
import { parse } from '../html.ts';
import { text, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

const FONT_FILE = /\.(woff2?|ttf|otf|eot)$/i;
const FONT_FACE = /@font-face/i;

export function checkNoWebFonts(tree: SiteTree): Problem[] {
  const problems: Problem[] = [];
  for (const [file, bytes] of tree) {
    if (FONT_FILE.test(file))
      problems.push({ file, rule: 'web-font', message: 'font file in the build (the site uses system fonts only)' });
    else if (file.endsWith('.css') && FONT_FACE.test(text(bytes)))
      problems.push({ file, rule: 'web-font', message: '@font-face in a stylesheet' });
    else if (file.endsWith('.html')) {
      const doc = parse(text(bytes));
      for (const style of doc.querySelectorAll('style')) {
        if (FONT_FACE.test(style.textContent ?? '')) problems.push({ file, rule: 'web-font', message: '@font-face in an inline <style>' });
      }
      for (const link of doc.querySelectorAll('link[href]')) {
        if (FONT_FILE.test((link.getAttribute('href') ?? '').split(/[?#]/)[0]))
          problems.push({ file, rule: 'web-font', message: `<link href="${link.getAttribute('href')}"> loads a font` });
      }
    }
  }
  return problems;
}
