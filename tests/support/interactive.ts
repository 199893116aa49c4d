/**
 * FOR THE LEAD: which pages are meant to ship JavaScript.
 *
 * While INTERACTIVE_PAGES is null, a page "ships none" exactly when its HTML has no <script src>
 * (so the JS budget test only reports bytes per page). Once the page list is settled, set it to
 * patterns of URL paths (without the base), e.g. [/^\/(en\/)?scatter\/$/, /^\/(en\/)?planner\/$/]:
 * every other page must then load 0 bytes of JS, and the budget test fails if one does.
 */
export const INTERACTIVE_PAGES: RegExp[] | null = null;

export function isInteractive(path: string, hasScript: boolean): boolean {
  if (INTERACTIVE_PAGES === null) return hasScript;
  return INTERACTIVE_PAGES.some((pattern) => pattern.test(path));
}
