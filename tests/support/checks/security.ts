/**
 * Content-Security-Policy and inline-code checks: each page carries a strict CSP in a <meta>, runs
 * no inline script or inline event handler, loads nothing from another origin, and dist/_headers
 * gives hosts that read it the same policy.
 */
import { parse, type Doc } from '../html.ts';
import { pagesOf, text, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

export type Policy = Map<string, string[]>;

/** Parses "default-src 'self'; object-src 'none'" into directive → sources (lower-cased keywords). */
export function parsePolicy(policy: string): Policy {
  const out: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!out.has(key))
      out.set(
        key,
        sources.map((s) => (s.startsWith("'") ? s.toLowerCase() : s)),
      ); // the first one wins, as in browsers
  }
  return out;
}

const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+'$/;

/** What is wrong with one policy, against the site's rules. Empty when it is fine. */
export function checkPolicy(policyText: string): string[] {
  const policy = parsePolicy(policyText);
  const errors: string[] = [];
  const exactly = (name: string, want: string) => {
    const got = policy.get(name);
    if (got === undefined) errors.push(`${name} is missing (want ${name} ${want})`);
    else if (got.length !== 1 || got[0] !== want) errors.push(`${name} is "${got.join(' ')}" (want exactly ${want})`);
  };
  exactly('default-src', "'self'");
  exactly('object-src', "'none'");
  exactly('base-uri', "'self'");
  // script-src may be left to fall back on default-src; script-src-elem/-attr, where given, obey the same rule.
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const sources = policy.get(name) ?? (name === 'script-src' ? policy.get('default-src') : undefined);
    if (sources === undefined) continue;
    if (!sources.includes("'self'")) errors.push(`${name} lacks 'self'`);
    // Hashes name exact script bodies, not hosts; 'wasm-unsafe-eval' lets the site search compile its
    // own WebAssembly (it permits no eval() of JavaScript); everything else ('unsafe-inline',
    // 'unsafe-eval', hosts, schemes, *) is refused.
    const bad = sources.filter((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'" && !HASH.test(s));
    if (bad.length > 0) errors.push(`${name} allows ${bad.join(' ')} (only 'self' and 'wasm-unsafe-eval' are allowed)`);
  }
  return errors;
}

/** Directives a <meta> CSP cannot carry; _headers may add them without differing from the meta policy. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

export function samePolicy(metaPolicy: string, headerPolicy: string): string[] {
  const a = parsePolicy(metaPolicy);
  const b = parsePolicy(headerPolicy);
  const diffs: string[] = [];
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    if (HEADER_ONLY.has(name)) continue;
    const x = (a.get(name) ?? []).join(' ');
    const y = (b.get(name) ?? []).join(' ');
    if (!a.has(name)) diffs.push(`_headers has ${name} ${y}, the <meta> has none`);
    else if (!b.has(name)) diffs.push(`the <meta> has ${name} ${x}, _headers has none`);
    else if (x !== y) diffs.push(`${name}: <meta> "${x}" vs _headers "${y}"`);
  }
  return diffs;
}

export function metaPolicyOf(doc: Doc): { policy: string | undefined; count: number; inHead: boolean; beforeResources: boolean } {
  const metas = [...doc.querySelectorAll('meta[http-equiv]')].filter(
    (m) => m.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy',
  );
  const first = metas[0];
  if (first === undefined) return { policy: undefined, count: 0, inHead: false, beforeResources: false };
  const inHead = first.parentElement?.localName === 'head';
  // A <meta> policy only governs what comes after it: it must precede every script, style and link.
  const all = [...doc.querySelectorAll('meta, script, link, style')];
  const firstResource = all.findIndex((el) => el.localName !== 'meta');
  const beforeResources = firstResource === -1 || all.indexOf(first) < firstResource;
  return { policy: first.getAttribute('content') ?? '', count: metas.length, inHead, beforeResources };
}

/** Inline handlers, inline scripts and other-origin script/style/font loads on one page. */
export function checkInlineCode(file: string, doc: Doc): Problem[] {
  const problems: Problem[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name)) {
        problems.push({
          file,
          rule: 'inline-handler',
          message: `<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">: inline event handlers are not allowed (CSP blocks them)`,
        });
      }
    }
  }
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    const src = script.getAttribute('src');
    if (src === null && type !== 'application/json') {
      problems.push({
        file,
        rule: 'inline-script',
        message: `inline <script${type ? ` type="${type}"` : ''}> (${(script.textContent ?? '').trim().slice(0, 60)}…): move it to a file, or make it a type="application/json" data island`,
      });
    }
    if (src !== null && /^(https?:)?\/\//i.test(src.trim())) {
      problems.push({ file, rule: 'external-resource', message: `<script src="${src}">: scripts must come from the site itself` });
    }
  }
  for (const link of doc.querySelectorAll('link[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!.trim();
    if (
      rel.some((r) =>
        ['stylesheet', 'modulepreload', 'preload', 'prefetch', 'icon', 'manifest', 'preconnect', 'dns-prefetch'].includes(r),
      ) &&
      /^(https?:)?\/\//i.test(href)
    ) {
      problems.push({
        file,
        rule: 'external-resource',
        message: `<link rel="${rel.join(' ')}" href="${href}">: resources must come from the site itself`,
      });
    }
  }
  for (const el of doc.querySelectorAll('img[src], iframe[src], video[src], audio[src], source[src], embed[src], object[data]')) {
    const src = (el.getAttribute('src') ?? el.getAttribute('data') ?? '').trim();
    if (/^(https?:)?\/\//i.test(src))
      problems.push({
        file,
        rule: 'external-resource',
        message: `<${el.localName} src="${src}">: resources must come from the site itself`,
      });
  }
  return problems;
}

/** Parses a Netlify/Cloudflare-style _headers file into [path pattern, header name, value] triples. */
export function parseHeadersFile(source: string): { path: string; name: string; value: string }[] {
  const out: { path: string; name: string; value: string }[] = [];
  let path: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      path = line.trim();
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (match && path !== undefined) out.push({ path, name: match[1].trim(), value: match[2].trim() });
  }
  return out;
}

