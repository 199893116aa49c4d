/**
 * The "your data" page: takes a file (chosen or dropped) or a paste, hands it to the worker, and
 * shows what comes back through the renderers in your-data-render.ts: the header it found, columns
 * to choose, the atlas's indicators to set against a prefecture column, progress, the statistics,
 * a small SVG scatter, the reader's indicator on the maps, the ranked residuals, and every row
 * left out with its line number and reason. Nothing is sent anywhere; the only thing fetched is
 * the worker's own script, once.
 */
import type { Classification } from '../charts/classify.ts';
import type { PointGroup } from '../charts/mini-scatter.ts';
import { readerMaps, type MapFrame, type MapPrefecture } from '../charts/your-data-maps.ts';
import type { Lang } from '../config.ts';
import { formatNumber } from '../lib/format.ts';
import type { PageAnalysis } from '../lib/your-data-view.ts';
import type { CsvValue } from '../lib/csv-writer.ts';
import { decimalsOf, joinedTable, type AtlasForReader, type JoinChoice } from '../lib/your-data-join.ts';
import { filler, refusalText, type ClientText } from '../lib/your-data-messages.ts';
import { readerMapSummary, readerScatterSummary } from '../lib/your-data-summary.ts';
import type { ColumnChoice } from '../lib/your-data-table.ts';
import { enhanceChartDownloads } from './chart-download.ts';
import type { EncodingChoice, FromWorker, ToWorker } from './your-data-protocol.ts';
import {
  renderExcluded,
  renderMaps,
  renderOptions,
  renderRanked,
  renderRowList,
  renderScatter,
  renderSetAside,
  renderStats,
  renderSummary,
  type Words,
} from './your-data-render.ts';

interface ClientStrings {
  lang: Lang;
  text: ClientText;
  preferLabel: string[];
  atlas: AtlasForReader;
  mapPrefectures: MapPrefecture[];
  frame: MapFrame;
}

type Result = Extract<FromWorker, { type: 'result' }>;
type Loaded = Extract<FromWorker, { type: 'loaded' }>;

const form = document.querySelector<HTMLFormElement>('[data-your-data]');
const stringsEl = document.getElementById('your-data-strings');
if (form && stringsEl) start(form, JSON.parse(stringsEl.textContent ?? '{}') as ClientStrings);

/** Saves a CSV file's text under `name`. */
function saveText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Saves a table through the site's one CSV writer (papaparse, formula-like text cells neutralised,
 * UTF-8 with BOM), fetched on first use so that the page itself stays light.
 */
async function saveCsv(header: string[], rows: CsvValue[][], name: string): Promise<void> {
  const { csvText } = await import('../lib/csv-writer.ts');
  saveText(csvText(header, rows, { bom: true }), name);
}

