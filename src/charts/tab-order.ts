/**
 * One tab stop per chart: the first mark link of an SVG gets tabindex="0" and every other
 * tabindex="-1", so Tab enters the chart once and arrow keys (src/islands/roving-focus.ts) walk
 * the rest in document order. Without JavaScript the first mark is still reachable, and the data
 * table beside every chart links all 47 prefectures.
 */
export function rovingTabindex(svg: string): string {
  let first = true;
  return svg.replace(/<a (?![^>]*tabindex=)/g, () => {
    const attr = first ? '<a tabindex="0" ' : '<a tabindex="-1" ';
    first = false;
    return attr;
  });
}

/** Keyboard order on a map: the tile grid's reading order, row by row, west to east. */
export function readingOrder<T extends { code: string }>(items: readonly T[], layout: Record<string, readonly [number, number]>): T[] {
  const key = (code: string) => {
    const [col, row] = layout[code] ?? [Infinity, Infinity];
    return [row, col] as const;
  };
  return [...items].sort((a, b) => {
    const [ra, ca] = key(a.code);
    const [rb, cb] = key(b.code);
    return ra - rb || ca - cb || a.code.localeCompare(b.code);
  });
}
