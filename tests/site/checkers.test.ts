/**
 * Each checker can fail: run it on deliberately broken fixtures (tests/fixtures/site/, each with a
 * first-line comment saying what it breaks) and require the right problem, and nothing on the
 * baseline fixture (good.html).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../../src/config.ts';
import { pageWeight } from '../../scripts/lib/site/page-weight.ts';
import { checkBudgets } from '../support/checks/budgets.ts';
import { diffTrees, hashTree } from '../support/checks/determinism.ts';
import { checkNoWebFonts } from '../support/checks/fonts.ts';
import { checkLinks } from '../support/checks/links.ts';
import type { Problem } from '../support/checks/problem.ts';
import { checkPolicy, checkSecurity, samePolicy } from '../support/checks/security.ts';
import { validateHtml } from '../support/checks/validate.ts';
import { FIXTURES } from '../support/paths.ts';
import { startServer } from '../../scripts/lib/site/server.ts';
import { pagesOf, treeFromStrings, type SiteTree } from '../../scripts/lib/site/site-files.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** A two-page site: the fixture as the home page, plus other.html, assets and _headers. */
function site(page: string, extra: Record<string, string | Uint8Array> = {}, base = '/'): SiteTree {
  const rebase = (bytes: Buffer) =>
    base === '/' ? bytes : bytes.toString().replaceAll('href="/', `href="${base}`).replaceAll('src="/', `src="${base}`);
  return treeFromStrings({
    'index.html': rebase(fixture(page)),
    'other/index.html': rebase(fixture('other.html')),
    'assets/app.js': fixture('assets/app.js'),
    'assets/dep.js': fixture('assets/dep.js'),
    'assets/lazy.js': fixture('assets/lazy.js'),
    'assets/site.css': fixture('assets/site.css'),
    'data/table.csv': 'a,b\n1,2\n',
    _headers: fixture('_headers'),
    ...extra,
  });
}

const rules = (problems: Problem[]) => problems.map((p) => `${p.file} ${p.rule}`);

