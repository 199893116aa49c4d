/**
 * Interaction for build-rendered scatters: tooltips on hover and focus, arrow-key travel between
 * points, and (on the explorer) view controls whose state lives in the URL. It never draws: every
 * view was rendered by the same chart spec in the build, and this only chooses which one shows.
 */
import { enableControls } from './enable-controls.ts';
interface TooltipContent {
  name: string;
  lines: string[];
}

export interface ScatterState {
  colour: 'group' | 'block';
  x: 'linear' | 'log';
  /** Slug of the highlighted prefecture, or '' for none. */
  p: string;
}

const DEFAULT_STATE: ScatterState = { colour: 'group', x: 'linear', p: '' };

/** Reads the view from a query string, ignoring anything it does not recognise. */
export function readState(search: string, slugs: ReadonlySet<string>): ScatterState {
  const params = new URLSearchParams(search);
  const colour = params.get('colour');
  const x = params.get('x');
  const p = params.get('p') ?? '';
  return {
    colour: colour === 'block' ? 'block' : DEFAULT_STATE.colour,
    x: x === 'log' ? 'log' : DEFAULT_STATE.x,
    p: slugs.has(p) ? p : '',
  };
}

/** The query string for a view; defaults are left out so the plain URL stays the default view. */
export function writeState(state: ScatterState): string {
  const params = new URLSearchParams();
  if (state.colour !== DEFAULT_STATE.colour) params.set('colour', state.colour);
  if (state.x !== DEFAULT_STATE.x) params.set('x', state.x);
  if (state.p) params.set('p', state.p);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function slugOf(link: Element): string {
  const parts = (link.getAttribute('href') ?? '').split('/').filter(Boolean);
  return parts.at(-1) ?? '';
}

function visiblePoints(figure: HTMLElement): SVGAElement[] {
  const view = [...figure.querySelectorAll<HTMLElement>('.chart-view:not([hidden])')].find((v) => v.offsetParent !== null);
  return view ? [...view.querySelectorAll<SVGAElement>('svg a')] : [];
}

function enhanceFigure(figure: HTMLElement): void {
  const data = figure.querySelector('script[data-tooltips]');
  const tooltip = figure.querySelector<HTMLElement>('.tooltip');
  if (!data || !tooltip) return;
  const content = JSON.parse(data.textContent ?? '{}') as Record<string, TooltipContent>;
  figure.style.position = 'relative';

  const show = (link: SVGAElement) => {
    const entry = content[slugOf(link)];
    if (!entry) return;
    tooltip.replaceChildren();
    const name = document.createElement('strong');
    name.textContent = entry.name;
    tooltip.append(name, ...entry.lines.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
    for (const span of tooltip.querySelectorAll('span')) span.style.display = 'block';
    tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(box.left - frame.left + box.width / 2 + 10, frame.width - tooltip.offsetWidth);
    tooltip.style.left = `${Math.max(0, left)}px`;
    tooltip.style.top = `${box.top - frame.top - tooltip.offsetHeight - 8}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };

  figure.addEventListener('pointerover', (event) => {
    const link = (event.target as Element).closest('svg a');
    if (link) show(link as SVGAElement);
  });
  figure.addEventListener('pointerout', (event) => {
    if ((event.target as Element).closest('svg a')) hide();
  });
  figure.addEventListener('focusin', (event) => {
    const link = (event.target as Element).closest('svg a');
    if (link) show(link as SVGAElement);
  });
  figure.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (event) => {
    const current = (event.target as Element).closest('svg a');
    if (!current) return;
    if (event.key === 'Escape') return hide();
    const step = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 }[event.key];
    if (step === undefined) return;
    // Arrow keys travel in x order (left to right), the order a sighted reader scans the chart.
    const points = visiblePoints(figure).sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    const next = points[points.indexOf(current as SVGAElement) + step];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
}

function applyState(root: Document, state: ScatterState): void {
  for (const view of root.querySelectorAll<HTMLElement>('[data-explorer] .chart-view')) {
    view.hidden = view.dataset.xScale !== state.x || view.dataset.colourBy !== state.colour;
  }
  for (const legend of root.querySelectorAll<HTMLElement>('[data-explorer] [data-legend]')) {
    legend.hidden = legend.dataset.legend !== state.colour;
  }
  for (const link of root.querySelectorAll<SVGAElement>('[data-explorer] svg a')) {
    link.classList.toggle('is-highlighted', slugOf(link) === state.p);
  }
  for (const row of root.querySelectorAll<HTMLElement>('[data-explorer-table] tr[data-slug]')) {
    row.classList.toggle('is-highlighted', row.dataset.slug === state.p);
  }
}

function wireControls(form: HTMLFormElement): void {
  const slugs = new Set([...form.querySelectorAll<HTMLOptionElement>('select[name=p] option')].map((o) => o.value).filter(Boolean));
  const state = readState(location.search, slugs);
  const set = (name: keyof ScatterState, value: string) => {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList || field instanceof HTMLSelectElement) field.value = value;
  };
  set('colour', state.colour);
  set('x', state.x);
  set('p', state.p);
  applyState(document, state);
  // A link with values this page does not know (?p=<script>, ?colour=BLOCK) shows the default for
  // them; the address bar then says what is shown, so a copied link does not carry the rest.
  if (location.search !== writeState(state)) history.replaceState(null, '', `${location.pathname}${writeState(state)}${location.hash}`);
  enableControls(form);
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = readState(writeState({ colour: data.get('colour'), x: data.get('x'), p: data.get('p') } as ScatterState), slugs);
    applyState(document, next);
    history.replaceState(null, '', `${location.pathname}${writeState(next)}`);
  });
}

export function enhanceScatters(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-scatter]')) enhanceFigure(figure);
  const form = document.querySelector<HTMLFormElement>('form[data-explorer-controls]');
  if (form) wireControls(form);
}
