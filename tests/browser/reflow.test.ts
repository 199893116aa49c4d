/**
 * Readers' own settings, in Chromium, both languages:
 *  - 400 % zoom: a 1280 px screen at 400 % is a 320 css px viewport (WCAG 1.4.10). On every page
 *    type the page itself never scrolls sideways (document scrollWidth ≤ viewport width); a wide
 *    table or chart may scroll inside its own region, which must then be focusable and labelled.
 *  - reduced motion: with prefers-reduced-motion: reduce nothing moves (no running animation or
 *    transition, every duration at most the 0.01 ms the stylesheet allows, no SMIL animation).
 *  - forced colours (Windows high contrast), light and dark: the charts keep the colours their
 *    encodings depend on, on the light ground those colours were chosen for, and the legends keep
 *    the same colours as the marks; focus outlines and the focused mark stay visible.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/site-session.ts';

const site = useSite();

/** One of each page type; two profiles (a public-led and a private-led suggestion, different lengths). */
const PAGE_TYPES = [
  '/',
  '/scatter/',
  '/map/',
  '/rankings/',
  '/prefectures/',
  '/prefectures/aomori/',
  '/prefectures/tokyo/',
  '/compare/',
  '/networks/',
  '/playbook/',
  '/planner/',
  '/your-data/',
  '/data/',
  '/methods/',
  '/404.html',
];
const ZOOMED = { width: 320, height: 256 };