/** Deterministic incompressible bytes (xorshift32), so gzip cannot shrink them. */
function noise(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

describe('baseline fixture', () => {
  test('good.html passes every checker', () => {
    const tree = site('good.html');
    expect(checkLinks(tree)).toEqual([]);
    expect(checkSecurity(tree)).toEqual([]);
    expect(checkNoWebFonts(tree)).toEqual([]);
    expect(validateHtml('good.html', fixture('good.html').toString())).toEqual([]);
    expect(checkBudgets(tree, BUDGETS).problems).toEqual([]);
  });
});

describe('link checker', () => {
  test('finds a broken link', () => {
    const problems = checkLinks(site('broken-link.html'));
    expect(rules(problems)).toEqual(['index.html broken-link']);
    expect(problems[0].message).toContain('/nowhere/');
  });

  test('finds a missing fragment', () => {
    const problems = checkLinks(site('missing-fragment.html'));
    expect(rules(problems)).toEqual(['index.html broken-link']);
    expect(problems[0].message).toContain('id="missing"');
  });

  test('finds a link without the trailing slash', () => {
    expect(checkLinks(site('no-trailing-slash.html'))[0].message).toContain('trailing slash');
  });

  test('finds a missing asset, srcset entry and <use> target', () => {
    const html = fixture('good.html')
      .toString()
      .replace(
        '<main>',
        '<main><img src="/a.png" srcset="/b.png 1x, /c.png 2x" alt="x"><svg role="img" aria-label="y"><use href="#nope"></use></svg>',
      );
    const problems = checkLinks(site('good.html', { 'index.html': html, 'b.png': 'x' }));
    expect(problems.map((p) => p.message.split(':')[0]).sort()).toEqual(['img[src]="/a.png"', 'img[srcset]="/c.png"', 'use[href]="#nope"']);
  });

  test('under a base path, links must carry the prefix', () => {
    expect(checkLinks(site('good.html', {}, '/atlas/'), { base: '/atlas/' })).toEqual([]);
    // The unprefixed baseline page escapes /atlas/: every root-relative link is reported.
    const problems = checkLinks(site('good.html'), { base: '/atlas/' });
    expect(problems.length).toBeGreaterThan(3);
    expect(problems[0].message).toContain('outside the base path /atlas/');
  });
});

describe('CSP and inline-code checker', () => {
  test('finds an external script', () => {
    expect(rules(checkSecurity(site('external-script.html')))).toEqual(['index.html external-resource']);
  });

  test('finds an inline onclick', () => {
    const problems = checkSecurity(site('inline-onclick.html'));
    expect(rules(problems)).toEqual(['index.html inline-handler']);
    expect(problems[0].message).toContain('onclick');
  });

  test('finds an inline script but allows a JSON data island', () => {
    expect(rules(checkSecurity(site('inline-script.html')))).toEqual(['index.html inline-script']);
  });

  test('finds a missing CSP', () => {
    expect(rules(checkSecurity(site('missing-csp.html')))).toEqual(['index.html csp-missing']);
  });

  test('finds a weak CSP', () => {
    const messages = checkSecurity(site('weak-csp.html'))
      .map((p) => p.message)
      .join('\n');
    expect(messages).toContain("'unsafe-inline'");
    expect(messages).toContain('https://cdn.example.com');
    expect(messages).toContain('object-src is missing');
    expect(messages).toContain('base-uri is missing');
  });

  test('policy rules', () => {
    expect(checkPolicy("default-src 'self'; object-src 'none'; base-uri 'self'")).toEqual([]);
    expect(checkPolicy("default-src *; object-src 'none'; base-uri 'self'").join()).toContain('default-src');
    expect(checkPolicy("default-src 'self'; script-src 'self' 'unsafe-eval'; object-src 'none'; base-uri 'self'").join()).toContain(
      "'unsafe-eval'",
    );
    expect(samePolicy("default-src 'self'", "default-src 'self'; frame-ancestors 'none'")).toEqual([]);
  });

  test('finds a missing or different _headers', () => {
    const tree = site('good.html');
    tree.delete('_headers');
    expect(rules(checkSecurity(tree))).toEqual(['_headers headers-missing']);
    const different = checkSecurity(site('good.html', { _headers: fixture('_headers-different') }));
    expect(different.map((p) => p.message).join('\n')).toContain('differs from the <meta> CSP');
  });
});

describe('web-font checker', () => {
  test('finds @font-face and font files', () => {
    const problems = checkNoWebFonts(site('good.html', { 'assets/webfont.css': fixture('assets/webfont.css'), 'assets/web.woff2': 'x' }));
    expect(rules(problems).sort()).toEqual(['assets/web.woff2 web-font', 'assets/webfont.css web-font']);
  });
});

describe('html-validate', () => {
  test('finds a duplicate id and a block in a paragraph', () => {
    const ids = validateHtml('invalid-html.html', fixture('invalid-html.html').toString()).map((p) => p.rule);
    expect(ids).toContain('html-validate/no-dup-id');
  });
});

describe('budget checker', () => {
  test('follows static imports but not dynamic ones', () => {
    const tree = site('good.html');
    const weight = pageWeight(tree, pagesOf(tree.keys()).find((p) => p.path === '/')!);
    expect(weight.js.files).toEqual(['assets/app.js', 'assets/dep.js']);
    expect(weight.css.files).toEqual(['assets/site.css']);
  });

  test('finds a page over the JS and page-weight budgets', () => {
    const tree = site('over-budget.html', { 'assets/heavy.js': noise(40 * 1024) });
    const { problems } = checkBudgets(tree, BUDGETS);
    expect(rules(problems)).toEqual(['index.html js-budget']);
    const heavier = site('over-budget.html', { 'assets/heavy.js': noise(160 * 1024) });
    expect(rules(checkBudgets(heavier, BUDGETS).problems)).toEqual(['index.html js-budget', 'index.html page-budget']);
  });

  test('finds JS on a page not marked interactive', () => {
    const { problems } = checkBudgets(site('good.html'), BUDGETS, { interactive: (path) => path !== '/' });
    expect(rules(problems)).toEqual(['index.html js-not-interactive']);
  });
});

describe('determinism checker', () => {
  test('reports the first differing file', () => {
    const a = hashTree(treeFromStrings({ 'a.html': 'same', 'b.js': 'one', 'c.css': 'x' }));
    const b = hashTree(treeFromStrings({ 'a.html': 'same', 'b.js': 'two', 'd.css': 'x' }));
    const problems = diffTrees(a, b);
    expect(problems.map((p) => `${p.file}: ${p.message.split(' (')[0]}`)).toEqual([
      'b.js: content differs',
      'c.css: only in the first build',
      'd.css: only in the second build',
    ]);
    expect(diffTrees(a, a)).toEqual([]);
  });
});

describe('static server', () => {
  test('serves files, dir/ as dir/index.html, content types, 404s, under a base path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-server-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!DOCTYPE html><title>x</title>');
      writeFileSync(join(dir, 'app.js'), 'export {}');
      const server = await startServer(dir, { base: '/atlas/' });
      try {
        const home = await fetch(server.urlOf('/'));
        expect(home.status).toBe(200);
        expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
        expect((await fetch(server.urlOf('/app.js'))).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
        expect((await fetch(server.urlOf('/missing/'))).status).toBe(404);
        expect((await fetch(`${server.origin}/index.html`)).status).toBe(404); // outside the base
        expect((await fetch(`${server.url}..%2f..%2fetc%2fpasswd`)).status).toBe(404);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
