/**
 * The site's Content-Security-Policy against an explicit allowlist: every directive and every
 * source must be listed here with the reason it is needed, so that a new source is a deliberate
 * one-line change with its reason beside it. Wildcards, 'unsafe-eval' and blob: workers are refused
 * whatever the allowlist says.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../src/lib/security.ts';
import { parseHeadersFile, parsePolicy } from '../support/checks/security.ts';

/** directive → source → why the site needs it. */
const ALLOWED: Record<string, Record<string, string>> = {
  'default-src': { "'self'": 'anything not named below: only the site itself' },
  'script-src': {
    "'self'": 'the built islands in /_astro/; no inline script, no eval',
    "'wasm-unsafe-eval'":
      'the site search (Pagefind, /pagefind/) compiles its own WebAssembly; Chromium refuses WebAssembly.instantiate without it. It permits no eval() of JavaScript',
  },
  'style-src': {
    "'self'": 'the built stylesheet',
    "'unsafe-inline'": "Observable Plot's SVG carries style attributes and <style> elements (844 and 222 in the built pages)",
  },
  'img-src': {
    "'self'": 'images of the site itself',
    'data:': 'the empty favicon <link rel="icon" href="data:,">, which spares a request on every page',
    'blob:': 'the PNG download draws the chart SVG from a blob: URL onto a canvas (src/islands/chart-download.ts)',
  },
  'font-src': { "'self'": 'no web fonts are fetched from elsewhere' },
  'connect-src': { "'self'": 'the only fetches are the site’s own data files, scatter views and search index' },
  'worker-src': {
    "'self'": 'the your-data worker is a built file, /_astro/your-data.worker-….js; the search may start /pagefind/pagefind-worker.js',
  },
  'object-src': { "'none'": 'no plugins' },
  'base-uri': { "'self'": 'no <base> pointing elsewhere' },
  'form-action': { "'self'": 'forms (planner, your-data) never submit elsewhere' },
};

/** Directives a headers file may add because a <meta> policy cannot carry them. */
const HEADER_ONLY: Record<string, Record<string, string>> = {
  'frame-ancestors': { "'none'": 'no page may be framed (clickjacking)' },
};

/** Sources refused whatever the allowlist says: wildcards, eval, whole schemes and other hosts. */
const NEVER = [
  /\*/,
  /^'unsafe-eval'$/,
  /^'unsafe-hashes'$/,
  /^'strict-dynamic'$/,
  /^(https?|wss?|ftp|filesystem):$/i,
  /^([a-z][a-z0-9+.-]*:\/\/|[a-z0-9-]+\.[a-z0-9.-]+)/i,
];

/** Everything in `policy` that the allowlist does not justify, and every rule broken. */
function checkAgainstAllowlist(policy: string, allowed: Record<string, Record<string, string>>): string[] {
  const errors: string[] = [];
  const parsed = parsePolicy(policy);
  for (const [directive, sources] of parsed) {
    const allowedSources = allowed[directive];
    if (allowedSources === undefined) {
      errors.push(`${directive} is not in the allowlist`);
      continue;
    }
    for (const source of sources) {
      if (NEVER.some((pattern) => pattern.test(source))) errors.push(`${directive} allows ${source}, which is never allowed`);
      else if (!(source in allowedSources)) errors.push(`${directive} allows ${source}, which the allowlist does not justify`);
    }
    if (directive === 'worker-src' && sources.includes('blob:'))
      errors.push('worker-src allows blob:, which lets injected code start a worker from a string');
  }
  for (const directive of Object.keys(allowed)) if (!parsed.has(directive)) errors.push(`${directive} is missing`);
  return errors;
}

describe('the Content-Security-Policy', () => {
  it('is exactly the allowlisted policy', () => {
    expect(checkAgainstAllowlist(CONTENT_SECURITY_POLICY, ALLOWED)).toEqual([]);
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('is sent by _headers with frame-ancestors added and nothing else', () => {
    const headers = parseHeadersFile(headersFile());
    const csp = headers.find((h) => h.name === 'Content-Security-Policy');
    expect(csp?.path).toBe('/*');
    expect(checkAgainstAllowlist(csp?.value ?? '', { ...ALLOWED, ...HEADER_ONLY })).toEqual([]);
    expect(csp?.value).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it.each([
    [
      "worker-src 'self' blob:",
      [
        'worker-src allows blob:, which the allowlist does not justify',
        'worker-src allows blob:, which lets injected code start a worker from a string',
      ],
    ],
    ["script-src 'self' 'unsafe-eval'", ["script-src allows 'unsafe-eval', which is never allowed"]],
    ["script-src 'self' 'UNSAFE-EVAL'", ["script-src allows 'unsafe-eval', which is never allowed"]],
    ['img-src *', ['img-src allows *, which is never allowed']],
    ["connect-src 'self' https:", ['connect-src allows https:, which is never allowed']],
    ["connect-src 'self' https://cdn.example.com", ['connect-src allows https://cdn.example.com, which is never allowed']],
    ["script-src 'self' 'unsafe-inline'", ["script-src allows 'unsafe-inline', which the allowlist does not justify"]],
    ["img-src 'self' data: blob: filesystem:", ['img-src allows filesystem:, which is never allowed']],
    ["frame-src 'self'", ['frame-src is not in the allowlist']],
  ])('fails on %s', (change, errors) => {
    const directive = change.split(' ')[0];
    const policy = [...CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith(`${directive} `)), change].join('; ');
    expect(checkAgainstAllowlist(policy, ALLOWED)).toEqual(errors);
  });

  it('fails when a directive is dropped (object-src would fall back to default-src)', () => {
    const policy = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('object-src'))
      .join('; ');
    expect(checkAgainstAllowlist(policy, ALLOWED)).toEqual(['object-src is missing']);
  });

  it('takes one allowlist line to justify a source: without its line, the search’s WebAssembly is refused', () => {
    const { "'wasm-unsafe-eval'": _reason, ...scriptWithout } = ALLOWED['script-src']!;
    const without = { ...ALLOWED, 'script-src': scriptWithout };
    expect(checkAgainstAllowlist(CONTENT_SECURITY_POLICY, without)).toEqual([
      "script-src allows 'wasm-unsafe-eval', which the allowlist does not justify",
    ]);
    expect(checkAgainstAllowlist(CONTENT_SECURITY_POLICY, ALLOWED)).toEqual([]);
  });
});
