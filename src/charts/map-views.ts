/**
 * The maps as the site draws them from the derived data: every indicator × classification, in one
 * language, with the legend each view needs and the words a screen reader hears for each region.
 */
import type { Lang } from '../config.ts';
import { pathTo } from '../i18n/routes.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes, indicator, nameOf, valueOf } from '../lib/atlas.ts';
import type { IndicatorSummary, PrefectureRecord } from '../lib/derived-data.ts';
import { formatNumber } from '../lib/format.ts';
import { type ReferenceMethod, referenceFigure, referenceMethod } from '../lib/group-figure.ts';
import { geometry } from '../lib/geometry.ts';
import { bivariateCell, classify, classIndex, classRanges, CLASSIFICATIONS, type Classes, type Classification } from './classify.ts';
import { readingOrder, rovingTabindex } from './tab-order.ts';
import { choroplethSvg, mapGeometryDefs, tileMapSvg, type MapRegion, type Tile } from './map-svg.ts';
import { CHART_TYPE } from '../design/tokens.ts';
import { bivariateFills, inkOn, MAP_CLASSES, OUTLINE, sequentialRamp } from './map-palette.ts';
import { narrowNameJa, shortNameJa, TILE_ABBREVIATIONS_EN, TILE_COLUMNS, TILE_LAYOUT, TILE_ROWS } from './tile-layout.ts';

/** Every indicator of indicators.csv, in its order, then the bivariate view of the headline pair. */
export const MAP_INDICATORS: readonly string[] = [...atlas().summary.indicators.map((i) => i.id), 'bivariate'];
export type MapIndicator = string;
/** An indicator id (any view but the bivariate one). */
export type SingleIndicator = string;

export interface MapView {
  indicator: MapIndicator;
  classes: Classification;
}

export const MAP_VIEWS: MapView[] = MAP_INDICATORS.flatMap((i) => CLASSIFICATIONS.map((c) => ({ indicator: i, classes: c })));
/** The headline pair's y (the guidebook's job-opening ratio) in quantiles. */
export const DEFAULT_VIEW: MapView = { indicator: axes().y.id, classes: 'quantile' };

export const viewKey = (view: MapView) => `${view.indicator}-${view.classes}`;

/** The map page's two figures; their ids name the files its other views are fetched from. */
export const MAP_PAGE_FIGURES = { geo: 'geo-map', tile: 'tile-map' } as const;

/** The file (under map/views/) holding one view of a figure, at one tile size for the tile map. */
export const viewFile = (idPrefix: string, view: MapView, size?: string) => `${idPrefix}-${viewKey(view)}${size ? `-${size}` : ''}.svg`;

/** The bivariate map cuts each indicator into three. */
export const BIVARIATE_CLASSES = 3;

const methodName = (lang: Lang, method: Classification) =>
  method === 'quantile' ? strings(lang).map.quantileShort : strings(lang).map.equalShort;

function values(ind: IndicatorSummary): (number | null)[] {
  return atlas().prefectures.map((p) => valueOf(p, ind) ?? null);
}

export function indicatorClasses(id: SingleIndicator, method: Classification, k = MAP_CLASSES): Classes {
  const ind = indicator(id);
  return classify(values(ind), method, k, ind.decimals);
}

/** One sequential class in a legend. */
export interface LegendClass {
  fill: string;
  label: string;
  count: number;
  /** The national figure, when it falls in this class. */
  national?: string;
}

export type Legend =
  | {
      kind: 'sequential';
      view: MapView;
      title: string;
      classes: LegendClass[];
      /** How the national figure marked ◆ is made. */
      nationalMethod: ReferenceMethod;
    }
  | {
      kind: 'bivariate';
      view: MapView;
      /** cells[shortage][thinness], low → high. */
      cells: { fill: string; count: number; label: string }[][];
      shortageLevels: string[];
      thinnessLevels: string[];
      highHigh: string[];
    };

interface Colouring {
  view: MapView;
  legend: Legend;
  /** Fill, class key and accessible name of one prefecture. */
  region(p: PrefectureRecord): { fill: string | null; classKey: string; label: string; classText: string };
  /** Names in the highest and lowest classes, for the SVG's description. */
  description: string;
  title: string;
}

function rangeLabel(lang: Lang, ind: IndicatorSummary, range: { from: number; to: number; last: boolean }): string {
  const f = (v: number) => formatNumber(lang, v, ind.decimals);
  return strings(lang).map.classRange(f(range.from), f(range.to), ind.unit[lang], range.last);
}