/** What makes the page wider than the viewport, and sideways-scrolling regions a keyboard cannot reach. */
const reflowProblems = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    const describe = (el: Element) =>
      `<${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return (style.overflowX === 'auto' || style.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1;
    };
    if (document.documentElement.scrollWidth > width) {
      problems.push(`page is ${document.documentElement.scrollWidth} px wide in a ${width} px viewport`);
      // The outermost elements that stick out and are not inside a region of their own.
      for (const el of document.querySelectorAll('body *')) {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.right <= width + 1) continue;
        let inRegion = false;
        for (let a = el.parentElement; a && !inRegion; a = a.parentElement) inRegion = getComputedStyle(a).overflowX !== 'visible';
        const parentSticksOut = (el.parentElement?.getBoundingClientRect().right ?? 0) > width + 1;
        if (!inRegion && !parentSticksOut) problems.push(`  sticks out to ${Math.round(box.right)} px: ${describe(el)}`);
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      if (!scrolls(el) || (el as HTMLElement).offsetParent === null) continue;
      if ((el as HTMLElement).tabIndex < 0) problems.push(`scrolls sideways but is not focusable: ${describe(el)}`);
      else if (!el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby'))
        problems.push(`scrolls sideways without a label: ${describe(el)}`);
    }
    return problems;
  });

/** Anything that moves or would move: running animations, durations above 0.01 ms, SMIL elements. */
const motion = (page: Page) =>
  page.evaluate(() => {
    const found: string[] = [];
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? Number.parseFloat(d) / 1000 : Number.parseFloat(d))));
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        const transition = seconds(style.transitionDuration);
        const animation = style.animationName !== 'none' ? seconds(style.animationDuration) : 0;
        if (transition > 0.00001 || animation > 0.00001)
          found.push(
            `<${el.localName}${pseudo ?? ''}.${[...el.classList].join('.')}> transition ${style.transitionDuration}, animation ${style.animationName} ${style.animationDuration}`,
          );
      }
    }
    // The stylesheet's 0.01 ms on every element starts a transition of that length on any change
    // (transition-property defaults to all); only longer ones move.
    for (const a of document.getAnimations()) {
      const duration = Number(a.effect?.getComputedTiming().duration ?? 0);
      if (duration > 0.01)
        found.push(`running ${a.constructor.name} of ${duration} ms on <${(a.effect as KeyframeEffect).target?.localName}>`);
    }
    const smil = document.querySelectorAll('animate, animateMotion, animateTransform, set').length;
    if (smil > 0) found.push(`${smil} SMIL animation elements`);
    return found;
  });

describe.each(['ja', 'en'] as const)('%s at 400 percent zoom (320 px) with reduced motion', (lang) => {
  const prefix = lang === 'ja' ? '' : '/en';
  it.each(PAGE_TYPES)('%s reflows and stays still', async (path) => {
    const page = await site.open(`${prefix}${path}`, { viewport: ZOOMED, reducedMotion: 'reduce' });
    try {
      const problems = await reflowProblems(page);
      expect(problems, problems.join('\n')).toEqual([]);
      // Open what opens (the menu, the search box) and move the focus, then look for motion again.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const moving = await motion(page);
      expect(moving, moving.join('\n')).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

/** A colour as [r, g, b, a], from a computed rgb()/rgba() value. */
const rgba = (colour: string): number[] => {
  const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
};
/** WCAG contrast ratio of a colour over an opaque ground (the colour's alpha blended in). */
function contrast(colour: string, ground: string): number {
  const [r, g, b, a] = rgba(colour);
  const base = rgba(ground);
  const mix = [r, g, b].map((c, i) => (c as number) * (a as number) + (base[i] as number) * (1 - (a as number)));
  const luminance = (rgb: number[]) => {
    const [lr, lg, lb] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (lr as number) + 0.7152 * (lg as number) + 0.0722 * (lb as number);
  };
  const [l1, l2] = [luminance(mix), luminance(base.slice(0, 3))].sort((x, y) => y - x);
  return ((l1 as number) + 0.05) / ((l2 as number) + 0.05);
}

/** The system colour a keyword resolves to in this page (Canvas, Highlight …). */
const systemColour = (page: Page, keyword: string) =>
  page.evaluate((k) => {
    const probe = document.createElement('span');
    probe.style.color = k;
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }, keyword);

/** The chart's SVG ground (its own background, or Canvas when it has none) and its text colours. */
const chartGround = (page: Page, svg: string) =>
  page.locator(svg).evaluate((el) => {
    const style = getComputedStyle(el);
    // Axis ticks and labels lie on the chart's ground; labels drawn on marks (aria-hidden) do not.
    const texts = [...el.querySelectorAll(':scope > g:not([aria-hidden="true"]) > text')].map((t) => getComputedStyle(t).fill);
    return { adjust: style.getPropertyValue('forced-color-adjust'), background: style.backgroundColor, texts: [...new Set(texts)] };
  });

describe.each(['light', 'dark'] as const)('forced colours (%s system theme)', (colorScheme) => {
  const open = (path: string) => site.open(path, { forcedColors: 'active', colorScheme });
  /** Every text in the chart readable on its ground, whatever the system background. */
  async function expectReadableChart(page: Page, svg: string) {
    const canvas = await systemColour(page, 'Canvas');
    const chart = await chartGround(page, svg);
    expect(chart.adjust, `${svg} keeps its colours`).toBe('none');
    const ground = rgba(chart.background)[3] === 0 ? canvas : chart.background;
    expect(chart.texts.length, `${svg} has text`).toBeGreaterThan(0);
    for (const fill of chart.texts) expect(contrast(fill, ground), `${svg}: text ${fill} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  }

  it('scatter: the marks keep their group colours, the legend the same ones, and the focused mark stands out', async () => {
    const page = await open('/scatter/');
    try {
      const svg = '#explorer .chart-view:visible > svg';
      await expectReadableChart(page, svg);
      const markFills = await page
        .locator(`${svg} a path`)
        .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).fill))].sort());
      const legendFills = await page
        .locator('#explorer .legend:not([hidden]) li svg path')
        .evaluateAll((paths) => [...new Set(paths.map((p) => getComputedStyle(p).fill))].sort());
      // Two groups (metropolitan, 地方), two colours, the legend's the same two.
      expect(markFills).toHaveLength(2);
      expect(legendFills).toEqual(markFills);
      await page.locator(`${svg} a[tabindex="0"]`).focus();
      const strokes = await page.locator(`${svg} a`).evaluateAll((links) =>
        links.map((a) => ({
          focused: a === document.activeElement,
          stroke: getComputedStyle(a.querySelector('path') as Element).stroke,
        })),
      );
      const focused = strokes.find((s) => s.focused);
      expect(focused?.stroke).toBe(await systemColour(page, 'Highlight'));
      expect(strokes.filter((s) => !s.focused && s.stroke === focused?.stroke)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('maps: five class colours on the regions and the same five in the legend; nine in the bivariate key', async () => {
    const page = await open('/en/map/');
    try {
      const svg = '#geo-map .map-view:visible svg.map-svg';
      // Each tile keeps its class fill and the label colour chosen for that fill (the labels' own
      // contrast is the palette's business, tested without forced colours).
      const tiles = await page.locator('#tile-map .map-view:visible svg.tile-svg a').evaluateAll((links) =>
        links.map((a) => {
          const rect = a.querySelector('rect') as Element;
          const label = a.querySelector('g[fill]') as Element;
          // #rrggbb as the rgb() a computed style gives.
          const authored = (hex: string | null) => {
            const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt((hex ?? '').slice(i, i + 2), 16));
            return `rgb(${r}, ${g}, ${b})`;
          };
          return {
            code: a.getAttribute('data-code'),
            tile: [getComputedStyle(rect).fill, authored(rect.getAttribute('fill'))],
            text: [getComputedStyle(a.querySelector('text') as Element).fill, authored(label.getAttribute('fill'))],
          };
        }),
      );
      expect(tiles).toHaveLength(47);
      for (const t of tiles) {
        expect(t.tile[0], `tile ${t.code}`).toBe(t.tile[1]);
        expect(t.text[0], `tile ${t.code} label`).toBe(t.text[1]);
      }
      const regionFills = await page
        .locator(`${svg} a use`)
        .evaluateAll((uses) => [...new Set(uses.map((u) => getComputedStyle(u).fill))].sort());
      const swatches = await page
        .locator('#geo-map [data-map-legend]:not([hidden]) .map-swatch:not(.map-swatch--missing)')
        .evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).backgroundColor))].sort());
      expect(regionFills).toHaveLength(5);
      expect(swatches).toEqual(regionFills);
      const missing = await page
        .locator('#geo-map [data-map-legend]:not([hidden]) .map-swatch--missing')
        .evaluate((s) => getComputedStyle(s).backgroundImage);
      expect(missing).toContain('repeating-linear-gradient');
      // The bivariate key joins the page when its view is chosen.
      await page.check('input[name=indicator][value=bivariate]');
      const bivariate = await page
        .locator('#geo-map .bivariate-key__grid:visible span')
        .evaluateAll((spans) => [...new Set(spans.map((s) => getComputedStyle(s).backgroundColor))].length);
      expect(bivariate).toBe(9);
    } finally {
      await page.context().close();
    }
  });

  it('network guide: the STEP grid keeps its two sector colours and its text on a light ground', async () => {
    const page = await open('/networks/');
    try {
      await expectReadableChart(page, '#step-matrix svg');
      const fills = await page
        .locator('#step-matrix svg rect')
        .evaluateAll((rects) => new Set(rects.map((r) => getComputedStyle(r).fill)).size);
      // The empty grid, white “some” cells and the public and private fills at least.
      expect(fills).toBeGreaterThanOrEqual(4);
    } finally {
      await page.context().close();
    }
  });

  it('the focus outline of a scrolling table is at least 2 px and stands out from the system background', async () => {
    const page = await site.open('/networks/', { width: 390, forcedColors: 'active', colorScheme });
    try {
      const canvas = await systemColour(page, 'Canvas');
      // Focus moved by script matches :focus-visible when the reader has not used a pointer.
      await page.locator('.table-wrap').first().focus();
      const outline = await page.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth), colour: style.outlineColor };
      });
      expect(outline.style).toBe('solid');
      expect(outline.width).toBeGreaterThanOrEqual(2);
      expect(contrast(outline.colour, canvas)).toBeGreaterThanOrEqual(3);
    } finally {
      await page.context().close();
    }
  });
});
