/**
 * Hostile values for the address readers of the scatter, map and compare islands, shared by their
 * unit tests (tests/lib/url-state-hostile.test.ts) and the browser test with the site's CSP in
 * force (tests/browser/hardening.test.ts), so that both check the same list.
 */

/** Markup and script in every form a reader might copy into the page. */
export const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'];alert(1);//",
  'javascript:alert(1)',
];

/** A slug behind or between NUL characters, and one behind a right-to-left override. */
export const DISGUISED_SLUGS = ['\u0000tokyo', '\u0000tokyo\u0000', '\u202Etokyo'];

export const enc = encodeURIComponent;
