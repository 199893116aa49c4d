/**
 * Every setting read from the environment, by the build and by the tests, validated and normalised
 * here once. A bad value stops whatever imports this module (the Astro build through
 * astro.config.mjs, the tests, the bench) with one line per bad setting that names the variable,
 * what it expects and what it found. Empty values count as unset.
 *
 * Build-time only: this module reads process.env, so browser islands must never import it.
 * The README's table of settings lists the same variables; tests/settings.test.ts keeps the two
 * in step.
 */
import { z } from 'zod';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const found = (input: unknown) => `found ${JSON.stringify(input)}`;

/** A URL path segment's characters (RFC 3986 pchar without ':' and '@', which no host needs). */
const PATH = /^\/([A-Za-z0-9\-._~%]+\/)*([A-Za-z0-9\-._~%]+)?$/;

const base = z
  .string()
  .refine((value) => value.startsWith('/'), {
    error: (issue) => `expected a path that starts with "/", such as /atlas/, ${found(issue.input)}`,
  })
  .refine((value) => !value.startsWith('/') || PATH.test(value), {
    error: (issue) => `expected path segments of letters, digits and - . _ ~ separated by single "/", ${found(issue.input)}`,
  })
  .transform((value) => (value.endsWith('/') ? value : `${value}/`));

function asUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const site = z
  .string()
  .refine((value) => ['http:', 'https:'].includes(asUrl(value)?.protocol ?? ''), {
    error: (issue) => `expected an absolute http(s) URL such as https://atlas.example.jp, ${found(issue.input)}`,
  })
  .refine(
    (value) => {
      const url = asUrl(value);
      return url === null || (url.pathname === '/' && url.search === '' && url.hash === '');
    },
    { error: (issue) => `expected an origin without path, query or fragment (a sub-path goes in ATLAS_BASE), ${found(issue.input)}` },
  )
  .transform((value) => (asUrl(value) as URL).origin);

/** YYYY-MM or YYYY-MM-DD with a real month and day. */
const date = z.string().refine(
  (value) => {
    const match = value.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
    if (!match) return false;
    const [, year, month, day] = match.map(Number) as [number, number, number, number | undefined];
    if (month < 1 || month > 12) return false;
    return Number.isNaN(day) || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  },
  { error: (issue) => `expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, ${found(issue.input)}` },
);

const flag = z.enum(['0', '1'], { error: (issue) => `expected 1 (on) or 0 (off), ${found(issue.input)}` }).transform((value) => value === '1');

const absolutePath = z.string().refine((value) => value.startsWith('/'), {
  error: (issue) => `expected an absolute file path such as /usr/bin/chromium, ${found(issue.input)}`,
});

/** Empty counts as unset, so that `ATLAS_SITE= npm run build` means "no site". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const SCHEMA = z.object({
  /** Base path for hosts that serve the site under a sub-path. */
  ATLAS_BASE: optional(base),
  /** The site's public origin, for absolute hreflang and canonical links. */
  ATLAS_SITE: optional(site),
  /** The date printed on downloaded chart images, instead of the data's latest vintage. */
  ATLAS_DATA_DATE: optional(date),
  /** Tests: visit every prefecture profile in the browser sweep. */
  ATLAS_BROWSER_ALL: optional(flag),
  /** Tests, bench and screenshots: the Chromium binary to drive. */
  ATLAS_CHROMIUM: optional(absolutePath),
});

/** The variables this module reads, in the README's order. */
export const SETTING_NAMES = Object.keys(SCHEMA.shape) as (keyof typeof SCHEMA.shape)[];

export interface Settings {
  /** Starts and ends with "/". */
  base: string;
  /** An origin such as https://atlas.example.jp (no trailing slash), or undefined. */
  site: string | undefined;
  dataDate: string | undefined;
  browserAll: boolean;
  chromium: string;
}

/** Validates and normalises the settings in an environment; throws SettingsError naming each bad one. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const picked = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const result = SCHEMA.safeParse(picked);
  if (!result.success) {
    throw new SettingsError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const parsed = result.data;
  return {
    base: parsed.ATLAS_BASE ?? '/',
    site: parsed.ATLAS_SITE,
    dataDate: parsed.ATLAS_DATA_DATE,
    browserAll: parsed.ATLAS_BROWSER_ALL ?? false,
    chromium: parsed.ATLAS_CHROMIUM ?? '/usr/bin/chromium',
  };
}

export const SETTINGS = readSettings(process.env);

/** Base path for static hosts that serve the site under a sub-path (ATLAS_BASE), always ending in "/". */
export const BASE_PATH = SETTINGS.base;

/**
 * The site's public origin (ATLAS_SITE). Only with it can pages name their other-language twin
 * by absolute URL (hreflang); without it they leave the hint out rather than give a relative
 * one, which search engines reject.
 */
export const SITE_ORIGIN = SETTINGS.site;

/** The Chromium that the browser tests, the bench and the screenshots drive (ATLAS_CHROMIUM). */
export const CHROMIUM_PATH = SETTINGS.chromium;