function sequential(lang: Lang, id: SingleIndicator, method: Classification): Colouring {
  const t = strings(lang).map;
  const ind = indicator(id);
  const classes = indicatorClasses(id, method);
  const palette = sequentialRamp(id);
  const ranges = classRanges(classes);
  const national = referenceFigure(ind.national);
  const nationalClass = classIndex(national, classes.breaks);
  const legendClasses: LegendClass[] = ranges.map((range, i) => ({
    fill: palette[i],
    label: rangeLabel(lang, ind, range),
    count: classes.counts[i],
    ...(i === nationalClass ? { national: t.national(formatNumber(lang, national, ind.decimals), ind.unit[lang]) } : {}),
  }));
  const classText = (i: number) => t.classText(i + 1, classes.k, legendClasses[i].label);
  const namesIn = (i: number) =>
    atlas()
      .prefectures.filter((p) => classIndex(valueOf(p, ind), classes.breaks) === i)
      .map((p) => nameOf(p, lang))
      .join(t.listSeparator);
  return {
    view: { indicator: id, classes: method },
    title: t.mapTitle(ind.title[lang], methodName(lang, method)),
    description: t.mapDescription(ind.title[lang], classes.k, namesIn(classes.k - 1), namesIn(0)),
    legend: {
      kind: 'sequential',
      view: { indicator: id, classes: method },
      title: t.legendTitle(ind.title[lang], ind.unit[lang]),
      classes: legendClasses,
      nationalMethod: referenceMethod(ind.national),
    },
    region(p) {
      const value = valueOf(p, ind) ?? null;
      const i = classIndex(value, classes.breaks);
      if (i === null || value === null)
        return { fill: null, classKey: 'none', label: t.missingLabel(nameOf(p, lang)), classText: t.missing };
      return {
        fill: palette[i],
        classKey: String(i),
        label: t.regionLabel(nameOf(p, lang), ind.title[lang], formatNumber(lang, value, ind.decimals), ind.unit[lang], classText(i)),
        classText: classText(i),
      };
    },
  };
}

function bivariate(lang: Lang, method: Classification): Colouring {
  const t = strings(lang).map;
  // The headline pair: shortage (y, the job-opening ratio) against thinness (x, SMEs per agency).
  const { x: smes, y: ratio } = axes();
  const shortage = indicatorClasses(ratio.id, method, BIVARIATE_CLASSES);
  const thinness = indicatorClasses(smes.id, method, BIVARIATE_CLASSES);
  const cellOf = (p: PrefectureRecord) =>
    bivariateCell(valueOf(p, ratio) ?? null, valueOf(p, smes) ?? null, shortage.breaks, thinness.breaks);
  const cellText = (s: number, th: number) => t.bivariateCell(t.levels[s], t.levels[th]);
  const fills = bivariateFills(ratio.id, smes.id, BIVARIATE_CLASSES);
  const counts = fills.map((row) => row.map(() => 0));
  for (const p of atlas().prefectures) {
    const cell = cellOf(p);
    if (cell) counts[cell.shortage][cell.thinness] += 1;
  }
  const highHigh = atlas()
    .prefectures.filter((p) => {
      const cell = cellOf(p);
      return cell?.shortage === BIVARIATE_CLASSES - 1 && cell.thinness === BIVARIATE_CLASSES - 1;
    })
    .map((p) => nameOf(p, lang));
  const levels = (ind: IndicatorSummary, classes: Classes) =>
    classRanges(classes).map((r, i) => t.levelRange(t.levels[i], rangeLabel(lang, ind, r)));
  return {
    view: { indicator: 'bivariate', classes: method },
    title: t.bivariateMapTitle(methodName(lang, method)),
    description: t.bivariateMapDescription(highHigh.join(t.listSeparator) || t.noneInCell),
    legend: {
      kind: 'bivariate',
      view: { indicator: 'bivariate', classes: method },
      cells: fills.map((row, s) => row.map((fill, th) => ({ fill, count: counts[s][th], label: cellText(s, th) }))),
      shortageLevels: levels(ratio, shortage),
      thinnessLevels: levels(smes, thinness),
      highHigh,
    },
    region(p) {
      const cell = cellOf(p);
      if (!cell) return { fill: null, classKey: 'none', label: t.missingLabel(nameOf(p, lang)), classText: t.missing };
      const text = cellText(cell.shortage, cell.thinness);
      return {
        fill: fills[cell.shortage][cell.thinness],
        classKey: `${cell.shortage}-${cell.thinness}`,
        label: t.bivariateLabel(
          nameOf(p, lang),
          text,
          formatNumber(lang, valueOf(p, ratio), ratio.decimals),
          formatNumber(lang, valueOf(p, smes), smes.decimals),
        ),
        classText: text,
      };
    },
  };
}

export function colouring(lang: Lang, view: MapView): Colouring {
  return view.indicator === 'bivariate' ? bivariate(lang, view.classes) : sequential(lang, view.indicator, view.classes);
}

