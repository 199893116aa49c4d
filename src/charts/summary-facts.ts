/**
 * The facts each chart summary states, gathered from the derived data in one language; the
 * sentences are made by src/lib/chart-summary.ts.
 */
import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes, indicator, nameOf, prefectureByCode, valueOf } from '../lib/atlas.ts';
import { bivariateSummary, mapSummary, scatterSummary, type Extreme } from '../lib/chart-summary.ts';
import type { IndicatorSummary, PrefectureRecord } from '../lib/derived-data.ts';
import { BIVARIATE_CLASSES, colouring, legends, type MapView } from './map-views.ts';
import { bivariateCell, classIndex } from './classify.ts';
import { indicatorClasses } from './map-views.ts';

/** Prefectures with a value for the indicator, lowest first; a missing value is left out, never read as 0. */
const byValue = (ind: IndicatorSummary) =>
  atlas()
    .prefectures.flatMap((prefecture) => {
      const value = valueOf(prefecture, ind);
      return value === null || !Number.isFinite(value) ? [] : [{ prefecture, value }];
    })
    .sort((a, b) => a.value - b.value || a.prefecture.code.localeCompare(b.prefecture.code));

function extremes(lang: Lang, ind: IndicatorSummary): { min: Extreme; max: Extreme } {
  const sorted = byValue(ind);
  const ex = ({ prefecture, value }: { prefecture: PrefectureRecord; value: number }): Extreme => ({
    name: nameOf(prefecture, lang),
    value,
  });
  return { min: ex(sorted[0]!), max: ex(sorted.at(-1)!) };
}

export function scatterText(lang: Lang, highlight?: string): string {
  const { prefectures, summary } = atlas();
  const { x, y } = axes();
  const byResidual = [...prefectures].sort((a, b) => (b.residual as number) - (a.residual as number) || a.code.localeCompare(b.code));
  const axis = (ind: IndicatorSummary) => ({
    title: ind.title[lang],
    unit: ind.unit[lang],
    decimals: ind.decimals,
    ...extremes(lang, ind),
  });
  const h = highlight ? prefectureByCode(highlight) : undefined;
  const xRank = h ? valueOf(h, x, '_rank') : null;
  const yRank = h ? valueOf(h, y, '_rank') : null;
  return scatterSummary(lang, {
    n: summary.n,
    x: axis(x),
    y: axis(y),
    pearson: summary.association.pearson,
    spearman: summary.association.spearman,
    above: nameOf(byResidual[0]!, lang),
    below: nameOf(byResidual.at(-1)!, lang),
    ...(h && xRank !== null && yRank !== null
      ? { highlight: { name: nameOf(h, lang), xRank, yRank, residual: h.residual as number } }
      : {}),
  });
}

export function mapText(lang: Lang, view: MapView, highlight?: string): string {
  const t = strings(lang).map;
  const method = view.classes === 'quantile' ? t.quantileShort : t.equalShort;
  const h = highlight ? prefectureByCode(highlight) : undefined;
  const { prefectures } = atlas();
  if (view.indicator === 'bivariate') {
    // The headline pair: shortage (y) against thinness (x), as the bivariate map draws it.
    const { x: thin, y: short } = axes();
    const shortage = indicatorClasses(short.id, view.classes, BIVARIATE_CLASSES);
    const thinness = indicatorClasses(thin.id, view.classes, BIVARIATE_CLASSES);
    const cellOf = (p: PrefectureRecord) =>
      bivariateCell(valueOf(p, short) ?? null, valueOf(p, thin) ?? null, shortage.breaks, thinness.breaks);
    const top = BIVARIATE_CLASSES - 1;
    return bivariateSummary(lang, {
      n: prefectures.length,
      method,
      highHigh: prefectures.filter((p) => cellOf(p)?.shortage === top && cellOf(p)?.thinness === top).map((p) => nameOf(p, lang)),
      lowLow: prefectures.filter((p) => cellOf(p)?.shortage === 0 && cellOf(p)?.thinness === 0).length,
      ...(h ? { highlight: { name: nameOf(h, lang), cell: colouring(lang, view).region(h).classText } } : {}),
    });
  }
  const ind = indicator(view.indicator);
  const classes = indicatorClasses(view.indicator, view.classes);
  const [legend] = legends(lang, [view]);
  const labels = legend?.kind === 'sequential' ? legend.classes : [];
  const inTop = prefectures
    .filter((p) => classIndex(valueOf(p, ind) ?? null, classes.breaks) === classes.k - 1)
    .map((p) => nameOf(p, lang));
  const hClass = h ? classIndex(valueOf(h, ind) ?? null, classes.breaks) : null;
  const hValue = h ? valueOf(h, ind) : null;
  const hRank = h ? valueOf(h, ind, '_rank') : null;
  return mapSummary(lang, {
    title: ind.title[lang],
    unit: ind.unit[lang],
    decimals: ind.decimals,
    n: prefectures.length,
    method,
    classes: labels.map((c) => ({ label: c.label, count: c.count })),
    ...extremes(lang, ind),
    top: inTop,
    missing: prefectures.filter((p) => !Number.isFinite(valueOf(p, ind))).length,
    ...(h && hClass !== null && hValue !== null && hRank !== null
      ? { highlight: { name: nameOf(h, lang), value: hValue, rank: hRank, classIndex: hClass } }
      : {}),
  });
}
