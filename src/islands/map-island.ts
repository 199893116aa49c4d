/**
 * Interaction for build-rendered maps: tooltips on hover and focus, one tab stop with arrow-key travel
 * between prefectures (roving-focus.ts), and (on the map page) the
 * indicator and classification controls, whose state lives in the URL. It never draws: every view
 * was rendered in the build, and this only chooses which one shows, fetching it from map/views/ the
 * first time when the page left it out (lazy-view.ts).
 */
import { enableControls } from './enable-controls.ts';
import { loadView } from './lazy-view.ts';
import { markTooltips } from './mark-tooltip.ts';

/** The guidebook's views; a page with more indicators passes its own list (the ids of its radio buttons). */
const INDICATORS: readonly string[] = ['jobOpeningRatio', 'smesPerAgency', 'bivariate'];
const CLASSIFICATIONS = ['quantile', 'equal'] as const;

export interface MapState {
  indicator: string;
  classes: (typeof CLASSIFICATIONS)[number];
}

const DEFAULT_STATE: MapState = { indicator: 'jobOpeningRatio', classes: 'quantile' };

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the view from a query string, ignoring anything it does not recognise. */
export function readMapState(search: string, indicators: readonly string[] = INDICATORS): MapState {
  const params = new URLSearchParams(search);
  return {
    indicator: pick(indicators, params.get('indicator'), DEFAULT_STATE.indicator),
    classes: pick(CLASSIFICATIONS, params.get('classes'), DEFAULT_STATE.classes),
  };
}

/** The query string for a view; defaults are left out so the plain URL stays the default view. */
export function writeMapState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.indicator !== DEFAULT_STATE.indicator) params.set('indicator', state.indicator);
  if (state.classes !== DEFAULT_STATE.classes) params.set('classes', state.classes);
  const query = params.toString();
  return query ? `?${query}` : '';
}

interface Tooltips {
  prefectures: Record<string, { name: string; lines: string[] }>;
  classes: Record<string, Record<string, string>>;
}

function enhanceFigure(figure: HTMLElement): void {
  const data = figure.querySelector('script[data-map-tooltips]');
  const tooltip = figure.querySelector<HTMLElement>('.tooltip');
  if (!data || !tooltip || figure.dataset.enhanced) return;
  figure.dataset.enhanced = '';
  const content = JSON.parse(data.textContent ?? '{}') as Tooltips;
  figure.style.position = 'relative';

  const linesOf = (link: SVGAElement): string[] => {
    const code = link.dataset.code ?? '';
    const entry = content.prefectures[code];
    const view = link.closest<HTMLElement>('.map-view');
    if (!entry || !view) return [];
    const klass = content.classes[`${view.dataset.indicator}-${view.dataset.classes}`]?.[code];
    return [entry.name, ...entry.lines, ...(klass ? [klass] : [])];
  };
  // Keys walk the prefectures in reading order (rows of the tile grid, north to south, west to
  // east), the order the build wrote them in.
  markTooltips(figure, tooltip, linesOf);
}

function applyState(root: Document, state: MapState): void {
  const shows = (el: HTMLElement) => el.dataset.indicator === state.indicator && el.dataset.classes === state.classes;
  // A legend the page kept in a template (lazy-view.ts's counterpart for HTML) joins the page when its view is chosen.
  for (const later of root.querySelectorAll<HTMLTemplateElement>('[data-map] template[data-map-later]')) {
    const legend = later.content.firstElementChild;
    if (legend instanceof HTMLElement && shows(legend)) later.replaceWith(later.content);
  }
  for (const el of root.querySelectorAll<HTMLElement>(
    '[data-map] .map-view, [data-map] [data-map-legend], [data-map] [data-map-summary]',
  )) {
    el.hidden = !shows(el);
    if (!el.hidden && el.dataset.src) void loadView(el).catch(() => undefined);
  }
}

function wireControls(form: HTMLFormElement): void {
  // The indicators the page offers: one radio button per row of indicators.csv, and the bivariate view.
  const indicators = [...form.querySelectorAll<HTMLInputElement>('input[name="indicator"]')].map((input) => input.value);
  const state = readMapState(location.search, indicators);
  for (const [name, value] of Object.entries(state)) {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
  }
  applyState(document, state);
  // Unknown values fall back to the default view; the address bar then says what is shown.
  if (location.search !== writeMapState(state))
    history.replaceState(null, '', `${location.pathname}${writeMapState(state)}${location.hash}`);
  enableControls(form);
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = readMapState(writeMapState({ indicator: data.get('indicator'), classes: data.get('classes') } as MapState), indicators);
    applyState(document, next);
    history.replaceState(null, '', `${location.pathname}${writeMapState(next)}${location.hash}`);
  });
}

export function enhanceMaps(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-map]')) enhanceFigure(figure);
  const form = document.querySelector<HTMLFormElement>('form[data-map-controls]');
  if (form && !form.dataset.enhanced) {
    form.dataset.enhanced = '';
    wireControls(form);
  }
}
