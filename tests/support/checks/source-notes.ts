/**
 * Every chart (a figure with an SVG) and every table on a page is followed by a 資料 note in the
 * page's language before the next chart or table begins: the note of SourceNote.astro.
 */
import { parse } from '../html.ts';
import type { Problem } from './problem.ts';
import { pagesOf, text, type SiteTree } from '../../../scripts/lib/site/site-files.ts';

const OPENING: Record<'ja' | 'en', string> = { ja: '資料：', en: 'Source: ' };

export function checkSourceNotes(tree: SiteTree): Problem[] {
  const problems: Problem[] = [];
  for (const page of pagesOf(tree.keys())) {
    const doc = parse(text(tree.get(page.file)));
    const all = [...doc.querySelectorAll('figure, table, .source-note')];
    const isChart = (el: Element) => el.tagName === 'FIGURE' && el.querySelector('svg') !== null;
    // A table inside a chart's figure (a legend, say) is part of that chart.
    const isItem = (el: Element) => isChart(el) || (el.tagName === 'TABLE' && !all.some((f) => isChart(f) && f.contains(el)));
    all.forEach((el, i) => {
      if (!isItem(el)) return;
      const next = all.slice(i + 1).findIndex((later) => isItem(later) && !el.contains(later));
      const until = next === -1 ? all.length : i + 1 + next;
      const notes = all.slice(i + 1, until).filter((n) => n.classList.contains('source-note'));
      const what = el.tagName === 'TABLE' ? `table${el.id ? `#${el.id}` : ''}` : `chart${el.id ? `#${el.id}` : ''}`;
      if (notes.length === 0) {
        problems.push({ file: page.file, rule: 'no-source-note', message: `${what} has no 資料/Source note after it` });
        return;
      }
      const line = (notes[0].querySelector('.source-note__line')?.textContent ?? '').trim();
      if (!line.startsWith(OPENING[page.lang]) || notes[0].getAttribute('lang') !== page.lang) {
        problems.push({
          file: page.file,
          rule: 'source-note-language',
          message: `${what}: note not in the page's language: "${line.slice(0, 40)}"`,
        });
      }
    });
  }
  return problems;
}
