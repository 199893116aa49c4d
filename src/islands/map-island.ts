/**
 * Interaction for build-rendered maps: tooltips on hover and focus, and (on the map page) the
 * indicator and classification controls, whose state lives in the URL. It never draws: every view
 * was rendered in the build, and this only chooses which one shows.
 */
import { enableControls } from './enable-controls.ts';

const INDICATORS = ['jobOpeningRatio', 'smesPerAgency', 'bivariate'] as const;
const CLASSIFICATIONS = ['quantile', 'equal'] as const;

export interface MapState {
  indicator: (typeof INDICATORS)[number];
  classes: (typeof CLASSIFICATIONS)[number];
}

const DEFAULT_STATE: MapState = { indicator: 'jobOpeningRatio', classes: 'quantile' };

const pick = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Reads the view from a query string, ignoring anything it does not recognise. */
export function readMapState(search: string): MapState {
  const params = new URLSearchParams(search);
  return {
    indicator: pick(INDICATORS, params.get('indicator'), DEFAULT_STATE.indicator),
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

  const show = (link: SVGAElement) => {
    const code = link.dataset.code ?? '';
    const entry = content.prefectures[code];
    const view = link.closest<HTMLElement>('.map-view');
    if (!entry || !view) return;
    const klass = content.classes[`${view.dataset.indicator}-${view.dataset.classes}`]?.[code];
    const line = (text: string) => Object.assign(document.createElement('span'), { textContent: text });
    const name = Object.assign(document.createElement('strong'), { textContent: entry.name });
    tooltip.replaceChildren(name, ...entry.lines.map(line), ...(klass ? [line(klass)] : []));
    tooltip.hidden = false;
    const box = link.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    const left = Math.min(box.left - frame.left + box.width / 2 + 10, frame.width - tooltip.offsetWidth);
    const above = box.top - frame.top - tooltip.offsetHeight - 8;
    tooltip.style.left = `${Math.max(0, left)}px`;
    tooltip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
  };
  const hide = () => {
    tooltip.hidden = true;
  };
  const linkOf = (event: Event) => (event.target as Element).closest<SVGAElement>('svg a');

  figure.addEventListener('pointerover', (event) => {
    const link = linkOf(event);
    if (link) show(link);
  });
  figure.addEventListener('pointerout', (event) => {
    if (linkOf(event)) hide();
  });
  figure.addEventListener('focusin', (event) => {
    const link = linkOf(event);
    if (link) show(link);
  });
  figure.addEventListener('focusout', hide);
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}

function applyState(root: Document, state: MapState): void {
  const shows = (el: HTMLElement) => el.dataset.indicator === state.indicator && el.dataset.classes === state.classes;
  for (const el of root.querySelectorAll<HTMLElement>('[data-map] .map-view, [data-map] [data-map-legend]')) el.hidden = !shows(el);
}

function wireControls(form: HTMLFormElement): void {
  const state = readMapState(location.search);
  for (const [name, value] of Object.entries(state)) {
    const field = form.elements.namedItem(name);
    if (field instanceof RadioNodeList) field.value = value;
  }
  applyState(document, state);
  // Unknown values fall back to the default view; the address bar then says what is shown.
  if (location.search !== writeMapState(state)) history.replaceState(null, '', `${location.pathname}${writeMapState(state)}${location.hash}`);
  enableControls(form);
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = readMapState(writeMapState({ indicator: data.get('indicator'), classes: data.get('classes') } as MapState));
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
