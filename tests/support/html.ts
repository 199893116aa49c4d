/** Small DOM helpers over linkedom, shared by the checkers. */
import { parseHTML } from 'linkedom';

export type Doc = ReturnType<typeof parseHTML>['document'];

export function parse(html: string): Doc {
  return parseHTML(html).document;
}

/** Every id (and legacy a[name]) on a page: the fragments it can be linked to. */
export function anchorsOf(doc: Doc): Set<string> {
  const ids = new Set<string>();
  for (const el of doc.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of doc.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);
  return ids;
}

/** URLs in a srcset attribute ("a.png 1x, b.png 2x"). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url) => url !== undefined && url !== '');
}

export interface Reference {
  /** What referred: "a[href]", "img[srcset]", … */
  via: string;
  url: string;
}

/** Every URL a page refers to that a browser or a reader would follow. */
export function referencesOf(doc: Doc): Reference[] {
  const refs: Reference[] = [];
  const add = (selector: string, attr: string, tag: string) => {
    for (const el of doc.querySelectorAll(selector)) {
      const value = el.getAttribute(attr);
      if (value !== null) refs.push({ via: `${tag}[${attr}]`, url: value.trim() });
    }
  };
  add('a[href]', 'href', 'a');
  add('area[href]', 'href', 'area');
  add('link[href]', 'href', 'link');
  add('script[src]', 'src', 'script');
  add('img[src]', 'src', 'img');
  add('source[src]', 'src', 'source');
  add('iframe[src]', 'src', 'iframe');
  add('use[href]', 'href', 'use');
  add('use[xlink\\:href]', 'xlink:href', 'use');
  add('form[action]', 'action', 'form');
  for (const sel of ['img[srcset]', 'source[srcset]', 'link[imagesrcset]']) {
    const attr = sel.includes('imagesrcset') ? 'imagesrcset' : 'srcset';
    for (const el of doc.querySelectorAll(sel)) {
      for (const url of srcsetUrls(el.getAttribute(attr) ?? '')) refs.push({ via: `${el.localName}[${attr}]`, url });
    }
  }
  return refs;
}
