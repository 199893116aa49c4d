/**
 * Renderers of the "your data" page: each takes what the worker found and the words to use, and
 * fills one part of the page. They hold no state and make no requests; src/islands/your-data.ts
 * wires them to the form and the worker.
 */
import { CHART_TYPE } from '../design/tokens.ts';
import { miniScatterSvg, type PointGroup } from '../charts/mini-scatter.ts';
import type { ReaderMaps } from '../charts/your-data-maps.ts';
import type { Lang } from '../config.ts';
import { formatNumber, formatSigned, formatStatistic } from '../lib/format.ts';
import type { Analysis, RankedPoint } from '../lib/your-data-analysis.ts';
import { SHOWN_RANKED, SHOWN_ROWS } from '../lib/your-data-limits.ts';
import { problemText, rowText, type Fill } from '../lib/your-data-messages.ts';
import type { RejectedRow } from '../lib/your-data-table.ts';
import type { PageAnalysis } from '../lib/your-data-view.ts';
import type { SetAside } from './your-data-protocol.ts';

export { SHOWN_RANKED, SHOWN_ROWS };

export interface Words {
  lang: Lang;
  fill: Fill;
}

// Values allowed up to ±1e300 (src/lib/statistics.ts) are written 1.2E200, not as 201 digits.
const outsized = (v: number) => v !== 0 && (Math.abs(v) >= 1e15 || Math.abs(v) < 1e-9);
const sig = (lang: Lang, v: number) =>
  new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    maximumSignificantDigits: 6,
    notation: outsized(v) ? 'scientific' : 'standard',
  }).format(v);

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), { textContent: text });
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Options of a column select, added one by one (never spread: a file may have many columns). */
export function renderOptions(select: HTMLSelectElement, names: readonly string[], selected: number): void {
  const fragment = document.createDocumentFragment();
  names.forEach((name, i) => fragment.append(new Option(name, String(i), false, i === selected)));
  select.replaceChildren(fragment);
}

/** The statistics list: n, r, ρ, p, CI, the fitted line and R², each with its raw value for tests. */
export function renderStats(list: HTMLElement, { lang, fill }: Words, a: Analysis['association'], xName: string, yName: string): void {
  const stats: [string, string, string, number[]][] = [
    ['n', fill('n'), formatNumber(lang, a.n, 0), [a.n]],
    ['pearson', fill('pearson'), formatStatistic(lang, 'r', a.pearson), [a.pearson]],
    ['spearman', fill('spearman'), formatStatistic(lang, 'rho', a.spearman), [a.spearman]],
    ['p', fill('pValue'), formatStatistic(lang, 'p', a.pValue), [a.pValue]],
    ['ci', fill('ci'), `[${formatStatistic(lang, 'ci', a.pearsonCi[0])}, ${formatStatistic(lang, 'ci', a.pearsonCi[1])}]`, a.pearsonCi],
    [
      'fit',
      fill('fit'),
      `${yName} = ${sig(lang, a.intercept)} ${a.slope < 0 ? '−' : '+'} ${sig(lang, Math.abs(a.slope))} × ${xName}`,
      [a.intercept, a.slope],
    ],
    ['r2', fill('rSquared'), formatStatistic(lang, 'rSquared', a.rSquared), [a.rSquared]],
  ];
  list.replaceChildren(
    ...stats.map(([key, term, value, raw]) => {
      const div = document.createElement('div');
      const dd = element('dd', value, { 'data-stat': key, 'data-value': raw.join(' ') });
      div.append(element('dt', term), dd);
      return div;
    }),
  );
}

/**
 * The scatter, sized to its container, with metro / 地方 shapes when the rows are prefectures;
 * above MAX_DOTS points, the binned density, which `note` says under the chart.
 */
export function renderScatter(
  chart: HTMLElement,
  figure: HTMLElement,
  note: HTMLElement,
  { lang, fill }: Words,
  outcome: PageAnalysis,
  names: { x: string; y: string; file: string },
  group?: (point: RankedPoint) => PointGroup | undefined,
): void {
  const title = fill('chartTitle', { x: names.x, y: names.y });
  figure.dataset.title = title;
  figure.dataset.source = fill('chartSource', { file: names.file });
  figure.dataset.date = new Date().toISOString().slice(0, 10);
  const width = Math.max(300, Math.min(760, Math.round(chart.clientWidth || figure.clientWidth || 760)));
  const density = outcome.cloud ? fill('densityNote', { n: formatNumber(lang, outcome.association.n, 0) }) : '';
  note.textContent = density;
  note.hidden = density === '';
  const svg = miniScatterSvg(outcome.cloud ?? outcome.ranked, {
    width,
    height: width < 500 ? 360 : 460,
    fontSize: width < 500 ? CHART_TYPE.sm : CHART_TYPE.md,
    xLabel: names.x,
    yLabel: names.y,
    title,
    description: [
      fill('chartDescription', {
        n: outcome.association.n,
        x: names.x,
        y: names.y,
        r: formatStatistic(lang, 'r', outcome.association.pearson),
      }),
      density,
    ]
      .filter(Boolean)
      .join(' '),
    densityNames: { few: fill('densityFew'), many: fill('densityMany') },
    pointLabel: (p) => fill('pointLabel', { label: p.label, x: sig(lang, p.x), y: sig(lang, p.y) }),
    band: outcome.band,
    ...(group ? { group: (p) => group(p as RankedPoint), groupNames: { metro: fill('metro'), regional: fill('regional') } } : {}),
  });
  chart.replaceChildren(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);
}

