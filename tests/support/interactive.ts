/**
 * Which pages are meant to ship JavaScript (URL paths without the base): every other page must
 * load 0 bytes of JS, and the budget test fails if one does. Null would only report bytes.
 */
export const INTERACTIVE_PAGES: RegExp[] | null = [
  // Charts with tooltips, view switches or downloads, and the sortable table.
  /^\/(en\/)?$/,
  /^\/(en\/)?(scatter|map|rankings|compare|networks|planner|playbook|your-data)\/$/,
  /^\/(en\/)?prefectures\/[a-z]+\/$/,
];

export function isInteractive(path: string, hasScript: boolean): boolean {
  if (INTERACTIVE_PAGES === null) return hasScript;
  return INTERACTIVE_PAGES.some((pattern) => pattern.test(path));
}
