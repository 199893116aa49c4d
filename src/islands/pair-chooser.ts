/**
 * The scatter's x/y choice: ?x=…&y=… on the scatter page opens that pair's page (built for every
 * pair), and changing either select goes there; the headline pair is the scatter page itself.
 * Unknown ids are ignored, so a hand-edited address falls back to the headline pair.
 */
export function pairPath(
  scatterPath: string,
  headline: string,
  known: readonly string[],
  x: string | null,
  y: string | null,
): string | null {
  if (x === null || y === null || x === y || !known.includes(x) || !known.includes(y)) return null;
  const slug = `${x}-${y}`;
  return slug === headline ? scatterPath : `${scatterPath}pairs/${slug}/`;
}

export function enhancePairChooser(): void {
  const root = document.querySelector<HTMLElement>('[data-pair-chooser]');
  const form = root?.querySelector('form');
  if (!root || !form) return;
  const scatterPath = root.dataset.scatterPath ?? '';
  const headline = root.dataset.headline ?? '';
  const known = [...form.querySelectorAll<HTMLOptionElement>('select[name="x"] option')].map((o) => o.value);
  const params = new URLSearchParams(location.search);
  const asked = pairPath(scatterPath, headline, known, params.get('x'), params.get('y'));
  if (asked && asked !== location.pathname) {
    location.replace(asked);
    return;
  }
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = pairPath(scatterPath, headline, known, String(data.get('x')), String(data.get('y')));
    if (next && next !== location.pathname) location.assign(next);
  });
}
