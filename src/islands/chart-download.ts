/**
 * "SVG" and "PNG" buttons for every chart figure that names itself (data-title, data-source,
 * data-date): the chart as it is shown (the visible view), with its title above and its source
 * line and date below, so that a saved image still says where it came from. PNG is drawn in the
 * browser from the same SVG (canvas ← blob: image), at twice the size for print. No request is made.
 */
import { xmlSafe } from '../lib/xml-text.ts';
import { CHART_TYPE, COLOURS, typePx } from '../design/tokens.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_SIZE = typePx('md');
const NOTE_SIZE = CHART_TYPE.sm;
const PAD = 12;

function visibleSvg(figure: HTMLElement): SVGSVGElement | null {
  const views = [...figure.querySelectorAll<HTMLElement>('.chart-view')];
  const shown = views.find((v) => !v.hidden && v.offsetParent !== null) ?? views.find((v) => !v.hidden);
  return (shown ?? figure).querySelector<SVGSVGElement>('svg');
}

/** Lines of at most `width` px, estimating CJK characters as 1 em and others as 0.55 em. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  // Latin words stay whole; CJK text may break between any two characters.
  for (const token of text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? []) {
    const w = [...token].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55) * fontSize, 0);
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

/** A standalone SVG document: title, the chart, then the source and date lines, on white. */
export function composeSvg(
  svg: SVGSVGElement,
  meta: { title: string; source: string; date: string },
): { text: string; width: number; height: number } {
  const { width, height } = sizeOf(svg);
  const titleLines = wrapText(meta.title, width - 2 * PAD, TITLE_SIZE);
  const noteLines = [...wrapText(meta.source, width - 2 * PAD, NOTE_SIZE), ...wrapText(meta.date, width - 2 * PAD, NOTE_SIZE)];
  const top = PAD + titleLines.length * TITLE_SIZE * 1.3 + PAD / 2;
  const total = top + height + PAD / 2 + noteLines.length * NOTE_SIZE * 1.4 + PAD;

  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  for (const [k, v] of Object.entries({
    width,
    height: Math.ceil(total),
    viewBox: `0 0 ${width} ${Math.ceil(total)}`,
    'font-family': 'system-ui, sans-serif',
  }))
    root.setAttribute(k, String(v));
  const add = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const el = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text !== undefined) el.textContent = text;
    root.append(el);
    return el;
  };
  add('rect', { width: '100%', height: '100%', fill: COLOURS.paper });
  titleLines.forEach((line, i) =>
    add('text', { x: PAD, y: PAD + (i + 0.8) * TITLE_SIZE * 1.3, 'font-size': TITLE_SIZE, 'font-weight': 'bold', fill: COLOURS.ink }, line),
  );
  const chart = doc.importNode(svg, true) as SVGSVGElement;
  for (const [k, v] of Object.entries({ x: 0, y: top, width, height })) chart.setAttribute(k, String(v));
  if (!chart.getAttribute('viewBox')) chart.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.append(chart);
  noteLines.forEach((line, i) =>
    add('text', { x: PAD, y: top + height + PAD / 2 + (i + 0.9) * NOTE_SIZE * 1.4, 'font-size': NOTE_SIZE, fill: COLOURS.muted }, line),
  );
  // XMLSerializer writes a forbidden character (U+0007 in a title) as it is, which no XML reader
  // accepts and no image decoder draws; dropping it keeps both downloads whole.
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(new XMLSerializer().serializeToString(doc))}`,
    width,
    height: Math.ceil(total),
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
  const { title = '', source = '', date = '' } = figure.dataset;
  const composed = composeSvg(svg, { title, source, date });
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

enhanceChartDownloads();
