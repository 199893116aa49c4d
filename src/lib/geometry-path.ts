/**
 * The little SVG path arithmetic the map needs. @svg-maps/japan draws every prefecture with
 * relative moves and implicit relative line-tos only (`m x,y dx,dy … z`), so a path is a list of
 * closed rings of absolute points; nothing here handles curves because the source has none.
 */
export type Ring = [number, number][];

/** Absolute rings of a path written with `m`/`M`, implicit line-tos and `z`. */
export function parseRings(d: string): Ring[] {
  const tokens = d.match(/[mMzZlL]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  let relative = true;
  let ring: Ring | undefined;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (/^[mM]$/.test(token)) {
      relative = token === 'm';
      const nx = Number(tokens[i + 1]);
      const ny = Number(tokens[i + 2]);
      x = relative ? x + nx : nx;
      y = relative ? y + ny : ny;
      start = [x, y];
      ring = [[x, y]];
      rings.push(ring);
      i += 3;
      continue;
    }
    if (/^[zZ]$/.test(token)) {
      [x, y] = start;
      i += 1;
      continue;
    }
    if (/^[lL]$/.test(token)) {
      relative = token === 'l';
      i += 1;
      continue;
    }
    if (!ring) throw new Error(`path must start with a move: ${d.slice(0, 40)}`);
    const nx = Number(tokens[i]);
    const ny = Number(tokens[i + 1]);
    x = relative ? x + nx : nx;
    y = relative ? y + ny : ny;
    ring.push([x, y]);
    i += 2;
  }
  return rings;
}

/** [minX, minY, maxX, maxY] of some rings. */
export function boundsOf(rings: Ring[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      b[0] = Math.min(b[0], x);
      b[1] = Math.min(b[1], y);
      b[2] = Math.max(b[2], x);
      b[3] = Math.max(b[3], y);
    }
  }
  return b;
}

const round = (v: number, decimals: number) => Number(v.toFixed(decimals));

/**
 * Rings back to a compact path: absolute points rounded to `decimals` (0.1 of a 438-unit-wide map
 * is well under a screen pixel), repeated points dropped, written as relative moves so the HTML
 * stays small. Rounding absolute points first keeps the relative steps from drifting.
 */
export function writeRings(rings: Ring[], decimals = 1): string {
  let out = '';
  let x = 0;
  let y = 0;
  for (const ring of rings) {
    const points = ring.map(([px, py]) => [round(px, decimals), round(py, decimals)] as [number, number]);
    const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
    if (kept.length < 3) continue;
    const steps = kept.map(([px, py]) => {
      const step = `${round(px - x, decimals)},${round(py - y, decimals)}`;
      [x, y] = [px, py];
      return step;
    });
    out += `m${steps.join(' ')}z`;
    // After z the pen returns to the ring's first point.
    [x, y] = kept[0];
  }
  return out;
}
