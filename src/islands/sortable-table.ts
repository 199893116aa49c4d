/**
 * Sorts a build-rendered table by any column. Header buttons carry the interaction; aria-sort
 * on the active header tells assistive technology the current order.
 */
export type Direction = 'ascending' | 'descending';

/** Compares two data-sort values: numerically when both are numbers, else by code point. */
export function compareSortValues(a: string, b: string): number {
  const [x, y] = [Number(a), Number(b)];
  if (a !== '' && b !== '' && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortTable(table: HTMLTableElement, header: HTMLTableCellElement, direction: Direction): void {
  const index = header.cellIndex;
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const key = (row: HTMLTableRowElement) => row.cells[index].dataset.sort ?? row.cells[index].textContent ?? '';
  const sign = direction === 'ascending' ? 1 : -1;
  // Ties keep code order, so every sort is reproducible.
  rows.sort(
    (a, b) => sign * compareSortValues(key(a), key(b)) || compareSortValues(a.cells[0].dataset.sort ?? '', b.cells[0].dataset.sort ?? ''),
  );
  body.append(...rows);
  for (const th of table.tHead?.rows[0].cells ?? []) th.setAttribute('aria-sort', th === header ? direction : 'none');
}

export function enhanceSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    table.tHead?.addEventListener('click', (event) => {
      const button = (event.target as Element).closest('button');
      const header = button?.closest('th');
      if (!header) return;
      // First click on a column sorts descending for numbers (largest first), ascending for text.
      const current = header.getAttribute('aria-sort');
      const numeric = header.classList.contains('num');
      const next: Direction =
        current === 'descending' ? 'ascending' : current === 'ascending' ? 'descending' : numeric ? 'descending' : 'ascending';
      sortTable(table, header, next);
    });
  }
  for (const hint of document.querySelectorAll<HTMLElement>('[data-sort-hint]')) hint.hidden = false;
}
