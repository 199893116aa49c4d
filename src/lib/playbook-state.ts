/**
 * The playbook checklist's state in the URL, so that a worked-through checklist is a link and
 * nothing is stored anywhere else:
 *
 *   ?pref=akita&t=7.1f.0.5&n-assess=…&n-plan=…
 *
 * `pref` names the prefecture the checklist was opened for (from its profile), so a worksheet
 * that is sent on or printed says whose it is; a slug that is not a prefecture's is dropped.
 * `t` holds one hexadecimal bitset per section, in the page's section order, separated by ".";
 * bit i (counted from the last digit) is item i of the section. Trailing empty sections are
 * left out. `n-<section>` holds that section's note. Anything else in the query, a bitset that
 * is not hexadecimal, bits past a section's last item and notes of unknown sections are ignored,
 * so a mangled link opens as much of the checklist as it can still read, never an error.
 */
export interface SectionShape {
  id: string;
  itemCount: number;
}

export interface PlaybookState {
  ticks: Record<string, boolean[]>;
  notes: Record<string, string>;
}

/** Longest note kept, in characters: enough for a working note, small enough for any URL. */
export const NOTE_MAX = 1000;
const TICKS_PARAM = 't';
const PREFECTURE_PARAM = 'pref';
const notePrefix = 'n-';
// Control characters other than tab and newline have no place in a note.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export function emptyState(sections: readonly SectionShape[]): PlaybookState {
  return {
    ticks: Object.fromEntries(sections.map((s) => [s.id, Array<boolean>(s.itemCount).fill(false)])),
    notes: Object.fromEntries(sections.map((s) => [s.id, ''])),
  };
}

/** A section's ticks as hex, most significant digit first; '' when nothing is ticked. */
export function encodeTicks(ticks: readonly boolean[]): string {
  const digits: string[] = [];
  for (let start = 0; start < ticks.length; start += 4) {
    let digit = 0;
    for (let bit = 0; bit < 4; bit++) if (ticks[start + bit]) digit |= 1 << bit;
    digits.unshift(digit.toString(16));
  }
  return digits.join('').replace(/^0+/, '');
}

/** The inverse of encodeTicks for a section of `count` items; anything unreadable gives no ticks. */
export function decodeTicks(hex: string, count: number): boolean[] {
  const ticks = Array<boolean>(count).fill(false);
  if (!/^[0-9a-f]{1,64}$/i.test(hex)) return ticks;
  const digits = [...hex.toLowerCase()].reverse();
  for (let i = 0; i < count; i++) {
    const digit = digits[Math.floor(i / 4)];
    if (digit !== undefined && (parseInt(digit, 16) >> (i % 4)) & 1) ticks[i] = true;
  }
  return ticks;
}

export function cleanNote(note: string): string {
  return note.replace(CONTROL, '').slice(0, NOTE_MAX);
}

export function readPlaybookState(search: string, sections: readonly SectionShape[]): PlaybookState {
  const state = emptyState(sections);
  const params = new URLSearchParams(search);
  const bitsets = (params.get(TICKS_PARAM) ?? '').split('.');
  sections.forEach((section, i) => {
    state.ticks[section.id] = decodeTicks(bitsets[i] ?? '', section.itemCount);
    state.notes[section.id] = cleanNote(params.get(`${notePrefix}${section.id}`) ?? '');
  });
  return state;
}

/** The prefecture the checklist is for: the first `pref` if it is one of `slugs`, else null. */
export function readPlaybookPrefecture(search: string, slugs: readonly string[]): string | null {
  const slug = new URLSearchParams(search).get(PREFECTURE_PARAM);
  return slug !== null && slugs.includes(slug) ? slug : null;
}

/** The query string for a state ('' when the checklist is untouched and for no prefecture), with a leading "?". */
export function writePlaybookState(state: PlaybookState, sections: readonly SectionShape[], prefecture: string | null = null): string {
  const params = new URLSearchParams();
  if (prefecture !== null) params.set(PREFECTURE_PARAM, prefecture);
  const bitsets = sections.map((s) => encodeTicks(state.ticks[s.id] ?? []).replace(/^$/, '0'));
  while (bitsets.at(-1) === '0') bitsets.pop();
  if (bitsets.length > 0) params.set(TICKS_PARAM, bitsets.join('.'));
  for (const s of sections) {
    const note = cleanNote(state.notes[s.id] ?? '');
    if (note !== '') params.set(`${notePrefix}${s.id}`, note);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
