/** Build-time finishing of every page's HTML (see src/lib/scroll-regions.ts). */
import { defineMiddleware } from 'astro:middleware';
import { strings } from './i18n/strings.ts';
import { labelScrollRegions } from './lib/scroll-regions.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const lang = /<html lang="en"/.test(html) ? 'en' : 'ja';
  const t = strings(lang).phone;
  return new Response(labelScrollRegions(html, t.tableRegion, t.tableOf), { status: response.status, headers: response.headers });
});
