/** Home as a start and profiles that summarise: the picker without JavaScript, the summary sentence, and the links on with the prefecture chosen. */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

const AKITA_JA =
  '秋田県は、管理的職業の有効求人倍率が3.17倍（1を超えるほど人材が不足している）で47都道府県中9位（高い順）、全国との差は+1.74倍、1有料職業紹介事業者あたりの中小企業数が429.8社（多いほど民間の人材紹介が手薄）で47都道府県中3位（高い順）、全国との差は+306.4社です。';
const AKITA_EN =
  'Akita: Managerial job-opening ratio 3.17 openings per applicant (above 1 means more openings than applicants), 9th of 47 (highest first), 1.74 openings per applicant above the national figure; SMEs per fee-charging placement agency 429.8 SMEs per agency (higher means a thinner private placement market), 3rd of 47 (highest first), 306.4 SMEs per agency above the national figure.';

describe('the home page as a start', () => {
  for (const [root, name, block, summary] of [
    ['/', '秋田県', '東北', AKITA_JA],
    ['/en/', 'Akita', 'Tohoku', AKITA_EN],
  ] as const) {
    it(`${root}: without JavaScript at 390 px the picker's 47 links, in 8 blocks, reach the profiles and their summary`, async () => {
      const page = await site.open(root, { width: 390, javaScriptEnabled: false });
      const picker = page.locator('[data-prefecture-picker]');
      expect(await picker.locator('dt').count()).toBe(8);
      expect(await picker.locator('a').count()).toBe(47);
      expect(await page.locator('[data-home-tasks] .task-card').count()).toBe(3);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The block of a name is the <dt> of its row.
      const row = picker.locator('div', { has: page.locator('dt', { hasText: block }) });
      await row.getByRole('link', { name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === `${root}prefectures/akita/`);
      expect(await page.locator('[data-profile-summary-text]').innerText()).toBe(summary);
      await page.context().close();
    });
  }

  it('the task cards lead to the picker, the network guide, the playbook and the planner', async () => {
    const page = await site.open('/', { javaScriptEnabled: false });
    const hrefs = await page.locator('[data-home-tasks] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['#home-picker-heading', '/networks/', '/playbook/', '/planner/']);
    await page.context().close();
  });

  it('is axe-clean at 390 px with JavaScript', async () => {
    const page = await site.open('/en/', { width: 390 });
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .setLegacyMode(true)
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await page.context().close();
  });
});

describe('from a profile on, with the prefecture chosen', () => {
  it('the planner opens for Akita, with no area size assumed', async () => {
    const page = await site.open('/prefectures/akita/');
    await page.locator('[data-next="planner"]').click();
    await page.waitForURL((url) => url.pathname === '/planner/');
    await page.waitForSelector('form[data-planner] [data-js-gate]:not([inert])');
    await expect.poll(() => page.locator('select[name=pref]').inputValue()).toBe('akita');
    expect(await page.locator('input[name=smes]').inputValue()).toBe('');
    expect(await page.locator('[data-prefecture-heading]').innerText()).toContain('秋田県');
    await page.context().close();
  });

  it('the playbook says whose checklist it is, and keeps saying it as it is ticked', async () => {
    const page = await site.open('/en/prefectures/miyazaki/');
    await page.locator('[data-next="playbook"]').click();
    await page.waitForURL((url) => url.pathname === '/en/playbook/');
    const line = page.locator('[data-playbook-pref]');
    await expect.poll(() => line.isVisible()).toBe(true);
    expect(await line.innerText()).toBe('This checklist was opened for Miyazaki. Back to the profile of Miyazaki');
    expect(await line.locator('a').getAttribute('href')).toBe('/en/prefectures/miyazaki/');
    await page.locator('form[data-playbook] input[type=checkbox]').first().check();
    await expect.poll(() => new URL(page.url()).search).toBe('?pref=miyazaki&t=1');
    await page.context().close();
  });

  it('the playbook ignores a prefecture it does not know', async () => {
    const page = await site.open('/playbook/?pref=atlantis');
    await page.waitForSelector('form[data-playbook][data-enhanced]');
    expect(await page.locator('[data-playbook-pref]').isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });

  it('the network guide opens at the type the profile reads', async () => {
    const page = await site.open('/prefectures/akita/', { javaScriptEnabled: false });
    const guide = page.locator('[data-next="guide"]');
    const href = (await guide.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/networks\/#type-\d$/);
    await guide.click();
    await page.waitForURL((url) => url.pathname === '/networks/');
    expect(await page.locator(`[id="${href.split('#')[1]}"]`).count()).toBe(1);
    await page.context().close();
  });
});
