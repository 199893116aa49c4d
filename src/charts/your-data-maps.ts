/**
 * The reader's own prefecture indicator on the tile map and the choropleth, in the same classes as
 * the map page (classify(): quantiles or equal intervals, five classes, breaks at the data's
 * precision) and drawn by the same SVG functions. A pure function of the values and the atlas
 * facts the page embeds at build time; the outlines are the page's own <defs>, never fetched.
 */
import type { Lang } from '../config.ts';
import type { MapFacts } from '../lib/summary-sentences.ts';
import { formatNumber } from '../lib/format.ts';
import type { Fill } from '../lib/your-data-messages.ts';
import { classify, classIndex, classRanges, type Classification } from './classify.ts';
import { choroplethSvg, tileMapSvg, type MapRegion, type Tile } from './map-svg.ts';
import { inkOn, MAP_CLASSES, OUTLINE } from './map-colours.ts';
import { CHART_TYPE, hueRamp, READER_HUE } from '../design/tokens.ts';

/** The reader's hue (src/design/tokens.ts READER_HUE), five classes: no atlas indicator wears it. */
export const READER_SEQUENTIAL: readonly string[] = hueRamp(READER_HUE, MAP_CLASSES);

export interface MapPrefecture {
  code: string;
  name: string;
  href: string;
  tile: readonly [number, number];
  tileWide: string;
  tileNarrow: string;
}

export interface MapFrame {
  viewBox: [number, number, number, number];
  inset: { x: number; y: number; width: number; height: number; label: string };
  /** Id prefix of the outlines the page carries (mapGeometryDefs). */
  geometryId: string;
  tileColumns: number;
  tileRows: number;
}

export interface ReaderMaps {
  geo: string;
  tiles: { wide: string; narrow: string };
  legend: { fill: string; label: string; count: number }[];
  missing: number;
  /** What the maps' text summary says (src/lib/summary-sentences.ts mapSentences). */
  facts: MapFacts;
}

export function readerMaps(
  lang: Lang,
  fill: Fill,
  name: string,
  values: ReadonlyMap<string, number>,
  decimals: number,
  method: Classification,
  prefectures: readonly MapPrefecture[],
  frame: MapFrame,
): ReaderMaps {
  const list = prefectures.map((p) => values.get(p.code) ?? null);
  const classes = classify(list, method, MAP_CLASSES, decimals);
  const f = (v: number) => formatNumber(lang, v, decimals);
  const spans = classRanges(classes);
  const ranges = spans.map((r) => fill(r.last ? 'classLast' : 'classFrom', { from: f(r.from), to: f(r.to) }));
  const methodName = fill(method === 'quantile' ? 'quantileShort' : 'equalShort');
  const regions: (MapRegion & MapPrefecture & { value: number | null })[] = prefectures.map((p) => {
    const value = values.get(p.code) ?? null;
    const i = classIndex(value, classes.breaks);
    if (i === null || value === null) return { ...p, value, fill: null, classKey: 'none', label: fill('mapMissing', { name: p.name }) };
    return {
      ...p,
      value,
      fill: READER_SEQUENTIAL[i]!,
      classKey: String(i),
      label: fill('regionLabel', { name: p.name, value: f(value), k: i + 1, range: ranges[i]! }),
    };
  });
  const high = regions
    .filter((r) => r.classKey === String(MAP_CLASSES - 1))
    .map((r) => r.name)
    .join(fill('listSeparator'));
  const a11y = (id: string) => ({
    id,
    title: fill('mapTitle', { name, method: methodName }),
    description: fill('mapDescription', { name, high }),
  });
  const geo = choroplethSvg(regions, {
    a11y: a11y('your-data-geo'),
    viewBox: frame.viewBox,
    geometryId: frame.geometryId,
    inset: frame.inset,
  });
  const tileSvg = (size: 'wide' | 'narrow') => {
    const dims =
      size === 'wide'
        ? { size: 56, gap: 3, fontSize: lang === 'en' ? CHART_TYPE.xs : CHART_TYPE.md }
        : { size: 30, gap: 2, fontSize: CHART_TYPE.md };
    const tiles: Tile[] = regions.map((r) => ({
      ...r,
      col: r.tile[0],
      row: r.tile[1],
      text: size === 'wide' ? r.tileWide : r.tileNarrow,
      ...(size === 'wide' ? { subtext: r.value === null ? '–' : f(r.value) } : {}),
      ink: r.fill ? inkOn(r.fill) : OUTLINE,
    }));
    return tileMapSvg(tiles, { a11y: a11y(`your-data-tiles-${size}`), columns: frame.tileColumns, rows: frame.tileRows, ...dims });
  };
  // A reader's column with few distinct values (0.2, -0.1 …) gives quantile breaks that coincide:
  // a class "from -0.1 to under -0.1" holds nothing and cannot, so the legend leaves it out.
  const legend = ranges
    .map((label, i) => ({ fill: READER_SEQUENTIAL[i]!, label, count: classes.counts[i]! }))
    .filter((item, i) => item.count > 0 || spans[i]!.from < spans[i]!.to);
  const valued = regions.filter((r): r is (typeof regions)[number] & { value: number } => r.value !== null);
  // The first prefecture in code order on a tie, as the tables list them.
  const lowest = valued.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = valued.reduce((a, b) => (b.value > a.value ? b : a));
  const facts: MapFacts = {
    title: name,
    unit: '',
    decimals,
    n: valued.length,
    method: methodName,
    classes: legend.map(({ label, count }) => ({ label, count })),
    min: { name: lowest.name, value: lowest.value },
    max: { name: highest.name, value: highest.value },
    top: regions.filter((r) => r.classKey === String(MAP_CLASSES - 1)).map((r) => r.name),
    missing: regions.length - valued.length,
  };
  return {
    geo,
    tiles: { wide: tileSvg('wide'), narrow: tileSvg('narrow') },
    legend,
    missing: list.filter((v) => v === null).length,
    facts,
  };
}
