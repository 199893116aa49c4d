/**
 * "SVG" and "PNG" buttons for every chart figure that names itself (data-title, data-source): the
 * chart as it is shown (the visible view) with its title above and, below it, the legend that is
 * shown with it, the 資料 line (each source with its own date), the optional date and the page's
 * address, so that a saved image can be read and traced on its own. PNG is drawn in the browser from
 * the same SVG (canvas ← blob: image), at twice the size for print. No request is made.
 *
 * Legends are read from the page, not redrawn: an element marked data-export-legend (not hidden)
 * contributes its [data-legend-title], its [data-legend-entry] items (the item's own small SVG
 * symbol, or a data-swatch colour, and its text) and its [data-legend-note].
 */
import { xmlSafe } from '../lib/xml-text.ts';
import { CHART_TYPE, COLOURS, typePx } from '../design/tokens.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_SIZE = typePx('md');
const LEGEND_SIZE = CHART_TYPE.md;
const NOTE_SIZE = CHART_TYPE.sm;
const PAD = 12;
const KEY = 14;

function visibleSvg(figure: HTMLElement): SVGSVGElement | null {
  const views = [...figure.querySelectorAll<HTMLElement>('.chart-view')];
  const shown = views.find((v) => !v.hidden && v.offsetParent !== null) ?? views.find((v) => !v.hidden);
  return (shown ?? figure).querySelector<SVGSVGElement>('svg');
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Estimated width of a text in px: CJK characters 1 em, others 0.55 em. */
function textWidth(text: string, fontSize: number): number {
  return [...text].reduce((sum, ch) => sum + (CJK.test(ch) ? 1 : 0.55) * fontSize, 0);
}

/** Lines of at most `width` px, estimating CJK characters as 1 em and others as 0.55 em. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // Latin words stay whole; CJK text may break between any two characters, except that an opening
  // bracket stays with what follows it and a closing one or a comma with what precedes it (kinsoku).
  for (const token of text.match(
    /[「（『【〔［｛〈《]*[\u3000-\u9fff\uff00-\uffef][」）』】〕］｝〉》、。，．・：]*|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g,
  ) ?? []) {
    const w = textWidth(token, fontSize);
    if (lineWidth + w > width && line.trim() !== '') {
      lines.push(line.trim());
      line = '';
      lineWidth = 0;
      if (/^\s+$/.test(token)) continue;
    }
    line += token;
    lineWidth += w;
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute('width')) || box?.width || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || box?.height || svg.getBoundingClientRect().height;
  return { width, height };
}

/** One legend entry as the image draws it: a small symbol (an SVG from the page) or a colour swatch, and its text. */
export interface LegendEntry {
  text: string;
  symbol?: SVGSVGElement;
  /** A CSS colour, or 'missing' for the hatched no-data swatch. */
  swatch?: string;
}

export interface LegendBlock {
  title: string;
  entries: LegendEntry[];
  note: string;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The legends shown with the visible view, read from the page. */
export function legendsOf(figure: HTMLElement): LegendBlock[] {
  const shown = (el: Element) => !el.closest('[hidden]');
  return [...figure.querySelectorAll<HTMLElement>('[data-export-legend]')].filter(shown).map((legend) => ({
    title: clean(legend.querySelector('[data-legend-title]')?.textContent),
    entries: [...legend.querySelectorAll<HTMLElement>('[data-legend-entry]')].map((entry) => {
      const symbol = entry.querySelector<SVGSVGElement>('svg') ?? undefined;
      const swatch = entry.dataset.swatch;
      return { text: clean(entry.dataset.legendText ?? entry.textContent), ...(symbol ? { symbol } : {}), ...(swatch ? { swatch } : {}) };
    }),
    note: clean(legend.querySelector('[data-legend-note]')?.textContent),
  }));
}

export interface ChartMeta {
  title: string;
  /** What is plotted, under a takeaway title. */
  subtitle?: string;
  source: string;
  date?: string;
  url?: string;
  legends?: LegendBlock[];
}

/** A standalone SVG document: title, the chart, its legend, then the 資料 line, the date and the address, on white. */
export function composeSvg(svg: SVGSVGElement, meta: ChartMeta): { text: string; width: number; height: number } {
  const { width, height } = sizeOf(svg);
  const inner = width - 2 * PAD;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const add = (name: string, attrs: Record<string, string | number>, text?: string, parent: Element = root) => {
    const el = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    parent.append(el);
    return el;
  };
  add('rect', { width: '100%', height: '100%', fill: COLOURS.paper });

  let y = PAD;
  const title = add('g', { 'data-part': 'title' });
  for (const line of wrapText(meta.title, inner, TITLE_SIZE)) {
    add('text', { x: PAD, y: y + 0.8 * TITLE_SIZE * 1.3, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: COLOURS.ink }, line, title);
    y += TITLE_SIZE * 1.3;
  }
  for (const line of meta.subtitle ? wrapText(meta.subtitle, inner, LEGEND_SIZE) : []) {
    add('text', { x: PAD, y: y + LEGEND_SIZE, 'font-size': LEGEND_SIZE, fill: COLOURS.ink }, line, title);
    y += LEGEND_SIZE * 1.4;
  }
  y += PAD / 2;

  const chart = doc.importNode(svg, true) as SVGSVGElement;
  // Shapes the chart reuses from elsewhere in the page (the maps' shared outlines, <use href="#…">)
  // come along, so that the file draws on its own.
  const defs = doc.createElementNS(SVG_NS, 'defs');
  for (const ref of new Set([...chart.querySelectorAll('use')].map((u) => u.getAttribute('href') ?? ''))) {
    const shape = ref.startsWith('#') && !chart.querySelector(ref) ? svg.ownerDocument.getElementById(ref.slice(1)) : null;
    if (shape) defs.append(doc.importNode(shape, true));
  }
  if (defs.childNodes.length) chart.prepend(defs);
  for (const [k, v] of Object.entries({ x: 0, y, width, height })) chart.setAttribute(k, String(v));
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(chart);
  y += height + PAD / 2;

  const lineHeight = LEGEND_SIZE * 1.5;
  for (const block of meta.legends ?? []) {
    const group = add('g', { 'data-part': 'legend' });
    for (const line of block.title ? wrapText(block.title, inner, LEGEND_SIZE) : []) {
      add('text', { x: PAD, y: y + LEGEND_SIZE, 'font-size': LEGEND_SIZE, 'font-weight': 'bold', fill: COLOURS.ink }, line, group);
      y += lineHeight;
    }
    // Entries flow left to right and wrap; one too long for the rest of a row starts the next.
    let x = PAD;
    let rowHeight = 0;
    for (const entry of block.entries) {
      const lines = wrapText(entry.text, inner - KEY - 6, LEGEND_SIZE);
      const w = KEY + 6 + Math.max(...lines.map((l) => textWidth(l, LEGEND_SIZE))) + 16;
      if (x > PAD && x + w > width - PAD) {
        y += rowHeight;
        x = PAD;
        rowHeight = 0;
      }
      const top = y + (lineHeight - KEY) / 2;
      if (entry.symbol) {
        const symbol = doc.importNode(entry.symbol, true) as SVGSVGElement;
        for (const [k, v] of Object.entries({ x, y: top, width: KEY, height: KEY })) symbol.setAttribute(k, String(v));
        symbol.removeAttribute('class');
        group.append(symbol);
      } else if (entry.swatch) {
        const missing = entry.swatch === 'missing';
        add(
          'rect',
          { x, y: top, width: KEY, height: KEY, fill: missing ? COLOURS.paper : entry.swatch, stroke: COLOURS.ink },
          undefined,
          group,
        );
        if (missing) add('path', { d: `M${x},${top + KEY}L${x + KEY},${top}`, stroke: COLOURS.muted, 'stroke-width': 2 }, undefined, group);
      }
      lines.forEach((line, i) =>
        add('text', { x: x + KEY + 6, y: y + i * lineHeight + LEGEND_SIZE, 'font-size': LEGEND_SIZE, fill: COLOURS.ink }, line, group),
      );
      x += w;
      rowHeight = Math.max(rowHeight, lines.length * lineHeight);
    }
    y += rowHeight;
    for (const line of block.note ? wrapText(block.note, inner, NOTE_SIZE) : []) {
      add('text', { x: PAD, y: y + NOTE_SIZE, 'font-size': NOTE_SIZE, fill: COLOURS.muted }, line, group);
      y += NOTE_SIZE * 1.4;
    }
    y += PAD / 2;
  }

  const footer = add('g', { 'data-part': 'footer' });
  for (const [part, text] of [
    ['source', meta.source],
    ['date', meta.date ?? ''],
    ['url', meta.url ?? ''],
  ] as const) {
    const group = add('g', { 'data-part': part }, undefined, footer);
    for (const line of text ? wrapText(text, inner, NOTE_SIZE) : []) {
      add('text', { x: PAD, y: y + NOTE_SIZE, 'font-size': NOTE_SIZE, fill: COLOURS.muted }, line, group);
      y += NOTE_SIZE * 1.4;
    }
  }
  const total = Math.ceil(y + PAD);
  for (const [k, v] of Object.entries({ width, height: total, viewBox: `0 0 ${width} ${total}`, 'font-family': 'system-ui, sans-serif' }))
    root.setAttribute(k, String(v));
  // XMLSerializer writes a forbidden character (U+0007 in a title) as it is, which no XML reader
  // accepts and no image decoder draws; dropping it keeps both downloads whole.
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(new XMLSerializer().serializeToString(doc))}`,
    width,
    height: total,
  };
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function rasterise(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function fileStem(figure: HTMLElement): string {
  return figure.dataset.file || figure.id || 'chart';
}

export async function downloadChart(figure: HTMLElement, format: 'svg' | 'png'): Promise<void> {
  const svg = visibleSvg(figure);
  if (!svg) return;
  const { source = '', date = '', subtitle = '' } = figure.dataset;
  // A figure whose views are titled one by one (the maps) leaves data-title empty.
  const title = figure.dataset.title || clean(svg.querySelector(':scope > title')?.textContent);
  const url = `${figure.dataset.url || location.pathname}${location.search}${figure.id ? `#${figure.id}` : ''}`;
  const composed = composeSvg(svg, { title, subtitle, source, date, url, legends: legendsOf(figure) });
  if (format === 'svg') save(new Blob([composed.text], { type: 'image/svg+xml' }), `${fileStem(figure)}.svg`);
  else save(await rasterise(composed.text, composed.width, composed.height), `${fileStem(figure)}.png`);
}

export function enhanceChartDownloads(root: ParentNode = document): void {
  for (const figure of root.querySelectorAll<HTMLElement>('figure.chart[data-title]')) {
    if (figure.querySelector(':scope > .chart-download')) continue;
    const group = document.createElement('div');
    group.className = 'chart-download';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', figure.dataset.download ?? 'Download');
    for (const format of ['svg', 'png'] as const) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = format.toUpperCase();
      button.dataset.format = format;
      const label = format === 'svg' ? figure.dataset.downloadSvg : figure.dataset.downloadPng;
      if (label) button.setAttribute('aria-label', label);
      button.addEventListener('click', () => void downloadChart(figure, format));
      group.append(button);
    }
    const caption = figure.querySelector(':scope > figcaption');
    figure.insertBefore(group, caption);
  }
}

// Imported outside a page (the unit tests of wrapText) there is nothing to enhance.
if (typeof document !== 'undefined') enhanceChartDownloads();
