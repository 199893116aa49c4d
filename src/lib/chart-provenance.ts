/**
 * What a downloaded chart image says about itself: its title, its source line and a date. The
 * date is the data's latest vintage (or ATLAS_DATA_DATE when set), never the wall clock, so that
 * two builds of the same data stay byte-identical.
 */
import { settings, type Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { axes } from './atlas.ts';

export function dataDate(): string {
  const fromSettings = settings().dataDate;
  if (fromSettings) return fromSettings;
  const { x, y } = axes();
  return [x.vintage, y.vintage].flatMap((v) => v.match(/\d{4}-\d{2}/g) ?? []).sort().at(-1) ?? '';
}

/** Defaults to the two indicators' sources; charts of the guidebook's own material pass theirs. */
export function chartProvenance(lang: Lang, title: string, source?: string) {
  const { x, y } = axes();
  const t = strings(lang).dataPage;
  const sep = strings(lang).punctuation.sourceSeparator;
  return {
    'data-title': title,
    'data-source': t.chartSource(source ?? [y.source[lang], x.source[lang]].join(sep)),
    'data-date': t.chartDate(dataDate()),
    // Labels for the island's download buttons (src/islands/chart-download.ts).
    'data-download': t.download,
    'data-download-svg': t.downloadLabel(t.downloadSvg, title),
    'data-download-png': t.downloadLabel(t.downloadPng, title),
  };
}
