/**
 * The quick-jump table of the site search (src/islands/search-island.ts), fetched only when a
 * reader uses the search box: each prefecture with its name, reading and English name, and the
 * guidebook's terms that lead to the network guide, with the page in each language.
 */
import type { APIRoute } from 'astro';
import { LANGUAGES } from '../config.ts';
import { pathTo } from '../i18n/routes.ts';
import { strings } from '../i18n/strings.ts';
import { atlas } from '../lib/atlas.ts';

export const GET: APIRoute = () => {
  const prefectures = atlas().prefectures.map((p) => ({
    label: { ja: p.name_ja, en: p.name_en },
    href: Object.fromEntries(LANGUAGES.map((lang) => [lang, pathTo(lang, { page: 'prefectures', slug: p.slug })])),
    keys: [p.name_ja, p.name_kana, p.name_en, p.slug],
  }));
  const terms = strings('ja').search.terms.map((term, i) => ({
    label: { ja: term.label, en: strings('en').search.terms[i]!.label },
    href: Object.fromEntries(LANGUAGES.map((lang) => [lang, `${pathTo(lang, 'networks')}${term.anchor}`])),
    keys: [...term.keys, ...strings('en').search.terms[i]!.keys],
  }));
  return new Response(JSON.stringify({ prefectures, terms }), { headers: { 'content-type': 'application/json' } });
};
