/**
 * npm run screenshots: the built site as a reader sees it, at phone and desktop widths in both
 * languages, saved to docs/screenshots/ as JPEG (first screen only, so the files stay small).
 * Run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './lib/site/browser.ts';
import { DIST, ROOT } from './lib/site/paths.ts';
import { startServer } from './lib/site/server.ts';

const PAGES: Record<string, string> = {
  home: '',
  scatter: 'scatter/?colour=block&p=aomori',
  rankings: 'rankings/',
  'profile-aomori': 'prefectures/aomori/',
  'profile-tokyo': 'prefectures/tokyo/',
  compare: 'compare/?p=aomori,tokyo,osaka',
  networks: 'networks/',
  planner: 'planner/',
  playbook: 'playbook/?t=7.1&n-assess=',
  map: 'map/',
  data: 'data/',
  'your-data': 'your-data/',
  methods: 'methods/',
};
const WIDTHS = [390, 1280];
const OUT = join(ROOT, 'docs', 'screenshots');

mkdirSync(OUT, { recursive: true });
const server = await startServer(DIST);
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(PAGES)) {
      for (const [lang, root] of [
        ['ja', '/'],
        ['en', '/en/'],
      ] as const) {
        await page.goto(server.urlOf(`${root}${path}`));
        const file = join(OUT, `${name}-${lang}-${width}.jpg`);
        await page.screenshot({ path: file, type: 'jpeg', quality: 80 });
        console.log(file);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
