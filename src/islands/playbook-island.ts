/**
 * The playbook's checklist: restores ticks and notes from the URL, and writes every change back
 * with history.replaceState, so that the link is the saved worksheet. Nothing leaves the page.
 * The checkboxes and notes are ordinary form controls, usable from the keyboard without this.
 */
import {
  readPlaybookPrefecture,
  readPlaybookState,
  writePlaybookState,
  type PlaybookState,
  type SectionShape,
} from '../lib/playbook-state.ts';

/** What the page says for each prefecture it can be opened for (playbook.astro writes it). */
interface PrefectureLine {
  lead: string;
  back: string;
  href: string;
}

/** Shows whose checklist this is, with the way back to that prefecture's profile. */
function showPrefecture(line: HTMLElement | null, found: PrefectureLine | undefined): void {
  if (!line || !found) return;
  const back = document.createElement('a');
  back.href = found.href;
  back.textContent = found.back;
  line.replaceChildren(`${found.lead} `, back);
  line.hidden = false;
}

/** The URL as a reader can read it on paper: Japanese notes decoded, not percent-escaped. */
function readableUrl(): string {
  try {
    return decodeURI(location.href);
  } catch {
    return location.href;
  }
}

export function enhancePlaybook(): void {
  const root = document.querySelector<HTMLElement>('[data-playbook-shape]');
  const form = document.querySelector<HTMLFormElement>('form[data-playbook]');
  if (!root || !form) return;
  const sections = JSON.parse(root.dataset.playbookShape ?? '[]') as SectionShape[];
  const boxes = (id: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][data-section="${id}"]`)];
  const noteOf = (id: string) => form.querySelector<HTMLTextAreaElement>(`textarea[data-note="${id}"]`);
  const printedNote = (id: string) => form.querySelector<HTMLElement>(`[data-note-print="${id}"]`);
  const printedUrl = document.querySelector<HTMLElement>('[data-playbook-url] span');

  const show = (state: PlaybookState) => {
    for (const { id } of sections) {
      boxes(id).forEach((box, i) => (box.checked = state.ticks[id]?.[i] ?? false));
      const note = noteOf(id);
      if (note) note.value = state.notes[id] ?? '';
      const printed = printedNote(id);
      if (printed) printed.textContent = state.notes[id] ?? '';
    }
    if (printedUrl) printedUrl.textContent = readableUrl();
  };

  const current = (): PlaybookState => ({
    ticks: Object.fromEntries(sections.map(({ id }) => [id, boxes(id).map((box) => box.checked)])),
    notes: Object.fromEntries(sections.map(({ id }) => [id, noteOf(id)?.value ?? ''])),
  });

  const prefectureLine = document.querySelector<HTMLElement>('[data-playbook-pref]');
  const lines = JSON.parse(prefectureLine?.dataset.playbookPref ?? '{}') as Record<string, PrefectureLine>;
  const prefecture = readPlaybookPrefecture(location.search, Object.keys(lines));

  const save = () => {
    const state = current();
    history.replaceState(null, '', `${location.pathname}${writePlaybookState(state, sections, prefecture)}${location.hash}`);
    // Only the printed copies follow; rewriting a textarea while it is typed in would move the caret.
    for (const { id } of sections) {
      const printed = printedNote(id);
      if (printed) printed.textContent = state.notes[id] ?? '';
    }
    if (printedUrl) printedUrl.textContent = readableUrl();
  };

  const initial = readPlaybookState(location.search, sections);
  // A link with parts the checklist cannot read is rewritten to what the page shows.
  const canonical = writePlaybookState(initial, sections, prefecture);
  if (canonical !== location.search) history.replaceState(null, '', `${location.pathname}${canonical}${location.hash}`);
  show(initial);
  showPrefecture(prefectureLine, prefecture === null ? undefined : lines[prefecture]);
  form.dataset.enhanced = '';
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', save);
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement) save();
  });
}
