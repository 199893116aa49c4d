/**
 * The order that sorts numbers ascending, as indices, in linear time: a stable least-significant-
 * digit radix sort on the bits of each double. The "your data" page ranks up to 500,000 residuals
 * and the ranks of two columns (Spearman's ρ); a comparison sort of that many objects or
 * [value, index] pairs costs seconds on a small machine, this a few tens of milliseconds. Stable:
 * equal values (and −0 with 0, which compare equal) keep the order they had in `start`, so the
 * result is exactly what `Array.prototype.sort` gives with `(a, b) => values[a] - values[b]`.
 * Values must not be NaN (the site's statistics refuse non-finite values before sorting).
 */

const DIGIT = 16;
const BUCKETS = 1 << DIGIT;

/**
 * Indices of `values` in ascending order of value; among equal values, in the order of `start`
 * (by default 0, 1, 2 …).
 */
export function ascendingOrder(values: ArrayLike<number>, start?: Uint32Array): Uint32Array {
  const n = values.length;
  // Already in order (line numbers, usually): nothing to sort.
  if (!start) {
    let sorted = true;
    for (let k = 1; k < n && sorted; k++) sorted = values[k - 1]! <= values[k]!;
    if (sorted) {
      const identity = new Uint32Array(n);
      for (let k = 0; k < n; k++) identity[k] = k;
      return identity;
    }
  }
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  // Sortable keys: the IEEE bits with the sign bit set for positives and every bit flipped for
  // negatives, so that comparing them as unsigned integers (high word, then low) compares the values.
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = start ? start[k]! : k;
    bits[0] = values[i]! === 0 ? 0 : values[i]!; // −0 sorts with 0
    const negative = words[1]! >>> 31 === 1;
    hi[k] = negative ? ~words[1]! >>> 0 : (words[1]! | 0x80000000) >>> 0;
    lo[k] = negative ? ~words[0]! >>> 0 : words[0]!;
    order[k] = i;
  }
  let hiOut = new Uint32Array(n);
  let loOut = new Uint32Array(n);
  let orderOut = new Uint32Array(n);
  const counts = new Uint32Array(BUCKETS);
  // Four passes of 16 bits: the low word's two halves, then the high word's.
  for (let pass = 0; pass < 4; pass++) {
    const source = pass < 2 ? lo : hi;
    const shift = (pass % 2) * DIGIT;
    counts.fill(0);
    for (let k = 0; k < n; k++) counts[(source[k]! >>> shift) & 0xffff]!++;
    // A pass where every key has the same digit changes nothing.
    if (counts[(source[0]! >>> shift) & 0xffff] === n) continue;
    let total = 0;
    for (let b = 0; b < BUCKETS; b++) {
      const c = counts[b]!;
      counts[b] = total;
      total += c;
    }
    for (let k = 0; k < n; k++) {
      const to = counts[(source[k]! >>> shift) & 0xffff]!++;
      hiOut[to] = hi[k]!;
      loOut[to] = lo[k]!;
      orderOut[to] = order[k]!;
    }
    [hi, hiOut] = [hiOut, hi];
    [lo, loOut] = [loOut, lo];
    [order, orderOut] = [orderOut, order];
  }
  return order;
}

/**
 * Ranks from 0, tied values sharing the mean of the ranks they span: exactly the midranks on which
 * simple-statistics' sampleRankCorrelation computes Spearman's ρ (its sort of [value, index] pairs
 * is what takes the time on large inputs).
 */
export function midranks(values: ArrayLike<number>): Float64Array {
  const order = ascendingOrder(values);
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    const rank = (i + j) / 2;
    for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
    i = j + 1;
  }
  return ranks;
}
