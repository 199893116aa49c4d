/**
 * One Content-Security-Policy for every page (meta tag) and for hosts that read a headers file.
 * Each source is here because something on the site needs it (tests/site/csp-policy.test.ts keeps
 * an allowlist with the reason for each and fails on anything else):
 * - scripts, styles, fonts, fetches and the one Web Worker all come from the site itself ('self');
 *   the your-data worker is a built file (/_astro/your-data.worker-….js), never a blob:, so
 *   worker-src allows no blob:;
 * - inline styles are allowed because Plot's SVG carries presentation attributes and <style>
 *   elements ('unsafe-inline' in style-src, never in script-src);
 * - img-src allows data: for the empty favicon (<link rel="icon" href="data:,">, which spares a
 *   request) and blob: for the PNG download, which draws the chart's SVG from a blob: URL onto a
 *   canvas (src/islands/chart-download.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the site search (Pagefind) compile its own WebAssembly file, served
  // from this site; it allows no eval() of JavaScript and no other origin.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The `_headers` file format read by Netlify, Cloudflare Pages and similar static hosts. */
export function headersFile(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '',
  ].join('\n');
}