/** The ranked residuals, largest first, the first SHOWN_RANKED of the `total`. */
export function renderRanked(
  body: HTMLElement,
  note: HTMLElement,
  { lang, fill }: Words,
  ranked: readonly RankedPoint[],
  total: number,
): void {
  body.replaceChildren(
    ...ranked.slice(0, SHOWN_RANKED).map((p, i) => {
      const tr = document.createElement('tr');
      const cells = [
        String(i + 1),
        String(p.line),
        p.label,
        sig(lang, p.x),
        sig(lang, p.y),
        sig(lang, p.fitted),
        Math.abs(p.residual) >= 1e15 ? sig(lang, p.residual) : formatSigned(lang, p.residual, 4),
      ];
      cells.forEach((value, j) => tr.append(j === 2 ? element('th', value, { scope: 'row' }) : element('td', value, { class: 'num' })));
      return tr;
    }),
  );
  note.textContent = total > SHOWN_RANKED ? fill('showing', { shown: SHOWN_RANKED, total: formatNumber(lang, total, 0) }) : '';
}

/** A list of rows with their line and reasons (rejected rows, rows with missing values), of `total` in all. */
export function renderRowList(
  list: HTMLElement,
  note: HTMLElement,
  { lang, fill }: Words,
  rows: readonly RejectedRow[],
  total: number,
  column: (i: number) => string,
  words: { none: string; count: (count: string) => string },
): void {
  const count = formatNumber(lang, total, 0);
  const more = total > SHOWN_ROWS ? ` ${fill('rejectedShowing', { shown: SHOWN_ROWS })}` : '';
  note.textContent = total === 0 ? words.none : `${words.count(count)}${more}`;
  const fragment = document.createDocumentFragment();
  for (const row of rows.slice(0, SHOWN_ROWS)) {
    const li = element(
      'li',
      rowText(
        fill,
        lang,
        row.line,
        row.problems.map((p) => problemText(fill, p, column)),
      ),
    );
    li.dataset.line = String(row.line);
    fragment.append(li);
  }
  list.replaceChildren(fragment);
}

/** Aggregate rows (全国 …) left out, each with its line, of `total` in all. */
export function renderExcluded(
  list: HTMLElement,
  note: HTMLElement,
  { lang, fill }: Words,
  rows: readonly { line: number; label: string }[],
  total: number,
): void {
  note.textContent = total === 0 ? fill('excludedNone') : fill('excludedCount', { count: formatNumber(lang, total, 0) });
  const fragment = document.createDocumentFragment();
  for (const row of rows.slice(0, SHOWN_ROWS)) {
    const li = element('li', fill('excludedLine', { line: row.line, label: row.label }));
    li.dataset.line = String(row.line);
    fragment.append(li);
  }
  list.replaceChildren(fragment);
}

/** Title lines before the header and notes after the table, as the file has them. */
export function renderSetAside(
  details: HTMLDetailsElement,
  note: HTMLElement,
  list: HTMLElement,
  { fill }: Words,
  preamble: readonly SetAside[],
  footnotes: readonly SetAside[],
): void {
  details.hidden = preamble.length + footnotes.length === 0;
  note.textContent = [
    preamble.length > 0 ? fill('preambleNote', { count: preamble.length }) : '',
    footnotes.length > 0 ? fill('footnoteNote', { count: footnotes.length }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const fragment = document.createDocumentFragment();
  for (const row of [...preamble, ...footnotes]) {
    const li = element('li', fill('setAsideLine', { line: row.line, text: row.text }));
    li.dataset.line = String(row.line);
    fragment.append(li);
  }
  list.replaceChildren(fragment);
}

/** A chart's text summary (its heading is in the page): replaced whole, or hidden and emptied. */
export function renderSummary(paragraph: HTMLElement, text: string): void {
  paragraph.querySelector('[data-summary-text]')!.textContent = text;
  paragraph.hidden = text === '';
}

const parseSvg = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;

/** The reader's indicator on the tile map (wide and narrow) and the choropleth, with the legend. */
export function renderMaps(section: HTMLElement, { lang, fill }: Words, maps: ReaderMaps): void {
  section.querySelector('[data-tiles-wide]')!.replaceChildren(parseSvg(maps.tiles.wide));
  section.querySelector('[data-tiles-narrow]')!.replaceChildren(parseSvg(maps.tiles.narrow));
  section.querySelector('[data-geo]')!.replaceChildren(parseSvg(maps.geo));
  const legend = section.querySelector('[data-map-legend]')!;
  const items = maps.legend.map((c) => {
    const li = document.createElement('li');
    const swatch = element('span', '', { class: 'map-legend__swatch', 'aria-hidden': 'true' });
    swatch.style.background = c.fill;
    li.append(swatch, `${c.label} (${formatNumber(lang, c.count, 0)})`);
    return li;
  });
  if (maps.missing > 0) items.push(element('li', `${fill('legendMissing')} (${formatNumber(lang, maps.missing, 0)})`));
  legend.replaceChildren(...items);
  section.hidden = false;
}
