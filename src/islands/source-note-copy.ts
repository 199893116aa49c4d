/**
 * The copy button of each 資料/注 note: puts the note's lines on the clipboard as plain text, one
 * line each, so that a reader can paste them under a figure in a report.
 */
export function noteText(note: HTMLElement): string {
  return [...note.querySelectorAll<HTMLElement>('.source-note__line')].map((p) => (p.textContent ?? '').trim()).join('\n');
}

export function enhanceSourceNotes(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy-note]')) {
    if (button.dataset.ready) continue;
    button.dataset.ready = '1';
    if (!navigator.clipboard) continue;
    button.hidden = false;
    const label = button.textContent ?? '';
    button.addEventListener('click', async () => {
      const note = button.closest<HTMLElement>('[data-source-note]');
      if (!note) return;
      try {
        await navigator.clipboard.writeText(noteText(note));
        button.textContent = button.dataset.copied ?? label;
      } catch {
        return;
      }
      setTimeout(() => {
        button.textContent = label;
      }, 2000);
    });
  }
}
