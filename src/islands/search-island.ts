/**
 * The search box in every page's header. Nothing loads until the box is used: then the prefecture
 * quick-jump table (/search-names.json, src/lib/name-search.ts) and Pagefind's full-text index of
 * the page's language (built in the build; its wasm needs 'wasm-unsafe-eval', see
 * src/lib/security.ts). Prefectures and the guidebook's terms are listed first, then pages.
 */
import { matchNames, type NameEntry } from '../lib/name-search.ts';

interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] }>;
}
interface NameTable {
  prefectures: { label: Record<string, string>; href: Record<string, string>; keys: string[] }[];
  terms: { label: Record<string, string>; href: Record<string, string>; keys: string[] }[];
}

const MAX_PAGES = 6;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type=search]');
  const box = form.querySelector<HTMLElement>('.site-search__results');
  if (!input || !box) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'ja';
  const text = JSON.parse(form.dataset.strings ?? '{}') as Record<'prefectures' | 'pages' | 'loading' | 'none', string>;
  let names: Promise<NameEntry[]> | undefined;
  let pagefind: Promise<Pagefind | null> | undefined;
  let latest = 0;

  const load = () => {
    names ??= fetch(form.dataset.names ?? '')
      .then((r) => r.json() as Promise<NameTable>)
      .then((t) => [...t.prefectures, ...t.terms].map((e) => ({ label: e.label[lang] ?? '', href: e.href[lang] ?? '', keys: e.keys })))
      .catch(() => []);
    pagefind ??= import(/* @vite-ignore */ form.dataset.pagefind ?? '').then((m: Pagefind) => m).catch(() => null);
  };

  const list = (heading: string, items: { label: string; href: string; note?: string }[]) => {
    const section = document.createElement('div');
    const h = Object.assign(document.createElement('p'), { className: 'site-search__heading', textContent: heading });
    const ul = document.createElement('ul');
    for (const item of items) {
      const li = document.createElement('li');
      li.append(Object.assign(document.createElement('a'), { href: item.href, textContent: item.label }));
      if (item.note)
        li.append(Object.assign(document.createElement('span'), { className: 'site-search__excerpt', textContent: item.note }));
      ul.append(li);
    }
    section.append(h, ul);
    return section;
  };

  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    load();
    box.hidden = false;
    if (!box.firstChild) box.textContent = text.loading;
    const jumps = matchNames(query, await names!);
    const engine = await pagefind!;
    const found = engine ? await engine.search(query) : { results: [] };
    const pages = await Promise.all(found.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (ticket !== latest) return;
    const parts: HTMLElement[] = [];
    if (jumps.length) parts.push(list(text.prefectures, jumps));
    if (pages.length) {
      const excerpt = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      parts.push(
        list(
          text.pages,
          pages.map((p) => ({ label: p.meta.title ?? p.url, href: p.url, note: excerpt(p.excerpt) })),
        ),
      );
    }
    box.replaceChildren(...(parts.length ? parts : [Object.assign(document.createElement('p'), { textContent: text.none })]));
  };

  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    // Enter opens the first match; with none, the results stay open.
    event.preventDefault();
    void run().then(() => {
      const first = box.querySelector<HTMLAnchorElement>('a');
      if (first) location.href = first.href;
    });
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      box.hidden = true;
    } else if (event.key === 'ArrowDown') {
      const first = box.querySelector<HTMLAnchorElement>('a');
      if (first && !box.hidden) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  box.addEventListener('keydown', (event) => {
    const links = [...box.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      (links[i + (event.key === 'ArrowDown' ? 1 : -1)] ?? input).focus();
    } else if (event.key === 'Escape') {
      box.hidden = true;
      input.focus();
    }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-site-search]')) enhance(form);
