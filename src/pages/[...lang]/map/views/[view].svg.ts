/**
 * The map page's other views as build-rendered SVG files (/map/views/geo-map-smesPerAgency-equal.svg,
 * /map/views/tile-map-bivariate-quantile-narrow.svg …): the page carries only its default view, and
 * map-island.ts fetches one of these when a reader first switches to it. Same renderer as the view
 * in the page; the geographic views draw the outlines the page defines once.
 */
import type { APIRoute } from 'astro';
import { LANGUAGES, DEFAULT_LANGUAGE, type Lang } from '../../../../config.ts';
import {
  DEFAULT_VIEW,
  MAP_PAGE_FIGURES,
  MAP_VIEWS,
  renderGeoViews,
  renderTileViews,
  TILE_SIZES,
  viewFile,
  viewKey,
  type MapView,
  type TileSize,
} from '../../../../charts/map-views.ts';

type Props = { lang: Lang; view: MapView; size?: TileSize };
const later = MAP_VIEWS.filter((v) => viewKey(v) !== viewKey(DEFAULT_VIEW));

export function getStaticPaths() {
  const files = (lang: Lang) =>
    later.flatMap((view) => [
      { file: viewFile(MAP_PAGE_FIGURES.geo, view), props: { lang, view } },
      ...(Object.keys(TILE_SIZES) as TileSize[]).map((size) => ({
        file: viewFile(MAP_PAGE_FIGURES.tile, view, size),
        props: { lang, view, size },
      })),
    ]);
  return LANGUAGES.flatMap((lang) =>
    files(lang).map(({ file, props }) => ({
      params: { lang: lang === DEFAULT_LANGUAGE ? undefined : lang, view: file.replace(/\.svg$/, '') },
      props,
    })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { lang, view, size } = props as Props;
  const svg = size
    ? renderTileViews(lang, MAP_PAGE_FIGURES.tile, [view]).find((v) => v.size === size)!.svg
    : renderGeoViews(lang, MAP_PAGE_FIGURES.geo, [view])[0]!.svg;
  return new Response(svg, { headers: { 'content-type': 'image/svg+xml' } });
};