function start(form: HTMLFormElement, client: ClientStrings): void {
  const { lang, atlas } = client;
  const fill = filler(client.text);
  const words: Words = { lang, fill };
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const field = <T extends Element>(name: string) => form.querySelector<T>(`[name=${name}]`)!;
  const fileInput = field<HTMLInputElement>('file');
  const encodingSelect = field<HTMLSelectElement>('encoding');
  const selects = { label: field<HTMLSelectElement>('label'), x: field<HTMLSelectElement>('x'), y: field<HTMLSelectElement>('y') };
  const atlasSelect = field<HTMLSelectElement>('atlas');
  const headerInput = field<HTMLInputElement>('headerLine');
  const columns = $<HTMLFieldSetElement>('[data-columns]');
  const atlasBox = $<HTMLFieldSetElement>('[data-atlas]');
  const progress = $<HTMLProgressElement>('[data-progress]');
  const status = $<HTMLElement>('[data-status]');
  const fileInfo = $<HTMLElement>('[data-file-info]');
  const results = $<HTMLElement>('[data-results]');
  const maps = $<HTMLElement>('[data-maps]');
  const joinedButton = $<HTMLButtonElement>('[data-download-joined]');
  const chartSummary = $<HTMLElement>('[data-chart-summary]');
  const mapSummary = $<HTMLElement>('[data-map-summary]');

  let worker: Worker | undefined;
  let source = { name: '', data: undefined as Blob | string | undefined };
  let header: string[] = [];
  let loaded: Loaded | undefined;
  let lastResult: Result | undefined;

  const count = (n: number) => formatNumber(lang, n, 0);
  const columnName = (i: number) => header[i] ?? `#${i + 1}`;
  const groupOf = new Map(atlas.prefectures.map((p) => [p.code, p.group]));
  const nameOf = new Map(atlas.prefectures.map((p) => [p.code, lang === 'ja' ? p.name_ja : p.name_en]));
  /** Prefectures the file names only by a code are shown by their name. */
  const name = <T extends { code?: string; label: string }>(p: T): T =>
    p.code && /^\d+$/.test(p.label) ? { ...p, label: nameOf.get(p.code) ?? p.label } : p;
  const named = (outcome: PageAnalysis): PageAnalysis => {
    const { x, y, below } = outcome.ends;
    return {
      ...outcome,
      ranked: outcome.ranked.map(name),
      ends: { x: { min: name(x.min), max: name(x.max) }, y: { min: name(y.min), max: name(y.max) }, below: name(below) },
    };
  };

  const setStatus = (message: string, busy: boolean, fraction?: number) => {
    status.textContent = message;
    progress.hidden = !busy;
    form.setAttribute('aria-busy', String(busy));
    if (fraction === undefined) progress.removeAttribute('value');
    else progress.value = fraction;
  };

  const post = (message: ToWorker) => {
    // Created on first use: the page itself loads nothing until a file is chosen.
    if (!worker) {
      worker = new Worker(new URL('./your-data.worker.ts', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => receive(event.data));
      worker.addEventListener('error', (event) => {
        clear();
        setStatus(fill('error', { message: event.message }), false);
      });
    }
    worker.postMessage(message);
  };

  /** Hides everything a previous file drew, so that nothing half-drawn stays. */
  const clear = () => {
    results.hidden = true;
    columns.hidden = true;
    maps.hidden = true;
    fileInfo.textContent = '';
    $<HTMLElement>('[data-replaced]').hidden = true;
    renderSummary(chartSummary, '');
    renderSummary(mapSummary, '');
    lastResult = undefined;
  };

  const load = () => {
    if (source.data === undefined) return;
    clear();
    setStatus(fill('reading'), true);
    const prefectures = atlas.prefectures.map(({ code, name_ja, name_en }) => ({ code, name_ja, name_en }));
    const common = { encoding: encodingSelect.value as EncodingChoice, preferLabel: client.preferLabel, prefectures, atlas };
    post(typeof source.data === 'string' ? { type: 'load', text: source.data, ...common } : { type: 'load', file: source.data, ...common });
  };

  const choice = (): ColumnChoice => ({ label: Number(selects.label.value), x: Number(selects.x.value), y: Number(selects.y.value) });
  const join = (): JoinChoice | undefined => {
    if (atlasBox.hidden || atlasSelect.value === '') return undefined;
    return {
      indicator: atlasSelect.value,
      axis: form.querySelector<HTMLInputElement>('input[name=atlasAxis]:checked')?.value === 'y' ? 'y' : 'x',
    };
  };
  const analyse = () => {
    const joined = join();
    // The atlas's indicator takes the place of one of the reader's columns.
    selects.x.disabled = joined?.axis === 'x';
    selects.y.disabled = joined?.axis === 'y';
    setStatus(fill('analysing'), true);
    post({ type: 'analyse', choice: choice(), ...(joined ? { join: joined } : {}) });
  };

  function receive(message: FromWorker): void {
    if (message.type === 'progress') {
      if (message.phase === 'parse') setStatus(fill('parsing', { percent: Math.round(message.fraction * 100) }), true, message.fraction);
    } else if (message.type === 'error') {
      clear();
      setStatus(fill('error', { message: message.message }), false);
    } else if (message.type === 'refused') {
      clear();
      setStatus(refusalText(fill, lang, message.refusal), false);
    } else if (message.type === 'loaded') {
      showLoaded(message);
      analyse();
    } else if (message.type === 'result') {
      lastResult = message;
      show(message);
    } else if (message.type === 'csv') {
      saveText(message.text, message.name);
    }
  }

  function showLoaded(message: Loaded): void {
    loaded = message;
    header = message.header;
    for (const [key, select] of Object.entries(selects) as [keyof ColumnChoice, HTMLSelectElement][])
      renderOptions(select, header, message.guess[key]);
    const encoding = {
      'utf-8': 'UTF-8',
      shift_jis: 'Shift_JIS',
      'utf-16le': 'UTF-16',
      'utf-16be': 'UTF-16',
      pasted: fill('encodingPasted'),
    }[message.encoding];
    const shownEncoding = message.delimiter === '\t' ? `${encoding}${fill('listSeparator')}${fill('tabSeparated')}` : encoding;
    fileInfo.textContent = fill('fileInfo', { file: source.name, rows: count(message.rows), encoding: shownEncoding });
    const replaced = $<HTMLElement>('[data-replaced]');
    replaced.hidden = message.replaced === 0;
    replaced.textContent = message.replaced === 0 ? '' : fill('replaced', { count: count(message.replaced) });
    $('[data-header-info]').textContent = message.headerLine === 0 ? fill('headerNone') : fill('headerAt', { line: message.headerLine });
    headerInput.value = message.headerLine === 0 ? '' : String(message.headerLine);
    renderSetAside(
      $('[data-set-aside]'),
      $('[data-set-aside-note]'),
      $('[data-set-aside-list]'),
      words,
      message.preamble,
      message.footnotes,
    );
    const found = $<HTMLElement>('[data-prefectures-found]');
    found.hidden = atlasBox.hidden = message.prefectureColumn === -1;
    found.textContent = message.prefectureColumn === -1 ? '' : fill('prefecturesFound', { column: columnName(message.prefectureColumn) });
    if (message.prefectureColumn === -1) atlasSelect.value = '';
    if (message.prefectureColumn !== -1 && message.measures.length < 2) {
      // One indicator beside prefectures: set it against the atlas's first indicator at once.
      atlasSelect.value = atlas.indicators[0]!.id;
      form.querySelector<HTMLInputElement>('input[name=atlasAxis][value=y]')!.checked = true;
    }
    columns.hidden = false;
    setStatus(fill('loaded', { rows: count(message.rows), encoding: shownEncoding }), false);
  }

  const classes = (): Classification =>
    document.querySelector<HTMLInputElement>('input[name=yourDataClasses]:checked')?.value === 'equal' ? 'equal' : 'quantile';

  /** The reader's own column in the result: the one the atlas's indicator did not replace. */
  const theirs = (result: Result) => (result.join?.axis === 'x' ? 'y' : result.join ? 'x' : 'y');
  const axisNames = (result: Result) => {
    const indicatorName = (id: string) => {
      const ind = atlas.indicators.find((i) => i.id === id);
      if (!ind) return id;
      return lang === 'ja' ? `${ind.title}（${ind.unit}）` : `${ind.title} (${ind.unit})`;
    };
    const { x, y } = result.choice;
    if (!result.join) return { x: columnName(x), y: columnName(y) };
    return result.join.axis === 'x'
      ? { x: indicatorName(result.join.indicator), y: columnName(y) }
      : { x: columnName(x), y: indicatorName(result.join.indicator) };
  };

  function drawMaps(result: Result): void {
    if (!result.prefectures || 'kind' in result.outcome) {
      maps.hidden = true;
      renderSummary(mapSummary, '');
      return;
    }
    const axis = theirs(result);
    const values = new Map(result.outcome.ranked.filter((p) => p.code).map((p) => [p.code!, p[axis]]));
    const title = axisNames(result)[axis];
    const drawn = readerMaps(lang, fill, title, values, decimalsOf([...values.values()]), classes(), client.mapPrefectures, client.frame);
    renderMaps(maps, words, drawn);
    renderSummary(mapSummary, readerMapSummary(lang, fill, drawn.facts));
  }

  function show(result: Result): void {
    const { outcome } = result;
    renderRowList($('[data-rejected]'), $('[data-rejected-note]'), words, result.rejected, result.counts.rejected, columnName, {
      none: fill('rejectedNone'),
      count: (n) => fill('rejectedCount', { count: n }),
    });
    renderRowList($('[data-missing]'), $('[data-missing-note]'), words, result.missing, result.counts.missing, columnName, {
      none: fill('missingNone'),
      count: (n) => fill('missingCount', { count: n }),
    });
    renderExcluded($('[data-excluded]'), $('[data-excluded-note]'), words, result.excluded, result.counts.excluded);
    results.hidden = false;
    if ('kind' in outcome) {
      const message =
        outcome.kind === 'no-variation'
          ? fill('noVariation', { axis: outcome.axis })
          : outcome.kind === 'too-large'
            ? fill('tooLarge', { line: outcome.line, axis: outcome.axis, value: String(outcome.value) })
            : outcome.kind === 'unrepresentable'
              ? fill('unrepresentable')
              : result.counts.missing > 0
                ? fill('tooFewMissing', { n: outcome.n, missing: count(result.counts.missing) })
                : fill('tooFew', { n: outcome.n });
      setStatus(message, false);
      for (const el of [$('[data-stats]'), $('[data-chart]'), $('[data-ranked] tbody')]) el.replaceChildren();
      $<HTMLElement>('[data-chart-note]').hidden = true;
      renderSummary(chartSummary, '');
      renderSummary(mapSummary, '');
      maps.hidden = true;
      joinedButton.hidden = true;
      return;
    }
    const a = outcome.association;
    const unmatched = result.unmatched > 0 ? ` ${fill('unmatched', { count: count(result.unmatched) })}` : '';
    setStatus(`${fill('done', { used: count(a.n), rejected: count(result.counts.rejected) })}${unmatched}`, false);
    const names = axisNames(result);
    renderStats($('[data-stats]'), words, a, names.x, names.y);
    const group = result.prefectures
      ? (p: { code?: string }): PointGroup | undefined => (p.code ? groupOf.get(p.code) : undefined)
      : undefined;
    const shown = result.prefectures ? named(outcome) : outcome;
    renderScatter($('[data-chart]'), $('#your-data-chart'), $('[data-chart-note]'), words, shown, { ...names, file: source.name }, group);
    renderSummary(chartSummary, readerScatterSummary(lang, fill, shown, names));
    $('[data-x-head]').textContent = names.x;
    $('[data-y-head]').textContent = names.y;
    renderRanked($('[data-ranked] tbody'), $('[data-ranked-note]'), words, shown.ranked, a.n);
    joinedButton.hidden = !result.prefectures;
    drawMaps(result);
  }

  $('[data-download-residuals]').addEventListener('click', () => {
    if (!lastResult || 'kind' in lastResult.outcome) return;
    const names = axisNames(lastResult);
    // Every row, ranked: written by the worker, which holds them all (the page has only those it shows).
    post({ type: 'residuals', header: ['rank', 'line', columnName(lastResult.choice.label), names.x, names.y, 'fitted', 'residual'] });
  });
  joinedButton.addEventListener('click', () => {
    if (!lastResult || 'kind' in lastResult.outcome) return;
    const names = axisNames(lastResult);
    const text = {
      code: fill('joinedCode'),
      nameJa: fill('joinedNameJa'),
      nameEn: fill('joinedNameEn'),
      group: fill('joinedGroup'),
      fitted: fill('fitted'),
      residual: fill('residual'),
      theirSource: fill('theirSource'),
      ourSource: fill('ourSource'),
      groupNames: { metro: fill('metro'), regional: fill('regional') },
      describe: (i: { title: string; unit: string; source: string }) =>
        fill('ourSourceLine', { title: i.title, unit: i.unit, source: i.source }),
    };
    const [header, ...rows] = joinedTable(
      lastResult.outcome.ranked,
      atlas,
      lastResult.join,
      { label: columnName(lastResult.choice.label), ...names },
      source.name,
      text,
    );
    void saveCsv(header as string[], rows, 'joined.csv');
  });

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    source = { name: chosen.name, data: chosen };
    load();
  };
  fileInput.addEventListener('change', () => choose(fileInput.files?.[0]));
  $('[data-paste]').addEventListener('click', () => {
    source = { name: fill('pasted'), data: field<HTMLTextAreaElement>('paste').value };
    load();
  });
  encodingSelect.addEventListener('change', load);
  $('[data-header-apply]').addEventListener('click', () => {
    const line = Number(headerInput.value);
    if (loaded && Number.isInteger(line) && line >= 1) post({ type: 'header', line });
  });
  for (const select of [...Object.values(selects), atlasSelect]) select.addEventListener('change', analyse);
  for (const radio of form.querySelectorAll('input[name=atlasAxis]')) radio.addEventListener('change', analyse);
  for (const radio of document.querySelectorAll('input[name=yourDataClasses]'))
    radio.addEventListener('change', () => lastResult && drawMaps(lastResult));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    analyse();
  });
  const drop = form.querySelector<HTMLElement>('[data-drop]')!;
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('is-dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('is-dragging');
    choose(event.dataTransfer?.files[0]);
  });
  enhanceChartDownloads();
}
