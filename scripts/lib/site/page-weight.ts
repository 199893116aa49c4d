/**
 * Page weight: the HTML, the stylesheets it links (with their @imports) and the JavaScript it
 * loads up front (script[src], modulepreload, and every static import of those, followed through
 * the built files), each gzip-compressed as a host would serve it.
 */
import { gzipSync } from 'node:zlib';
import { init, parse as parseModule } from 'es-module-lexer';
import { parseHTML } from 'linkedom';
import { fileForPath, text, type Page, type SiteTree } from './site-files.ts';

await init;

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: Page;
  html: Bytes;
  css: Bytes & { files: string[] };
  js: Bytes & { files: string[] };
  total: Bytes;
  /** The page has a <script src> (other than JSON data islands). */
  hasScript: boolean;
  /** URLs the page refers to for CSS/JS that are not in the build (the link check reports them). */
  missing: string[];
}

const SITE = 'http://site.invalid';
const gzipCache = new WeakMap<Uint8Array, number>();
export function gzipSize(bytes: Uint8Array): number {
  let size = gzipCache.get(bytes);
  if (size === undefined) {
    size = gzipSync(bytes).length;
    gzipCache.set(bytes, size);
  }
  return size;
}

function sum(tree: SiteTree, files: Iterable<string>): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = tree.get(file)!;
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { raw, gzip };
}

/** Maps an URL (absolute or relative to `from`) to a file of the tree, or undefined if external/missing. */
function internalFile(tree: SiteTree, url: string, from: URL, base: string): { file?: string; external: boolean } {
  let resolved: URL;
  try {
    resolved = new URL(url, from);
  } catch {
    return { external: false };
  }
  if (resolved.origin !== SITE) return { external: true };
  const path = decodeURIComponent(resolved.pathname);
  if (!path.startsWith(base)) return { external: false };
  return { file: fileForPath(tree, path.slice(base.length - 1)), external: false };
}

export function pageWeight(tree: SiteTree, page: Page, base = '/'): PageWeight {
  const pageUrl = new URL(`${base.replace(/\/$/, '')}${page.path}`, SITE);
  const fileUrl = (file: string) => new URL(`${base}${file}`, SITE);
  const { document: doc } = parseHTML(text(tree.get(page.file)));
  const missing: string[] = [];
  const css = new Set<string>();
  const js = new Set<string>();

  const addCss = (file: string) => {
    if (css.has(file)) return;
    css.add(file);
    for (const m of text(tree.get(file)).matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const { file: dep, external } = internalFile(tree, m[1], fileUrl(file), base);
      if (dep) addCss(dep);
      else if (!external) missing.push(m[1]);
    }
  };
  const addJs = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    let imports: readonly { n?: string; d: number }[] = [];
    try {
      [imports] = parseModule(text(tree.get(file)));
    } catch {
      return; // a classic script that is not valid module syntax has no static imports to follow
    }
    for (const imp of imports) {
      if (imp.d !== -1 || imp.n === undefined) continue; // dynamic import() and import.meta load later, not up front
      const { file: dep, external } = internalFile(tree, imp.n, fileUrl(file), base);
      if (dep) addJs(dep);
      else if (!external) missing.push(imp.n);
    }
  };

  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (!rel.includes('stylesheet') && !rel.includes('modulepreload')) continue;
    const { file, external } = internalFile(tree, href, pageUrl, base);
    if (file) (rel.includes('stylesheet') ? addCss : addJs)(file);
    else if (!external) missing.push(href);
  }
  let hasScript = false;
  for (const script of doc.querySelectorAll('script[src]')) {
    hasScript = true;
    const src = script.getAttribute('src')!;
    const { file, external } = internalFile(tree, src, pageUrl, base);
    if (file) addJs(file);
    else if (!external) missing.push(src);
  }
  const html = sum(tree, [page.file]);
  const cssBytes = sum(tree, css);
  const jsBytes = sum(tree, js);
  return {
    page,
    html,
    css: { ...cssBytes, files: [...css] },
    js: { ...jsBytes, files: [...js] },
    total: { raw: html.raw + cssBytes.raw + jsBytes.raw, gzip: html.gzip + cssBytes.gzip + jsBytes.gzip },
    hasScript,
    missing,
  };
}
