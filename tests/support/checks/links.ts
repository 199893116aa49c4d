/**
 * Internal link checker: every a/link/script/img/use/srcset URL that points into the site must
 * resolve to a file of the built tree, and every #fragment must name an id on the target page.
 */
import { anchorsOf, parse, referencesOf } from '../html.ts';
import { fileForPath, pagesOf, text, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

/** A host name no real link can carry: URLs resolved against it are internal. */
const SITE = 'http://site.invalid';

export interface LinkOptions {
  /** Base path the site was built for ("/" or "/atlas/"): every internal URL must live under it. */
  base?: string;
}

export function checkLinks(tree: SiteTree, options: LinkOptions = {}): Problem[] {
  const base = options.base ?? '/';
  const problems: Problem[] = [];
  // Each page is parsed once, whether it is being checked or is the target of a #fragment.
  const docs = new Map<string, ReturnType<typeof parse>>();
  const docOf = (file: string) => {
    let doc = docs.get(file);
    if (!doc) docs.set(file, (doc = parse(text(tree.get(file)))));
    return doc;
  };
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let set = anchorCache.get(file);
    if (!set) {
      set = file.endsWith('.svg')
        ? new Set([...text(tree.get(file)).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
        : anchorsOf(docOf(file));
      anchorCache.set(file, set);
    }
    return set;
  };

  for (const page of pagesOf(tree.keys())) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, SITE);
    const doc = docOf(page.file);
    const baseEl = doc.querySelector('base[href]');
    const resolveFrom = baseEl ? new URL(baseEl.getAttribute('href')!, pageUrl) : pageUrl;
    for (const ref of referencesOf(doc)) {
      const report = (message: string) =>
        problems.push({ file: page.file, rule: 'broken-link', message: `${ref.via}="${ref.url}": ${message}` });
      if (ref.url === '') {
        report('empty URL');
        continue;
      }
      if (/^javascript:/i.test(ref.url)) {
        report('javascript: URLs are not allowed');
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.url, resolveFrom);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.origin !== SITE) continue; // external or mailto:/tel:/data: — not a file of this site
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        report('bad percent-encoding');
        continue;
      }
      if (!path.startsWith(base)) {
        report(`resolves to ${path}, outside the base path ${base}`);
        continue;
      }
      const target = fileForPath(tree, path.slice(base.length - 1));
      if (target === undefined) {
        const withSlash = fileForPath(tree, `${path.slice(base.length - 1)}/`);
        report(
          withSlash
            ? `resolves to ${path}, which needs a trailing slash (trailingSlash: 'always')`
            : `resolves to ${path}, which is not in the build`,
        );
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment === '' || fragment === 'top') continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        report('bad percent-encoding in the fragment');
        continue;
      }
      if (!target.endsWith('.html') && !target.endsWith('.svg')) continue;
      if (!anchors(target).has(id)) report(`no element with id="${id}" on ${target}`);
    }
  }
  return problems;
}
