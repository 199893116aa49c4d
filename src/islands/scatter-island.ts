/**
 * Interaction for build-rendered scatters: tooltips on hover and focus, one tab stop with arrow-key
 * travel between points (roving-focus.ts), and (on the explorer) view controls whose state lives in the URL. It never draws: every
 * view was rendered by the same chart spec in the build, and this only chooses which one shows.
 */
import { enableControls } from './enable-controls.ts';
import { loadView } from './lazy-view.ts';
import { markTooltips } from './mark-tooltip.ts';
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

function enhanceFigure(figure: HTMLElement): void {
  const data = figure.querySelector('script[data-tooltips]') ?? document.querySelector('script[data-tooltips-shared]');
  const tooltip = figure.querySelector<HTMLElement>('.tooltip');
  if (!data || !tooltip) return;
  const content = JSON.parse(data.textContent ?? '{}') as Record<string, TooltipContent>;
  figure.style.position = 'relative';
  const linesOf = (link: SVGAElement): string[] => {
    const entry = content[slugOf(link)];
    return entry ? [entry.name, ...entry.lines] : [];
  };
  // Keys walk the points in x order (left to right), the order the build wrote them in.
  markTooltips(figure, tooltip, linesOf);
}

function applyState(root: Document, state: ScatterState): void {
  const pending: Promise<void>[] = [];
  for (const view of root.querySelectorAll<HTMLElement>('[data-explorer] .chart-view')) {
    view.hidden = view.dataset.xScale !== state.x || view.dataset.colourBy !== state.colour;
    if (!view.hidden) pending.push(loadView(view));
  }
  if (root.querySelector('[data-explorer] .chart-view[data-src]:not([hidden]):empty')) {
    void Promise.all(pending).then(() => applyState(root, state));
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