export function checkSecurity(tree: SiteTree): Problem[] {
  const problems: Problem[] = [];
  const metaPolicies = new Map<string, string>(); // policy → first page that has it
  for (const page of pagesOf(tree.keys())) {
    const doc = parse(text(tree.get(page.file)));
    const meta = metaPolicyOf(doc);
    if (meta.policy === undefined) {
      problems.push({ file: page.file, rule: 'csp-missing', message: 'no <meta http-equiv="Content-Security-Policy"> in <head>' });
    } else {
      if (meta.count > 1) problems.push({ file: page.file, rule: 'csp', message: `${meta.count} CSP <meta> elements; keep exactly one` });
      if (!meta.inHead) problems.push({ file: page.file, rule: 'csp', message: 'the CSP <meta> must be in <head>' });
      if (!meta.beforeResources)
        problems.push({ file: page.file, rule: 'csp', message: 'the CSP <meta> must come before every <script>, <link> and <style>' });
      for (const error of checkPolicy(meta.policy)) problems.push({ file: page.file, rule: 'csp', message: error });
      if (!metaPolicies.has(meta.policy)) metaPolicies.set(meta.policy, page.file);
    }
    problems.push(...checkInlineCode(page.file, doc));
  }

  const headers = tree.get('_headers');
  if (headers === undefined) {
    problems.push({
      file: '_headers',
      rule: 'headers-missing',
      message: 'dist/_headers is missing (public/_headers with the CSP for hosts that read it)',
    });
  } else {
    const csps = parseHeadersFile(text(headers)).filter((h) => h.name.toLowerCase() === 'content-security-policy');
    if (csps.length === 0)
      problems.push({ file: '_headers', rule: 'headers-csp', message: 'no Content-Security-Policy header in _headers' });
    for (const csp of csps) {
      for (const error of checkPolicy(csp.value))
        problems.push({ file: '_headers', rule: 'headers-csp', message: `${csp.path}: ${error}` });
      for (const [policy, page] of metaPolicies) {
        for (const diff of samePolicy(policy, csp.value))
          problems.push({ file: '_headers', rule: 'headers-csp', message: `${csp.path} differs from the <meta> CSP of ${page}: ${diff}` });
      }
    }
  }
  return problems;
}
