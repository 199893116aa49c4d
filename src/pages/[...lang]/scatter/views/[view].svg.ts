/**
 * The explorer's other views as build-rendered SVG files (/scatter/views/log-block-wide.svg …):
 * the page carries only its default view, and the island fetches one of these when a reader
 * first switches to it. Same spec, same renderer as the view in the page.
 */
import type { APIRoute } from 'astro';
import { LANGUAGES, DEFAULT_LANGUAGE, type Lang } from '../../../../config.ts';
import { EXPLORER_VIEWS, renderScatterViews, SIZES, type ChartSize } from '../../../../charts/scatter-views.ts';

const key = (v: { xScale: string; colourBy: string }, size: string) => `${v.xScale}-${v.colourBy}-${size}`;

export function getStaticPaths() {
  return LANGUAGES.flatMap((lang) =>
    EXPLORER_VIEWS.slice(1).flatMap((view) =>
      (Object.keys(SIZES) as ChartSize[]).map((size) => ({
        params: { lang: lang === DEFAULT_LANGUAGE ? undefined : lang, view: key(view, size) },
        props: { lang, view, size },
      })),
    ),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { lang, view, size } = props as { lang: Lang; view: (typeof EXPLORER_VIEWS)[number]; size: ChartSize };
  const [rendered] = renderScatterViews(lang, 'explorer', [view], undefined, { sizes: [size] });
  return new Response(rendered!.svg, { headers: { 'content-type': 'image/svg+xml' } });
};
