/**
 * npm run bench: build times, page weights, Lighthouse scores and a municipal-scale data run.
 * Prints Markdown; with --out FILE it also writes it there (docs/benchmarks.md).
 * Usage: node scripts/bench.ts [--runs 5] [--lighthouse-runs 3] [--out docs/benchmarks.md] [--skip-lighthouse]
 * Nothing here asserts a time: the numbers are for reading, not for failing a build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { manyIndicatorsData } from './lib/bench-indicators.ts';
import { pageWeight } from './lib/site/page-weight.ts';
import { CHROMIUM_ARGS } from './lib/site/browser.ts';
import { ROOT } from './lib/site/paths.ts';
import { settings } from '../src/config.ts';
import { seededRandom } from '../src/lib/seeded-random.ts';
import { startServer } from './lib/site/server.ts';
import { loadTree, pagesOf } from './lib/site/site-files.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    out: { type: 'string' },
    'skip-lighthouse': { type: 'boolean', default: false },
    'lighthouse-runs': { type: 'string', default: '3' },
    'scale-only': { type: 'boolean', default: false },
    'your-data-only': { type: 'boolean', default: false },
  },
});

// ---------------------------------------------------------------- scale run (also a child mode)

const MUNICIPALITIES = 1741;

function syntheticMunicipalCsv(rows: number, seed = 20_250_401): string {
  const rand = seededRandom(seed);
  const lines = ['code,prefecture,name_ja,job_opening_ratio,smes_per_agency'];
  for (let i = 0; i < rows; i++) {
    const pref = 1 + Math.floor((i * 47) / rows);
    const code = `${String(pref).padStart(2, '0')}${String(100 + (i % 900)).padStart(3, '0')}`;
    const ratio = 0.5 + rand() * 3;
    const smes = 200 + ratio * 150 + rand() * 400;
    const name = i % 7 === 0 ? `"市町村${i}、郡部"` : `市町村${i}`;
    lines.push(`${code},${String(pref).padStart(2, '0')},${name},${ratio.toFixed(2)},${smes.toFixed(1)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function scaleRun(runs: number) {
  const { parseCsv } = await import('./lib/read-csv.ts');
  const { validateTable } = await import('./lib/validate-table.ts');
  const { decimal, integer, jisCode, text } = await import('./lib/columns.ts');
  const { associate } = await import('../src/lib/statistics.ts');
  const csvText = syntheticMunicipalCsv(MUNICIPALITIES);
  const before = process.memoryUsage();
  const times: number[] = [];
  let r = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const csv = parseCsv('synthetic-municipalities.csv', csvText);
    const rows = validateTable(csv, {
      code: integer(1000, 47999),
      prefecture: jisCode,
      name_ja: text,
      job_opening_ratio: decimal(0, 10),
      smes_per_agency: decimal(0, 100_000),
    });
    const fit = associate(
      rows.map((row) => row.value.job_opening_ratio),
      rows.map((row) => row.value.smes_per_agency),
    );
    times.push(performance.now() - start);
    if (rows.length !== MUNICIPALITIES) throw new Error(`expected ${MUNICIPALITIES} rows, parsed ${rows.length}`);
    r = fit.pearson;
  }
  const after = process.memoryUsage();
  return {
    rows: MUNICIPALITIES,
    bytes: Buffer.byteLength(csvText),
    times,
    pearson: r,
    heapUsedDeltaMiB: (after.heapUsed - before.heapUsed) / 2 ** 20,
    rssMiB: after.rss / 2 ** 20,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

// ---------------------------------------------------------------- your data in the browser

const YOUR_DATA_ROWS = [50_000, 500_000];

/**
 * Parse-and-analyse time of the "your data" page in Chromium: from the file input's change event
 * to the statistics on the page (reading, decoding, parsing, the header, prefecture matching,
 * statistics, chart and tables), for a seeded synthetic file of each size. A fresh page each run,
 * so the worker's start is included.
 */
