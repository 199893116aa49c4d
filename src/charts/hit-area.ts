/**
 * Pointer targets of at least 24 × 24 css px (WCAG 2.2, 2.5.8) for small marks: every mark link
 * whose symbol is placed with transform="translate(x,y)" gets a transparent circle of `radius`
 * around the same centre, drawn under the symbol, so that a finger or a pointer near the dot hits
 * its link. The symbol stays as it is drawn; the circle is not painted and has no name of its own.
 */
export const HIT_RADIUS = 13;

export function addHitAreas(svg: string, radius = HIT_RADIUS): string {
  return svg.replace(
    /(<a [^>]*>\s*)(<path [^>]*transform="translate\(([-\d.]+),([-\d.]+)\)")/g,
    (_, link: string, path: string, x: string, y: string) =>
      `${link}<circle class="hit-area" cx="${x}" cy="${y}" r="${radius}" fill="transparent" stroke="none"></circle>${path}`,
  );
}
