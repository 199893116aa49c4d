/**
 * The site's configuration in one place, read by astro.config.mjs, the pages, the scripts and the
 * tests alike: the languages and budgets, and every setting read from the environment
 * (ATLAS_BASE, ATLAS_SITE, …), validated and normalised here once. A bad setting stops the build
 * (or the tests, or the bench) with one line per bad variable: its name, what it expects and what
 * it found. Empty values count as unset. The README's table of settings lists the same variables;
 * tests/config.test.ts keeps the two in step.
 */
import { z } from 'zod';

export const LANGUAGES = ['ja', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Lang = 'ja';

export const BUDGETS = {
  /** JavaScript shipped by any one page, gzip bytes. */
  jsPerPageGzip: 30 * 1024,
  /** HTML + CSS + JS of any one page, gzip bytes. */
  pageWeightGzip: 150 * 1024,
} as const;

/** The variables this module reads, in the README's order (the schema below must name exactly these). */
export const SETTING_NAMES = [
  'ATLAS_BASE',
  'ATLAS_SITE',
  'ATLAS_DATA_DATE',
  'ATLAS_DATA_DIR',
  'ATLAS_BROWSER_ALL',
  'ATLAS_CHROMIUM',
] as const;
type SettingName = (typeof SETTING_NAMES)[number];

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const found = (input: unknown) => `found ${JSON.stringify(input)}`;

/** A path of URL-safe segments (RFC 3986 unreserved characters and %-escapes), each ending in "/". */
const BASE_PATH = /^\/([A-Za-z0-9\-._~%]+\/)*([A-Za-z0-9\-._~%]+)?$/;

function asUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** YYYY-MM or YYYY-MM-DD with a real month and day. */
function isDate(value: string): boolean {
  const match = value.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? undefined : Number(match[3])];
  if (month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/**
 * The settings' schema, built on first use: nothing here runs when browser code imports LANGUAGES
 * from this module, so neither zod nor process.env reaches a client bundle.
 */
function settingsSchema() {
  /** Empty counts as unset, so that `ATLAS_SITE= npm run build` means "no site". */
  const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

  const base = z
    .string()
    .refine((value) => value.startsWith('/'), {
      error: (issue) => `expected a path that starts with "/", such as /atlas/, ${found(issue.input)}`,
    })
    .refine((value) => !value.startsWith('/') || BASE_PATH.test(value), {
      error: (issue) => `expected path segments of letters, digits and - . _ ~ separated by single "/", ${found(issue.input)}`,
    })
    .transform((value) => (value.endsWith('/') ? value : `${value}/`));

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

  const date = z.string().refine(isDate, {
    error: (issue) => `expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, ${found(issue.input)}`,
  });

  const flag = z
    .enum(['0', '1'], { error: (issue) => `expected 1 (on) or 0 (off), ${found(issue.input)}` })
    .transform((value) => value === '1');

  const absolutePath = z.string().refine((value) => value.startsWith('/'), {
    error: (issue) => `expected an absolute file path such as /usr/bin/chromium, ${found(issue.input)}`,
  });

  const dataDir = z
    .string()
    .refine((value) => value.startsWith('/'), {
      error: (issue) => `expected an absolute folder path such as /tmp/atlas/public/data, ${found(issue.input)}`,
    })
    .refine((value) => !value.startsWith('/') || /\/data\/?$/.test(value), {
      error: (issue) => `expected a folder named data (the site publishes it as /data/), ${found(issue.input)}`,
    })
    .transform((value) => value.replace(/\/$/, ''));

  return z.object({
    /** Base path for hosts that serve the site under a sub-path. */
    ATLAS_BASE: optional(base),
    /** The site's public origin, for absolute hreflang and canonical links. */
    ATLAS_SITE: optional(site),
    /** The date printed on downloaded chart images, instead of the data's latest vintage. */
    ATLAS_DATA_DATE: optional(date),
    /** The derived data the pages read and the site publishes under /data/, instead of public/data. */
    ATLAS_DATA_DIR: optional(dataDir),
    /** Tests: visit every prefecture profile in the browser sweep. */
    ATLAS_BROWSER_ALL: optional(flag),
    /** Tests, bench and screenshots: the Chromium binary to drive. */
    ATLAS_CHROMIUM: optional(absolutePath),
  } satisfies Record<SettingName, z.ZodType>);
}

export interface Settings {
  /** Starts and ends with "/". */
  base: string;
  /** An origin such as https://atlas.example.jp (no trailing slash), or undefined. */
  site: string | undefined;
  dataDate: string | undefined;
  /** An absolute path ending in /data, or undefined for public/data. */
  dataDir: string | undefined;
  browserAll: boolean;
  chromium: string;
}

/** Validates and normalises the settings in an environment; throws SettingsError naming each bad one. */
export function readSettings(env: Record<string, string | undefined>): Settings {
  const picked = Object.fromEntries(SETTING_NAMES.map((name) => [name, env[name]]));
  const result = settingsSchema().safeParse(picked);
  if (!result.success) {
    throw new SettingsError(result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const parsed = result.data;
  return {
    base: parsed.ATLAS_BASE ?? '/',
    site: parsed.ATLAS_SITE,
    dataDate: parsed.ATLAS_DATA_DATE,
    dataDir: parsed.ATLAS_DATA_DIR,
    browserAll: parsed.ATLAS_BROWSER_ALL ?? false,
    chromium: parsed.ATLAS_CHROMIUM ?? DEFAULT_CHROMIUM,
  };
}

let current: Settings | undefined;

/**
 * The settings of this process's environment, read and checked on first call. astro.config.mjs
 * calls it while Astro loads the config, so a bad value stops the build before any page renders.
 */
export function settings(): Settings {
  current ??= readSettings(process.env);
  return current;
}
