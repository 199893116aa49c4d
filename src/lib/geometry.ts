/**
 * Prefecture outlines for the geographic maps, from @svg-maps/japan (CC BY 4.0, by Victor
 * Cazanave, based on MapSVG's map of Japan). It is the only place that knows the package's ids:
 * everything else speaks JIS X 0401 prefecture codes ("01" 北海道 … "47" 沖縄県).
 * The outlines are already projected into a 438 × 516 box with Okinawa drawn bottom-left, so the
 * build needs no projection and nothing is fetched at run time.
 */
import japan from '@svg-maps/japan';
import { boundsOf, parseRings, writeRings } from './geometry-path.ts';

export const GEOMETRY_CREDIT = {
  name: '@svg-maps/japan',
  author: 'Victor Cazanave, based on MapSVG',
  licence: 'CC BY 4.0',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  url: 'https://github.com/VictorCazanave/svg-maps/tree/master/packages/japan',
} as const;

/** The package's romaji ids → JIS prefecture codes. */
export const GEOMETRY_ID_TO_CODE: Record<string, string> = {
  hokkaido: '01', aomori: '02', iwate: '03', miyagi: '04', akita: '05', yamagata: '06', fukushima: '07',
  ibaraki: '08', tochigi: '09', gunma: '10', saitama: '11', chiba: '12', tokyo: '13', kanagawa: '14',
  niigata: '15', toyama: '16', ishikawa: '17', fukui: '18', yamanashi: '19', nagano: '20', gifu: '21',
  shizuoka: '22', aichi: '23', mie: '24', shiga: '25', kyoto: '26', osaka: '27', hyogo: '28', nara: '29',
  wakayama: '30', tottori: '31', shimane: '32', okayama: '33', hiroshima: '34', yamaguchi: '35',
  tokushima: '36', kagawa: '37', ehime: '38', kochi: '39', fukuoka: '40', saga: '41', nagasaki: '42',
  kumamoto: '43', oita: '44', miyazaki: '45', kagoshima: '46', okinawa: '47',
};

export interface PrefectureShape {
  code: string;
  /** Compact SVG path in the package's coordinate box. */
  d: string;
  bounds: [number, number, number, number];
}

export interface Geometry {
  viewBox: [number, number, number, number];
  shapes: PrefectureShape[];
  /** A frame around Okinawa, which the source already draws as an inset in the bottom-left. */
  inset: { code: string; x: number; y: number; width: number; height: number };
}

/** The package's own shape (its .d.ts points at a types package that is not published). */
interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
const source = japan as unknown as SvgMap;

let cache: Geometry | undefined;

export function geometry(): Geometry {
  if (cache) return cache;
  const shapes = source.locations.map((location) => {
    const code = GEOMETRY_ID_TO_CODE[location.id];
    if (!code) throw new Error(`@svg-maps/japan: unknown id ${location.id}`);
    const rings = parseRings(location.path);
    return { code, d: writeRings(rings), bounds: boundsOf(rings) };
  });
  shapes.sort((a, b) => a.code.localeCompare(b.code));
  const viewBox = source.viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const okinawa = shapes.find((s) => s.code === '47')!;
  const pad = 4;
  const [x0, y0, x1] = okinawa.bounds;
  cache = {
    viewBox,
    shapes,
    inset: { code: '47', x: Math.max(viewBox[0], x0 - pad), y: y0 - pad, width: x1 - Math.max(viewBox[0], x0 - pad) + pad, height: viewBox[1] + viewBox[3] - (y0 - pad) - 0.5 },
  };
  return cache;
}
