/**
 * A built site as a plain in-memory tree (relative POSIX path → bytes), and the page lister.
 * Every checker takes such a tree, so it runs the same on dist/ and on tiny test fixtures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Relative POSIX path (no leading slash, e.g. "en/index.html") → file contents. */
export type SiteTree = Map<string, Uint8Array>;

export interface Page {
  /** Path inside the tree, e.g. "en/prefectures/aomori/index.html". */
  file: string;
  /** URL path under the base, e.g. "/en/prefectures/aomori/" (directory format, trailing slash). */
  path: string;
  lang: 'ja' | 'en';
}

/** Every file under dir, recursively, as relative POSIX paths, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || (entry.isSymbolicLink() && statSync(full).isFile())) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function loadTree(dir: string): SiteTree {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file))]));
}

export function treeFromStrings(files: Record<string, string | Uint8Array>): SiteTree {
  return new Map(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? Buffer.from(v) : v]));
}

export const text = (bytes: Uint8Array | undefined): string => (bytes === undefined ? '' : Buffer.from(bytes).toString('utf8'));

/** The URL path (under the base) at which a static host serves a file. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Every .html file in the tree as a page; English pages live under en/. */
export function pagesOf(files: Iterable<string>): Page[] {
  return [...files]
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: urlPathOf(file), lang: file.startsWith('en/') ? 'en' : 'ja' }));
}

/** The pages of a built site folder (dist/ by default), found by walking it. */
export function listPages(dir: string): Page[] {
  try {
    return pagesOf(listFiles(dir));
  } catch {
    return [];
  }
}

/** Resolves an URL path (already stripped of the base) to the file a static host would serve. */
export function fileForPath(tree: SiteTree, path: string): string | undefined {
  const rel = path.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) {
    const index = `${rel}index.html`;
    return tree.has(index) ? index : undefined;
  }
  return tree.has(rel) ? rel : undefined;
}
