/** Where the rest of the site sends readers into the playbook, checked in dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

const prefectures = JSON.parse(readFileSync(join(DIST, 'data', 'prefectures.json'), 'utf8')) as { slug: string }[];
const ROOTS = ['', 'en/'] as const;
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const playbookLinks = (page: string) =>
  [...parseHTML(page).document.querySelectorAll('a[href*="/playbook/"]')].map((a) => a.getAttribute('href'));

describe('links into the playbook', () => {
  it('every profile links to 現状把握 for its own prefecture from its network section, in both languages', () => {
    for (const root of ROOTS) {
      for (const { slug } of prefectures) {
        const page = html(`${root}prefectures/${slug}`);
        const where = `${root}prefectures/${slug}`;
        expect(playbookLinks(page), where).toContain(`/${root}playbook/?pref=${slug}#phase-assess`);
        const panel = page.indexOf('<section class="suggestion"');
        const link = page.indexOf('class="playbook-link"');
        expect(panel, where).toBeGreaterThan(-1);
        expect(link, where).toBeGreaterThan(panel);
      }
    }
  });

  it('the planner links to 設計/仕組化 and the network guide to the phases, near the top', () => {
    for (const root of ROOTS) {
      for (const [page, anchor] of [
        ['planner', '#phase-design'],
        ['networks', '#phases'],
      ] as const) {
        const doc = parseHTML(html(`${root}${page}`)).document;
        const first = doc.querySelector('main h2');
        const link = doc.querySelector('main .playbook-link a');
        expect(link?.getAttribute('href'), `${root}${page}`).toBe(`/${root}playbook/${anchor}`);
        // Before the first section heading: a reader sees it without scrolling through the page.
        expect(first && link && [...doc.querySelectorAll('main .playbook-link a, main h2')].indexOf(link) === 0, `${root}${page}`).toBe(
          true,
        );
      }
    }
  });

  it('the anchors exist on the playbook in both languages', () => {
    for (const root of ROOTS) {
      const doc = parseHTML(html(`${root}playbook`)).document;
      for (const id of [
        'phase-assess',
        'phase-plan',
        'phase-design',
        'phase-launch',
        'phases',
        'capacity',
        'practice',
        'training',
        'issues',
        'guidebook-map',
        'related',
      ]) {
        expect(doc.getElementById(id), `${root}playbook#${id}`).not.toBeNull();
      }
    }
  });
});