async function yourDataRun(siteDir: string, runs: number) {
  const { launchChromium } = await import('./lib/site/browser.ts');
  const server = await startServer(siteDir);
  const browser = await launchChromium();
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-your-data-'));
  const results: { rows: number; bytes: number; times: number[] }[] = [];
  try {
    for (const rows of YOUR_DATA_ROWS) {
      const rand = seededRandom(rows);
      const lines = ['region,x,y'];
      for (let i = 1; i <= rows; i++) {
        const x = rand() * 100;
        lines.push(`r${i},${x.toFixed(3)},${(2 + 0.5 * x + rand() * 20).toFixed(3)}`);
      }
      const file = join(dir, `rows-${rows}.csv`);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const times: number[] = [];
      for (let run = 0; run < (rows > 100_000 ? Math.min(runs, 3) : runs); run++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(server.urlOf('/en/your-data/'));
        await page.evaluate(() => {
          const w = window as unknown as { t0?: number; t1?: number };
          document.querySelector('#your-data-file')!.addEventListener('change', () => (w.t0 = performance.now()), { capture: true });
          new MutationObserver(() => {
            if (document.querySelector('dd[data-stat=n]')) w.t1 ??= performance.now();
          }).observe(document.querySelector('[data-stats]')!, { childList: true });
        });
        await page.setInputFiles('#your-data-file', file);
        await page.waitForFunction(() => (window as unknown as { t1?: number }).t1 !== undefined, undefined, { timeout: 120_000 });
        const n = await page.locator('dd[data-stat=n]').getAttribute('data-value');
        if (Number(n) !== rows) throw new Error(`your data: expected n = ${rows}, the page says ${n}`);
        times.push(
          await page.evaluate(() => (window as unknown as { t0: number; t1: number }).t1 - (window as unknown as { t0: number }).t0),
        );
        await context.close();
      }
      results.push({ rows, bytes: readFileSync(file).length, times });
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

function sayYourData(results: Awaited<ReturnType<typeof yourDataRun>>) {
  say('## Your data: parse and analyse in the browser');
  say();
  say(
    "A seeded synthetic `region,x,y` file chosen on /en/your-data/ in Chromium (headless, this machine), timed in the page from the file input's change event to the statistics shown; a fresh page per run, so the worker's start is included. The page must stay under 5 s for 500,000 rows.",
  );
  say();
  table(
    ['rows', 'file', 'runs', 'median', 'min', 'max'],
    results.map((r) => {
      const s = stats(r.times);
      return [
        r.rows.toLocaleString('en-GB'),
        `${(r.bytes / 2 ** 20).toFixed(1)} MiB`,
        r.times.length,
        seconds(s.median),
        seconds(s.min),
        seconds(s.max),
      ];
    }),
  );
  say();
}

if (values['scale-only']) {
  console.log(JSON.stringify(await scaleRun(Number(values.runs))));
  process.exit(0);
}

// ---------------------------------------------------------------- helpers

const runs = Number(values.runs);
const out: string[] = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s.at(-1)! };
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const table = (head: string[], rows: (string | number)[][]) => {
  say(`| ${head.join(' | ')} |`);
  say(`| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const row of rows) say(`| ${row.join(' | ')} |`);
};
if (values['your-data-only']) {
  // Against the site already built in dist/ (npm run build first).
  sayYourData(await yourDataRun(join(ROOT, 'dist'), Number(values.runs)));
  process.exit(0);
}

/** Runs a build and returns its wall time; a failed build (src/ mid-edit) is retried up to twice, untimed. */
function timed(command: string, args: string[], env: Record<string, string> = {}): number {
  for (let attempt = 1; ; attempt++) {
    const start = performance.now();
    try {
      execFileSync(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
      return performance.now() - start;
    } catch (error) {
      if (attempt >= 3) throw error;
      console.error(
        `(build failed, retrying in 15 s: ${String((error as { stderr?: Buffer }).stderr ?? error)
          .split('\n')
          .slice(0, 3)
          .join(' ')})`,
      );
      execFileSync('sleep', ['15']);
    }
  }
}
const node = process.execPath;
const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

// ---------------------------------------------------------------- machine

const date = execFileSync('date', { encoding: 'utf8' }).trim();
say('# Benchmarks');
say();
say(`Generated by \`npm run bench\` (scripts/bench.ts) on ${date}.`);
say();
say(
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.version}, ${process.platform}/${process.arch}.`,
);
say(
  `Other processes sharing the machine at the time inflate every figure; the load average when the bench started was ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(', ')}.`,
);
say();

// ---------------------------------------------------------------- build times

const dataOut = mkdtempSync(join(tmpdir(), 'atlas-bench-data-'));
const siteOut = mkdtempSync(join(tmpdir(), 'atlas-bench-site-'));
try {
  const dataTimes: number[] = [];
  for (let i = 0; i < runs; i++) dataTimes.push(timed(node, ['scripts/build-data.ts', '--out', dataOut]));
  const siteTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    // The full site build as `npm run build` runs it: data → public/data, then astro build (into a temp folder, leaving dist/ alone).
    siteTimes.push(timed(node, ['scripts/build-data.ts']) + timed(node, [astro, 'build', '--outDir', siteOut], { ATLAS_BASE: '/' }));
  }
  // The same full build with ten indicators of two vintages each (scripts/lib/bench-indicators.ts),
  // its derived data in a temporary folder (ATLAS_DATA_DIR) so that public/data and dist/ stay as they are.
  const manyData = manyIndicatorsData(join(ROOT, 'data'));
  const manyPublic = join(mkdtempSync(join(tmpdir(), 'atlas-bench-many-')), 'public', 'data');
  const manyOut = mkdtempSync(join(tmpdir(), 'atlas-bench-many-site-'));
  const manyTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const env = { ATLAS_DATA_DIR: manyPublic, ATLAS_BASE: '/' };
    manyTimes.push(
      timed(node, ['scripts/build-data.ts', '--data', manyData], env) + timed(node, [astro, 'build', '--outDir', manyOut], env),
    );
  }
  const manyPages = pagesOf(loadTree(manyOut).keys()).length;
  rmSync(manyOut, { recursive: true, force: true });
  say(`## Build times (${runs} runs each)`);
  say();
  const d = stats(dataTimes);
  const s = stats(siteTimes);
  const m = stats(manyTimes);
  table(
    ['build', 'median', 'min', 'max'],
    [
      ['data (`node scripts/build-data.ts`)', seconds(d.median), seconds(d.min), seconds(d.max)],
      ['full site (data + `astro build`)', seconds(s.median), seconds(s.min), seconds(s.max)],
      [`full site, 10 indicators × 2 vintages (${manyPages} pages)`, seconds(m.median), seconds(m.min), seconds(m.max)],
    ],
  );
  say();
  say(`With 10 indicators × 2 vintages the full build takes ${(m.median / s.median).toFixed(2)} × the default (kept under 2 ×).`);
  say();

  // -------------------------------------------------------------- page weights

  const tree = loadTree(siteOut);
  const pages = pagesOf(tree.keys());
  const weights = pages.map((page) => pageWeight(tree, page));
  say(
    `## Pages: ${pages.length} (${pages.filter((p) => p.lang === 'ja').length} Japanese, ${pages.filter((p) => p.lang === 'en').length} English)`,
  );
  say();
  say(
    'Bytes per page: the HTML (with its inline stylesheet), any stylesheets it links and the JS it loads up front (scripts and their static imports), raw and gzip (zlib default level).',
  );
  say();
  table(
    ['page', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total gz'],
    weights.map((w) => [w.page.path, w.html.raw, w.html.gzip, w.css.raw, w.css.gzip, w.js.raw, w.js.gzip, w.total.gzip]),
  );
  const maxTotal = weights.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a), weights[0]);
  const maxJs = weights.reduce((a, b) => (b.js.gzip > a.js.gzip ? b : a), weights[0]);
  if (maxTotal)
    say(
      `\nHeaviest page: ${maxTotal.page.path} at ${kib(maxTotal.total.gzip)} KiB gzip; most JS: ${maxJs.page.path} at ${kib(maxJs.js.gzip)} KiB gzip.`,
    );
  say();

  // -------------------------------------------------------------- search index

  say('## Search index (Pagefind, dist/pagefind/)');
  say();
  say(
    'Loaded only when a reader uses the search box: the loader and, per language, its WebAssembly, its metadata and the index chunks a query touches (fragments are fetched per result shown).',
  );
  say();
  const searchFiles = [...tree.keys()].filter((f) => f.startsWith('pagefind/') || f === 'search-names.json');
  const group = (test: (f: string) => boolean) => {
    const files = searchFiles.filter(test);
    const raw = files.reduce((n, f) => n + tree.get(f)!.length, 0);
    const gz = files.reduce((n, f) => n + gzipSync(tree.get(f)!).length, 0);
    return [files.length, raw, gz];
  };
  table(
    ['part', 'files', 'bytes', 'gzip'],
    [
      ['whole index (both languages, with loader, worker and wasm)', ...group(() => true)],
      ['loader (pagefind.js) + prefecture quick-jump table', ...group((f) => f === 'pagefind/pagefind.js' || f === 'search-names.json')],
      ['Japanese: wasm + meta + index chunks', ...group((f) => /^pagefind\/(wasm\.unknown|pagefind\.ja_|index\/ja_)/.test(f))],
      ['English: wasm + meta + index chunks', ...group((f) => /^pagefind\/(wasm\.en|pagefind\.en_|index\/en_)/.test(f))],
      ['fragments (one per page, fetched per result)', ...group((f) => f.startsWith('pagefind/fragment/'))],
    ],
  );
  say();

  // -------------------------------------------------------------- Lighthouse

  // Lighthouse's own advice for a score that varies from run to run: several runs, the median one.
  const lighthouseRuns = Number(values['lighthouse-runs']);
  say(`## Lighthouse (mobile preset, simulated throttling, served gzipped from 127.0.0.1, median of ${lighthouseRuns} runs)`);
  say();
  if (values['skip-lighthouse']) say('Skipped (--skip-lighthouse).');
  else {
    const wanted = ['/', '/scatter/', '/map/', '/prefectures/aomori/', '/planner/', '/playbook/'];
    const present = wanted.filter((p) => tree.has(p === '/' ? 'index.html' : `${p.slice(1)}index.html`));
    const missing = wanted.filter((p) => !present.includes(p));
    const { default: lighthouse } = await import('lighthouse');
    const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
    const chromeLauncher = await import('chrome-launcher');
    // Compressed, as any static host serves text files: the scores are for what a reader downloads.
    const server = await startServer(siteOut, { compress: true });
    const chrome = await chromeLauncher.launch({ chromePath: settings().chromium, chromeFlags: CHROMIUM_ARGS });
    const rows: (string | number)[][] = [];
    try {
      for (const path of present) {
        const reports = [];
        for (let run = 0; run < lighthouseRuns; run++) {
          const result = await lighthouse(server.urlOf(path), {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
          reports.push(result!.lhr);
        }
        const median = computeMedianRun(reports);
        const c = median.categories;
        const score = (id: string) => (c[id]?.score == null ? 'n/a' : Math.round(c[id].score! * 100));
        const a = median.audits;
        rows.push([
          path,
          score('performance'),
          reports.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100)).join(', '),
          score('accessibility'),
          score('best-practices'),
          score('seo'),
          a['first-contentful-paint']?.displayValue ?? '',
          a['largest-contentful-paint']?.displayValue ?? '',
          a['total-blocking-time']?.displayValue ?? '',
          a['cumulative-layout-shift']?.displayValue ?? '',
        ]);
      }
    } finally {
      await chrome.kill();
      await server.close();
    }
    table(['page', 'performance', 'each run', 'accessibility', 'best-practices', 'seo', 'FCP', 'LCP', 'TBT', 'CLS'], rows);
    if (missing.length) say(`\nNot built yet, skipped: ${missing.join(', ')}.`);
  }
  say();

  sayYourData(await yourDataRun(siteOut, runs));
} finally {
  rmSync(dataOut, { recursive: true, force: true });
  rmSync(siteOut, { recursive: true, force: true });
}

