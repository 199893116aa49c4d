/**
 * The compare page's pickers: each slot shows a build-rendered card (cloned from a <template>)
 * and marks its prefecture on the slot's small scatter; the choice lives in `?p=`.
 */
import { enableControls } from './enable-controls.ts';
import { readCompareSlugs, writeCompareSlugs } from '../lib/compare-state.ts';

export function enhanceCompare(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-compare-controls]');
  if (!form) return;
  const selects = [...form.querySelectorAll('select')];
  const known = new Set([...document.querySelectorAll<HTMLTemplateElement>('template[data-card]')].map((t) => t.dataset.card ?? ''));

  const show = (slugs: string[]) => {
    document.querySelectorAll<HTMLElement>('.compare-card').forEach((card, i) => {
      const slug = slugs[i] ?? '';
      card.hidden = slug === '';
      const body = card.querySelector('[data-slot-body]');
      const template = document.querySelector<HTMLTemplateElement>(`template[data-card="${slug}"]`);
      if (body && template) body.replaceChildren(template.content.cloneNode(true));
      for (const link of card.querySelectorAll('svg a')) {
        link.classList.toggle('is-highlighted', slug !== '' && (link.getAttribute('href') ?? '').endsWith(`/${slug}/`));
      }
      if (selects[i]) selects[i].value = slug;
    });
  };

  const initial = readCompareSlugs(location.search, known);
  show(initial);
  // Unknown, repeated or surplus slugs are dropped; the address bar then says what is shown (the
  // plain address, which shows the default pair, stays plain).
  if (location.search !== '' && location.search !== writeCompareSlugs(initial)) {
    history.replaceState(null, '', `${location.pathname}${writeCompareSlugs(initial)}${location.hash}`);
  }
  enableControls(form);
  form.addEventListener('change', () => {
    const slugs = readCompareSlugs(writeCompareSlugs(selects.map((s) => s.value).filter(Boolean)), known);
    show(slugs);
    history.replaceState(null, '', `${location.pathname}${writeCompareSlugs(slugs)}`);
  });
}
