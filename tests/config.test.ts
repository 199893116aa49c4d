/**
 * src/config.ts: every environment setting validated once, with messages that name the variable,
 * what it expects and what it found; the README's table lists exactly these variables; and a bad
 * setting stops the Astro build with the same message.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readSettings, SETTING_NAMES, SettingsError } from '../src/config.ts';
import { ROOT } from './support/paths.ts';

const message = (env: Record<string, string>) => {
  try {
    readSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(env)}`);
};

describe('defaults and normalisation', () => {
  test('an empty environment gives the defaults', () => {
    expect(readSettings({})).toEqual({
      base: '/',
      site: undefined,
      dataDate: undefined,
      dataDir: undefined,
      browserAll: false,
      chromium: '/usr/bin/chromium',
    });
  });

  test('empty values count as unset', () => {
    expect(
      readSettings({ ATLAS_BASE: '', ATLAS_SITE: '', ATLAS_DATA_DATE: '', ATLAS_DATA_DIR: '', ATLAS_BROWSER_ALL: '', ATLAS_CHROMIUM: '' }),
    ).toEqual(readSettings({}));
  });

  test('ATLAS_BASE gains its trailing slash', () => {
    expect(readSettings({ ATLAS_BASE: '/atlas' }).base).toBe('/atlas/');
    expect(readSettings({ ATLAS_BASE: '/atlas/' }).base).toBe('/atlas/');
    expect(readSettings({ ATLAS_BASE: '/a/b-c_d.e~f' }).base).toBe('/a/b-c_d.e~f/');
    expect(readSettings({ ATLAS_BASE: '/' }).base).toBe('/');
  });

  test('ATLAS_SITE becomes its origin', () => {
    expect(readSettings({ ATLAS_SITE: 'https://atlas.example.jp/' }).site).toBe('https://atlas.example.jp');
    expect(readSettings({ ATLAS_SITE: 'http://127.0.0.1:4321' }).site).toBe('http://127.0.0.1:4321');
  });

  test('the other settings', () => {
    expect(readSettings({ ATLAS_DATA_DATE: '2022-03' }).dataDate).toBe('2022-03');
    expect(readSettings({ ATLAS_DATA_DATE: '2024-02-29' }).dataDate).toBe('2024-02-29');
    expect(readSettings({ ATLAS_DATA_DIR: '/tmp/atlas/public/data/' }).dataDir).toBe('/tmp/atlas/public/data');
    expect(readSettings({ ATLAS_BROWSER_ALL: '1' }).browserAll).toBe(true);
    expect(readSettings({ ATLAS_BROWSER_ALL: '0' }).browserAll).toBe(false);
    expect(readSettings({ ATLAS_CHROMIUM: '/opt/chromium/chrome' }).chromium).toBe('/opt/chromium/chrome');
  });

  test('other variables are ignored', () => {
    expect(readSettings({ BASE_URL: 'nonsense', ATLAS_OTHER: 'x' })).toEqual(readSettings({}));
  });
});

describe('bad values, one exact message each', () => {
  test.each([
    [{ ATLAS_BASE: 'atlas' }, 'ATLAS_BASE: expected a path that starts with "/", such as /atlas/, found "atlas"'],
    [{ ATLAS_BASE: 'atlas/' }, 'ATLAS_BASE: expected a path that starts with "/", such as /atlas/, found "atlas/"'],
    [
      { ATLAS_BASE: '//atlas/' },
      'ATLAS_BASE: expected path segments of letters, digits and - . _ ~ separated by single "/", found "//atlas/"',
    ],
    [
      { ATLAS_BASE: '/at las/' },
      'ATLAS_BASE: expected path segments of letters, digits and - . _ ~ separated by single "/", found "/at las/"',
    ],
    [
      { ATLAS_BASE: '/atlas/?x=1' },
      'ATLAS_BASE: expected path segments of letters, digits and - . _ ~ separated by single "/", found "/atlas/?x=1"',
    ],
    [
      { ATLAS_SITE: 'atlas.example.jp' },
      'ATLAS_SITE: expected an absolute http(s) URL such as https://atlas.example.jp, found "atlas.example.jp"',
    ],
    [{ ATLAS_SITE: '/atlas/' }, 'ATLAS_SITE: expected an absolute http(s) URL such as https://atlas.example.jp, found "/atlas/"'],
    [
      { ATLAS_SITE: 'ftp://atlas.example.jp' },
      'ATLAS_SITE: expected an absolute http(s) URL such as https://atlas.example.jp, found "ftp://atlas.example.jp"',
    ],
    [
      { ATLAS_SITE: 'https://example.jp/atlas/' },
      'ATLAS_SITE: expected an origin without path, query or fragment (a sub-path goes in ATLAS_BASE), found "https://example.jp/atlas/"',
    ],
    [{ ATLAS_DATA_DATE: '2022/03' }, 'ATLAS_DATA_DATE: expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, found "2022/03"'],
    [{ ATLAS_DATA_DATE: '2022-13' }, 'ATLAS_DATA_DATE: expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, found "2022-13"'],
    [{ ATLAS_DATA_DATE: '2023-02-29' }, 'ATLAS_DATA_DATE: expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, found "2023-02-29"'],
    [{ ATLAS_DATA_DATE: '令和4年3月' }, 'ATLAS_DATA_DATE: expected a date as YYYY-MM or YYYY-MM-DD, such as 2022-03, found "令和4年3月"'],
    [{ ATLAS_BROWSER_ALL: 'yes' }, 'ATLAS_BROWSER_ALL: expected 1 (on) or 0 (off), found "yes"'],
    [
      { ATLAS_DATA_DIR: 'public/data' },
      'ATLAS_DATA_DIR: expected an absolute folder path such as /tmp/atlas/public/data, found "public/data"',
    ],
    [
      { ATLAS_DATA_DIR: '/tmp/atlas/public' },
      'ATLAS_DATA_DIR: expected a folder named data (the site publishes it as /data/), found "/tmp/atlas/public"',
    ],
    [{ ATLAS_CHROMIUM: 'chromium' }, 'ATLAS_CHROMIUM: expected an absolute file path such as /usr/bin/chromium, found "chromium"'],
  ])('%o', (env, expected) => {
    expect(message(env)).toBe(expected);
  });

  test('several bad settings are all reported, one line each', () => {
    expect(message({ ATLAS_BASE: 'atlas', ATLAS_SITE: 'example.jp' })).toBe(
      [
        'ATLAS_BASE: expected a path that starts with "/", such as /atlas/, found "atlas"',
        'ATLAS_SITE: expected an absolute http(s) URL such as https://atlas.example.jp, found "example.jp"',
      ].join('\n'),
    );
  });
});

test("the README's table of settings lists exactly the variables src/config.ts reads", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  // The formatter pads table cells, so the header is found by its first word, not its spacing.
  const table = readme.slice(readme.search(/^\| setting\s+\|/m));
  const rows = [...table.matchAll(/^\| `([A-Z_]+)`\s*\|/gm)].map((match) => match[1]);
  expect(rows).toEqual(SETTING_NAMES);
});

test('a bad setting stops the Astro build with the pinned message', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_BASE: 'atlas' };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'SITE']) delete env[name];
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  let output = '';
  expect(() => {
    try {
      execFileSync(process.execPath, [astro, 'build', '--outDir', join(ROOT, 'node_modules', '.cache', 'never-built')], {
        cwd: ROOT,
        env,
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { stdout: Buffer; stderr: Buffer };
      output = `${e.stdout}${e.stderr}`;
      throw error;
    }
  }).toThrow();
  expect(output).toContain('ATLAS_BASE: expected a path that starts with "/", such as /atlas/, found "atlas"');
});
