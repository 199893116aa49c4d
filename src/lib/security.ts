/**
 * One Content-Security-Policy for every page (meta tag) and for hosts that read a headers file.
 * Scripts only from the site itself; inline styles are allowed because Plot's SVG carries
 * presentation attributes and a <style> element.
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
  "worker-src 'self' blob:",
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
