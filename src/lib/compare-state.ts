/** Which prefectures the compare page shows: 2 to 4 distinct slugs, kept in `?p=a,b,c`. */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
export const COMPARE_DEFAULT = ['aomori', 'tokyo'];

export function readCompareSlugs(search: string, known: ReadonlySet<string>): string[] {
  const requested = (new URLSearchParams(search).get('p') ?? '').split(',').map((s) => s.trim());
  const chosen = [...new Set(requested.filter((slug) => known.has(slug)))].slice(0, COMPARE_MAX);
  for (const fallback of COMPARE_DEFAULT) {
    if (chosen.length >= COMPARE_MIN) break;
    if (!chosen.includes(fallback)) chosen.push(fallback);
  }
  return chosen;
}

export function writeCompareSlugs(slugs: string[]): string {
  return `?p=${slugs.join(',')}`;
}
