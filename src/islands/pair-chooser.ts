/**
 * The scatter's x/y choice: ?x=…&y=… on the scatter page opens that pair's page (one is built for
 * every two indicators, the later one on x; the other order opens the same page), and changing
 * either select goes there; the headline pair is the scatter page itself. Unknown ids are
 * ignored, so a hand-edited address falls back to the headline pair.
 */
export function pairPath(
  scatterPath: string,
  headline: string,
  offered: readonly string[],
  x: string | null,
  y: string | null,
): string | null {
  if (x === null || y === null || x === y) return null;
  const [hx, hy] = headline.split('-');
  if ((x === hx && y === hy) || (x === hy && y === hx)) return scatterPath;
  const slug = [`${x}-${y}`, `${y}-${x}`].find((s) => offered.includes(s));
  return slug === undefined ? null : `${scatterPath}pairs/${slug}/`;
}

export function enhancePairChooser(): void {
  const root = document.querySelector<HTMLElement>('[data-pair-chooser]');
  const form = root?.querySelector('form');
  if (!root || !form) return;
  const scatterPath = root.dataset.scatterPath ?? '';
  const headline = root.dataset.headline ?? '';
  const offered = [...root.querySelectorAll<HTMLAnchorElement>('a[data-pair]')].map((a) => a.dataset.pair ?? '');
  const params = new URLSearchParams(location.search);
  const asked = pairPath(scatterPath, headline, offered, params.get('x'), params.get('y'));
  if (asked && asked !== location.pathname) {
    location.replace(asked);
    return;
  }
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = pairPath(scatterPath, headline, offered, String(data.get('x')), String(data.get('y')));
    if (next && next !== location.pathname) location.assign(next);
  });
}