function regionsFor(lang: Lang, c: Colouring): (MapRegion & { record: PrefectureRecord; classText: string })[] {
  // Reading order (rows of the tile grid): the order the keys walk the regions (roving-focus.ts).
  return readingOrder(atlas().prefectures, TILE_LAYOUT).map((p) => {
    const r = c.region(p);
    return {
      code: p.code,
      href: pathTo(lang, { page: 'prefectures', slug: p.slug }),
      fill: r.fill,
      classKey: r.classKey,
      label: r.label,
      classText: r.classText,
      record: p,
    };
  });
}

export interface RenderedView extends MapView {
  size?: TileSize;
  svg: string;
}

/** The shared outlines of the geographic maps; put once on any page that shows them. */
export function geometryDefs(idPrefix: string): string {
  return mapGeometryDefs(idPrefix, geometry().shapes);
}

export function renderGeoViews(lang: Lang, idPrefix: string, views: MapView[] = MAP_VIEWS): RenderedView[] {
  const g = geometry();
  const t = strings(lang).map;
  return views.map((view) => {
    const c = colouring(lang, view);
    const svg = rovingTabindex(
      choroplethSvg(regionsFor(lang, c), {
        a11y: { id: `${idPrefix}-${viewKey(view)}`, title: c.title, description: c.description },
        viewBox: g.viewBox,
        geometryId: `${idPrefix}-shape`,
        inset: { ...g.inset, label: t.okinawaInset },
      }),
    );
    return { ...view, svg };
  });
}

export const TILE_SIZES = {
  wide: { size: 56, gap: 3, fontSize: CHART_TYPE.md, values: true },
  narrow: { size: 30, gap: 2, fontSize: CHART_TYPE.md, values: false },
} as const;
export type TileSize = keyof typeof TILE_SIZES;

function tileText(lang: Lang, p: PrefectureRecord, size: TileSize): string {
  if (lang === 'ja') return size === 'wide' ? shortNameJa(p.name_ja) : narrowNameJa(p.name_ja);
  return size === 'wide' ? p.name_en : TILE_ABBREVIATIONS_EN[p.code];
}

function tileValue(lang: Lang, view: MapView, p: PrefectureRecord): string | undefined {
  if (view.indicator === 'bivariate') return undefined;
  const ind = indicator(view.indicator);
  return formatNumber(lang, valueOf(p, ind), ind.decimals);
}

export function renderTileViews(lang: Lang, idPrefix: string, views: MapView[] = MAP_VIEWS, highlight?: string): RenderedView[] {
  const t = strings(lang).map;
  return views.flatMap((view) => {
    const c = colouring(lang, view);
    const regions = regionsFor(lang, c);
    return (Object.keys(TILE_SIZES) as TileSize[]).map((size) => {
      const dims = TILE_SIZES[size];
      const tiles: Tile[] = regions.map((r) => {
        const [col, row] = TILE_LAYOUT[r.code];
        const subtext = dims.values ? tileValue(lang, view, r.record) : undefined;
        return {
          ...r,
          col,
          row,
          text: tileText(lang, r.record, size),
          ...(subtext ? { subtext } : {}),
          ink: r.fill ? inkOn(r.fill) : OUTLINE,
          highlighted: r.code === highlight,
        };
      });
      const ind = view.indicator === 'bivariate' ? undefined : indicator(view.indicator);
      const svg = rovingTabindex(
        tileMapSvg(tiles, {
          a11y: {
            id: `${idPrefix}-${viewKey(view)}-${size}`,
            title: ind ? t.tileTitle(ind.title[lang], methodName(lang, view.classes)) : c.title,
            description: ind ? t.tileDescription(ind.title[lang], MAP_CLASSES) : c.description,
          },
          size: dims.size,
          gap: dims.gap,
          columns: TILE_COLUMNS,
          rows: TILE_ROWS,
          fontSize: lang === 'en' && size === 'wide' ? CHART_TYPE.xs : dims.fontSize,
        }),
      );
      return { ...view, size, svg };
    });
  });
}

/** What the tooltips say: the prefecture, both indicators with ranks, and each view's class. */
export function mapTooltips(lang: Lang, views: MapView[] = MAP_VIEWS) {
  const t = strings(lang);
  const inds = atlas().summary.indicators;
  const prefectures = Object.fromEntries(
    atlas().prefectures.map((p) => [
      p.code,
      {
        name: nameOf(p, lang),
        lines: inds.map((ind) =>
          t.chart.tooltipValue(
            ind.title[lang],
            formatNumber(lang, valueOf(p, ind), ind.decimals),
            ind.unit[lang],
            formatNumber(lang, valueOf(p, ind, '_rank'), 0),
          ),
        ),
      },
    ]),
  );
  const classes = Object.fromEntries(
    views.map((view) => {
      const c = colouring(lang, view);
      return [viewKey(view), Object.fromEntries(atlas().prefectures.map((p) => [p.code, c.region(p).classText]))];
    }),
  );
  return { prefectures, classes };
}

export function legends(lang: Lang, views: MapView[] = MAP_VIEWS): Legend[] {
  return views.map((view) => colouring(lang, view).legend);
}
