/**
 * The （注） lines that several charts and tables share, filled from the data: the dates come from
 * sources.json, the published and mean figures from summary.json.
 */
import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes } from './atlas.ts';
import { formatNumber } from './format.ts';
import { warekiMonthInline } from './sources.ts';
import { westernMonthEn } from './wareki.ts';

export function sharedNotes(lang: Lang) {
  const t = strings(lang).chartNotes;
  const { x, y } = axes();
  const { sources } = atlas();
  const month = (date: string) => (lang === 'ja' ? warekiMonthInline(date) : westernMonthEn(date));
  const vintagesOf = (ids: string[]) => ids.flatMap((id) => sources.find((s) => s.id === id)?.vintage ?? []);
  const [smes, agencies] = vintagesOf(x.sources);
  const [ratio] = vintagesOf(y.sources);
  const fmt = (value: number | null, decimals: number) => (value === null ? '—' : formatNumber(lang, value, decimals));
  return {
    ratioDefinition: t.ratioDefinition,
    vintages: t.vintages(month(smes), month(agencies), month(ratio)),
    recomputed: t.recomputed,
    nationalAverage: t.nationalAverage(
      fmt(y.national.published, y.decimals),
      fmt(x.national.published, x.decimals),
      fmt(y.national.meanOfRatios, y.decimals),
      fmt(x.national.meanOfRatios, x.decimals),
    ),
    metroDefinition: t.metroDefinition,
    classes: t.classes,
    outlines: t.outlines,
  };
}