// ---------------------------------------------------------------- scale run

// In a child process of its own, so its peak RSS is that of the parse + validate + associate alone.
const scale = JSON.parse(
  execFileSync(node, [resolve(ROOT, 'scripts/bench.ts'), '--scale-only', '--runs', String(runs)], { cwd: ROOT, encoding: 'utf8' }),
);
const t = stats(scale.times);
say(`## Scale run: ${scale.rows} synthetic municipalities`);
say();
say(
  `A seeded (deterministic) synthetic municipal table of ${scale.rows} rows, ${kib(scale.bytes)} KiB of CSV, through the project's own parseCsv (scripts/lib/read-csv.ts), validateTable with the zod column types (scripts/lib/validate-table.ts, columns.ts) and associate (src/lib/statistics.ts); ${runs} runs in one process, the first one cold.`,
);
say();
table(
  ['measure', 'value'],
  [
    ['parse + validate + associate, median', `${t.median.toFixed(1)} ms`],
    ['min / max', `${t.min.toFixed(1)} / ${t.max.toFixed(1)} ms`],
    ['heap growth over the runs', `${scale.heapUsedDeltaMiB.toFixed(1)} MiB`],
    ['RSS at the end', `${scale.rssMiB.toFixed(1)} MiB`],
    ['peak RSS (resourceUsage maxRSS, whole child process)', `${scale.maxRssMiB.toFixed(1)} MiB`],
    ['Pearson r of the synthetic pairs (sanity)', scale.pearson.toFixed(3)],
  ],
);

if (values.out) {
  // A hand-written "## Notes" section (why a score is short of 100, and the plan) survives re-runs.
  const file = resolve(ROOT, values.out);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const notes = previous.includes('\n## Notes') ? previous.slice(previous.indexOf('\n## Notes')) : '';
  writeFileSync(file, `${out.join('\n')}\n${notes}`);
  console.error(`wrote ${values.out}`);
}
