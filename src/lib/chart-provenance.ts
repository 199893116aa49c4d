/**
 * Where a chart or table comes from, said the same way in the 白書-style note under it (資料：…
 * を基に中核人材アトラス作成) and on a downloaded image. Each source carries its own date in that line
 * (sources.json), so a downloaded image names no single merged "data date" unless ATLAS_DATA_DATE
 * asks for one; nothing depends on the wall clock, so two builds of the same data stay byte-identical.
 */
import { settings, type Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes } from './atlas.ts';
import type { IndicatorSummary } from './derived-data.ts';
import { pageRuns } from './playbook-data.ts';
import { sourceLine, type NoteSource } from './sources.ts';

/** The date ATLAS_DATA_DATE asks downloaded images to print, or '' (each source's own date is in the 資料 line). */
export function dataDate(): string {
  return settings().dataDate ?? '';
}

/** The address a downloaded image prints: absolute when ATLAS_SITE is set, else the page's path. */
export function pageAddress(pathname: string): string {
  const { site } = settings();
  return site ? new URL(pathname, site).href : pathname;
}

/**
 * The sources of a chart of the two indicators: the statistics behind y and x, and the guidebook
 * pages they were transcribed from (pp.9–10; the scatter adds p.11, where the guidebook draws it).
 */
export function indicatorSources(guidebookPages = 'pp.9–10', shown: readonly IndicatorSummary[] = headlineFirst()): NoteSource[] {
  const ids = [...new Set(shown.flatMap((ind) => ind.sources))];
  return ids.map((id) => (id === 'guidebook' ? { id, pages: guidebookPages } : { id }));
}

/** Every indicator of indicators.csv, the headline pair first (y, then x), the others in the file's order. */
export function headlineFirst(): IndicatorSummary[] {
  const { x, y } = axes();
  return [y, x, ...atlas().summary.indicators.filter((ind) => ind.role === null)];
}

/** The guidebook alone, at the given pages: for charts and tables of its chapter 2–3 material. */
export function guidebookSources(pages: string): NoteSource[] {
  return [{ id: 'guidebook', pages }];
}

/** Guidebook pages as the 資料 line writes them: [29] → "p.29"; [30, 31, 32, 36] → "pp.30–32, 36". */
export function pageLabel(pages: readonly number[]): string {
  const sorted = [...new Set(pages)].sort((x, y) => x - y);
  return `${sorted.length === 1 ? 'p.' : 'pp.'}${pageRuns(sorted, ', ')}`;
}

/** The 資料 line for these sources, from sources.json. */
export function sourceNoteLine(lang: Lang, used: readonly NoteSource[]): string {
  return sourceLine(lang, atlas().sources, used);
}

/**
 * Attributes of a chart figure that the download island reads: the title (or '' to take each
 * view's own SVG title), the 資料 line, the optional date and the page's address. `label` names the
 * chart in the download buttons when the title is per view.
 */
export function chartProvenance(lang: Lang, title: string, used: readonly NoteSource[] = indicatorSources(), page = '', label = title) {
  const t = strings(lang).dataPage;
  const date = dataDate();
  return {
    'data-title': title,
    'data-source': sourceNoteLine(lang, used),
    'data-date': date ? t.chartDate(date) : '',
    'data-url': page ? pageAddress(page) : '',
    // Labels for the island's download buttons (src/islands/chart-download.ts).
    'data-download': t.download,
    'data-download-svg': t.downloadLabel(t.downloadSvg, label),
    'data-download-png': t.downloadLabel(t.downloadPng, label),
  };
}
