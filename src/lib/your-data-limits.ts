/**
 * What the "your data" page accepts (anything beyond is refused with a message before it can
 * freeze the page) and how much of a large file it shows. A module of its own so that the page's
 * messages can name the limits without pulling the CSV parser into the page (it runs in the worker).
 */
export const LIMITS = {
  /** Bytes of the file. */
  bytes: 50 * 1024 * 1024,
  /** Columns of the table. */
  columns: 1000,
  /** Characters on one line of the file. */
  lineLength: 100_000,
} as const;

/** Above this many points the scatter shades a grid by how many points fall in each square. */
export const MAX_DOTS = 2000;
/** Rows of the ranked table shown on the page (the residuals CSV has them all). */
export const SHOWN_RANKED = 100;
/** Rows of each list (rows left out, missing values, aggregates) shown on the page. */
export const SHOWN_ROWS = 500;
