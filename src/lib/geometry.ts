/**
 * Prefecture outlines for the geographic maps, from @svg-maps/japan (CC BY 4.0, by Victor
 * Cazanave, based on MapSVG's map of Japan). It is the only place that knows the package's ids:
 * everything else speaks JIS X 0401 prefecture codes ("01" 北海道 … "47" 沖縄県).
 * The outlines are already projected into a 438 × 516 box, so the build needs no projection and
 * nothing is fetched at run time.
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
  hokkaido: '01',
  aomori: '02',
  iwate: '03',
  miyagi: '04',
  akita: '05',
  yamagata: '06',
  fukushima: '07',
  ibaraki: '08',
  tochigi: '09',
  gunma: '10',
  saitama: '11',
  chiba: '12',
  tokyo: '13',
  kanagawa: '14',
  niigata: '15',
  toyama: '16',
  ishikawa: '17',
  fukui: '18',
  yamanashi: '19',
  nagano: '20',
  gifu: '21',
  shizuoka: '22',
  aichi: '23',
  mie: '24',
  shiga: '25',
  kyoto: '26',
  osaka: '27',
  hyogo: '28',
  nara: '29',
  wakayama: '30',
  tottori: '31',
  shimane: '32',
  okayama: '33',
  hiroshima: '34',
  yamaguchi: '35',
  tokushima: '36',
  kagawa: '37',
  ehime: '38',
  kochi: '39',
  fukuoka: '40',
  saga: '41',
  nagasaki: '42',
  kumamoto: '43',
  oita: '44',
  miyazaki: '45',
  kagoshima: '46',
  okinawa: '47',
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
  /** The frame of the enlarged Okinawa inset. */
  inset: { code: string; x: number; y: number; width: number; height: number };
}

/** The package's own shape (its .d.ts points at a types package that is not published). */
interface SvgMap {
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}
const source = japan as unknown as SvgMap;

let cache: Geometry | undefined;

/**
 * The source draws Okinawa's islands bottom-left at the mainland's scale, where they are specks.
 * We move them into a framed inset in the empty top-left (where Japanese atlases often put it),
 * enlarged by OKINAWA_SCALE, and crop the now empty bottom of the box.
 */
export const OKINAWA_SCALE = 1.8;
const INSET_MARGIN = 3;
const INSET_PAD = 6;
/** The lowest mainland point is Kagoshima's Amami islands at y ≈ 383. */
const CROPPED_HEIGHT = 392;

export function geometry(): Geometry {
  if (cache) return cache;
  const shapes = source.locations.map((location) => {
    const code = GEOMETRY_ID_TO_CODE[location.id];
    if (!code) throw new Error(`@svg-maps/japan: unknown id ${location.id}`);
    let rings = parseRings(location.path);
    if (code === '47') {
      const [x0, y0] = boundsOf(rings);
      const origin = INSET_MARGIN + INSET_PAD;
      rings = rings.map((ring) =>
        ring.map(([x, y]) => [origin + (x - x0) * OKINAWA_SCALE, origin + (y - y0) * OKINAWA_SCALE] as [number, number]),
      );
    }
    return { code, d: writeRings(rings), bounds: boundsOf(rings) };
  });
  shapes.sort((a, b) => a.code.localeCompare(b.code));
  const [vx, vy, vw] = source.viewBox.split(/\s+/).map(Number) as [number, number, number, number];
  const okinawa = shapes.find((s) => s.code === '47')!;
  const [, , x1, y1] = okinawa.bounds;
  cache = {
    viewBox: [vx, vy, vw, CROPPED_HEIGHT],
    shapes,
    inset: { code: '47', x: INSET_MARGIN, y: INSET_MARGIN, width: x1 + INSET_PAD - INSET_MARGIN, height: y1 + INSET_PAD - INSET_MARGIN },
  };
  return cache;
}
