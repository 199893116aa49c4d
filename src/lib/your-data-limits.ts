/**
 * What the "your data" page accepts; anything beyond is refused with a message before it can
 * freeze the page. A module of its own so that the page's messages can name the limits without
 * pulling the CSV parser into the page (it runs in the worker).
 */
export const LIMITS = {
  /** Bytes of the file. */
  bytes: 50 * 1024 * 1024,
  /** Columns of the table. */
  columns: 1000,
  /** Characters on one line of the file. */
  lineLength: 100_000,
} as const;
