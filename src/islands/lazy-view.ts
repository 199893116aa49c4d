/**
 * Views a page leaves out of its HTML (an empty .chart-view with data-src): build-rendered SVG
 * files fetched the first time a reader switches to them, so the page stays as light as its
 * default view. The scatter explorer and the map page both use it.
 */
const loading = new WeakMap<HTMLElement, Promise<void>>();

export function loadView(view: HTMLElement): Promise<void> {
  const src = view.dataset.src;
  if (!src || view.firstElementChild) return Promise.resolve();
  let pending = loading.get(view);
  if (!pending) {
    pending = fetch(src)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${src}: HTTP ${response.status}`))))
      .then((svg) => {
        // Our own build output from our own origin, inserted as markup like the views in the page.
        view.innerHTML = svg;
      });
    // A failed fetch may be tried again at the next switch.
    pending.catch(() => loading.delete(view));
    loading.set(view, pending);
  }
  return pending;
}
