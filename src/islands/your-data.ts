/**
 * The "your data" page: takes a file (chosen or dropped), hands it to the worker, and shows what
 * comes back: columns to choose, progress, the statistics, a small SVG scatter, the ranked
 * residuals and every row that could not be used with its line number. The file never leaves the
 * browser; the only thing fetched is the worker's own script, once.
 */
import { miniScatterSvg } from '../charts/mini-scatter.ts';
import type { Lang } from '../config.ts';
import { formatNumber, formatSigned, formatStatistic } from '../lib/format.ts';
import type { Analysis, AnalysisFailure } from '../lib/your-data-analysis.ts';
import type { ColumnChoice, RejectedRow, RowProblem } from '../lib/your-data-table.ts';
import { enhanceChartDownloads } from './chart-download.ts';
import type { EncodingChoice, FromWorker, ToWorker } from './your-data-protocol.ts';

interface ClientStrings {
  lang: Lang;
  text: Record<string, string>;
  preferLabel: string[];
}

/** Rows of the ranked table and of the rejected list shown on the page (the CSV has them all). */
const SHOWN_RANKED = 100;
const SHOWN_REJECTED = 500;

const form = document.querySelector<HTMLFormElement>('[data-your-data]');
const stringsEl = document.getElementById('your-data-strings');
if (form && stringsEl) start(form, JSON.parse(stringsEl.textContent ?? '{}') as ClientStrings);

function start(form: HTMLFormElement, client: ClientStrings): void {
  const { lang, text } = client;
  const fill = (key: string, values: Record<string, string | number> = {}) =>
    (text[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
  const fileInput = form.querySelector<HTMLInputElement>('input[type=file]')!;
  const encodingSelect = form.querySelector<HTMLSelectElement>('select[name=encoding]')!;
  const selects = { label: form.querySelector<HTMLSelectElement>('select[name=label]')!, x: form.querySelector<HTMLSelectElement>('select[name=x]')!, y: form.querySelector<HTMLSelectElement>('select[name=y]')! };
  const columns = form.querySelector<HTMLFieldSetElement>('[data-columns]')!;
  const progress = form.querySelector<HTMLProgressElement>('[data-progress]')!;
  const status = form.querySelector<HTMLElement>('[data-status]')!;
  const fileInfo = form.querySelector<HTMLElement>('[data-file-info]')!;
  const results = $<HTMLElement>('[data-results]');
  const figure = $<HTMLElement>('#your-data-chart');

  let worker: Worker | undefined;
  let file: File | undefined;
  let header: string[] = [];
  let lastResult: Extract<FromWorker, { type: 'result' }> | undefined;

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
      worker.addEventListener('error', (event) => setStatus(fill('error', { message: event.message }), false));
    }
    worker.postMessage(message);
  };

  const load = () => {
    if (!file) return;
    results.hidden = true;
    columns.hidden = true;
    fileInfo.textContent = '';
    setStatus(fill('reading'), true);
    post({ type: 'load', file, encoding: encodingSelect.value as EncodingChoice, preferLabel: client.preferLabel });
  };

  const choice = (): ColumnChoice => ({ label: Number(selects.label.value), x: Number(selects.x.value), y: Number(selects.y.value) });
  const analyse = () => {
    setStatus(fill('analysing'), true);
    post({ type: 'analyse', choice: choice() });
  };
  const columnName = (i: number) => header[i] || `#${i + 1}`;

  function receive(message: FromWorker): void {
    if (message.type === 'progress') {
      if (message.phase === 'parse') setStatus(fill('parsing', { percent: Math.round(message.fraction * 100) }), true, message.fraction);
    } else if (message.type === 'error') {
      setStatus(fill('error', { message: message.message }), false);
    } else if (message.type === 'loaded') {
      header = message.header;
      for (const [key, select] of Object.entries(selects) as [keyof ColumnChoice, HTMLSelectElement][]) {
        select.replaceChildren(...header.map((_, i) => new Option(columnName(i), String(i), false, i === message.guess[key])));
      }
      columns.hidden = false;
      fileInfo.textContent = fill('fileInfo', { file: file?.name ?? '', rows: formatNumber(lang, message.rows, 0), encoding: message.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8' });
      setStatus(fill('loaded', { rows: formatNumber(lang, message.rows, 0), encoding: message.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8' }), false);
      analyse();
    } else if (message.type === 'result') {
      lastResult = message;
      show(message.choice, message.rejected, message.outcome);
    }
  }

  function show(chosen: ColumnChoice, rejected: RejectedRow[], outcome: Analysis | AnalysisFailure): void {
    renderRejected(rejected);
    if ('kind' in outcome) {
      const message =
        outcome.kind === 'too-few'
          ? fill('tooFew', { n: outcome.n })
          : outcome.kind === 'no-variation'
            ? fill('noVariation', { axis: outcome.axis })
            : outcome.kind === 'too-large'
              ? fill('tooLarge', { line: outcome.line, axis: outcome.axis, value: String(outcome.value) })
              : fill('unrepresentable');
      setStatus(message, false);
      results.hidden = false;
      for (const el of [$('[data-stats]'), $('[data-chart]'), $('[data-ranked] tbody')]) el.replaceChildren();
      return;
    }
    const { association: a } = outcome;
    setStatus(fill('done', { used: formatNumber(lang, a.n, 0), rejected: formatNumber(lang, rejected.length, 0) }), false);
    const sig = (v: number) => new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { maximumSignificantDigits: 6 }).format(v);
    const [xName, yName] = [columnName(chosen.x), columnName(chosen.y)];
    const stats: [string, string, string, number[]][] = [
      ['n', fill('n'), formatNumber(lang, a.n, 0), [a.n]],
      ['pearson', fill('pearson'), formatStatistic(lang, 'r', a.pearson), [a.pearson]],
      ['spearman', fill('spearman'), formatStatistic(lang, 'rho', a.spearman), [a.spearman]],
      ['p', fill('pValue'), formatStatistic(lang, 'p', a.pValue), [a.pValue]],
      ['ci', fill('ci'), `[${formatStatistic(lang, 'ci', a.pearsonCi[0])}, ${formatStatistic(lang, 'ci', a.pearsonCi[1])}]`, a.pearsonCi],
      ['fit', fill('fit'), `${yName} = ${sig(a.intercept)} ${a.slope < 0 ? '−' : '+'} ${sig(Math.abs(a.slope))} × ${xName}`, [a.intercept, a.slope]],
      ['r2', fill('rSquared'), formatStatistic(lang, 'rSquared', a.rSquared), [a.rSquared]],
    ];
    $('[data-stats]').replaceChildren(
      ...stats.map(([key, term, value, raw]) => {
        const div = document.createElement('div');
        const dt = Object.assign(document.createElement('dt'), { textContent: term });
        const dd = Object.assign(document.createElement('dd'), { textContent: value });
        dd.dataset.stat = key;
        dd.dataset.value = raw.join(' ');
        div.append(dt, dd);
        return div;
      }),
    );

    const title = fill('chartTitle', { x: xName, y: yName });
    figure.dataset.title = title;
    figure.dataset.source = fill('chartSource', { file: file?.name ?? '' });
    figure.dataset.date = new Date().toISOString().slice(0, 10);
    const chart = $<HTMLElement>('[data-chart]');
    const width = Math.max(300, Math.min(760, Math.round(chart.clientWidth || figure.clientWidth || 760)));
    const svg = miniScatterSvg(outcome.ranked, {
      width,
      height: width < 500 ? 360 : 460,
      fontSize: width < 500 ? 11 : 12,
      xLabel: xName,
      yLabel: yName,
      title,
      description: fill('chartDescription', { n: a.n, x: xName, y: yName, r: formatStatistic(lang, 'r', a.pearson) }),
      pointLabel: (p) => fill('pointLabel', { label: p.label, x: sig(p.x), y: sig(p.y) }),
      band: outcome.band,
    });
    chart.replaceChildren(new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement);

    $('[data-x-head]').textContent = xName;
    $('[data-y-head]').textContent = yName;
    const shown = outcome.ranked.slice(0, SHOWN_RANKED);
    $('[data-ranked] tbody').replaceChildren(
      ...shown.map((p, i) => {
        const tr = document.createElement('tr');
        const cells = [String(i + 1), String(p.line), p.label, sig(p.x), sig(p.y), sig(p.fitted), formatSigned(lang, p.residual, 4)];
        cells.forEach((value, j) => {
          const cell = document.createElement(j === 2 ? 'th' : 'td');
          if (j === 2) cell.setAttribute('scope', 'row');
          else cell.className = 'num';
          cell.textContent = value;
          tr.append(cell);
        });
        return tr;
      }),
    );
    $('[data-ranked-note]').textContent = outcome.ranked.length > SHOWN_RANKED ? fill('showing', { shown: SHOWN_RANKED, total: formatNumber(lang, outcome.ranked.length, 0) }) : '';
    results.hidden = false;
  }

  function problemText(problem: RowProblem): string {
    switch (problem.kind) {
      case 'field-count':
        return fill('fieldCount', { found: problem.found, expected: problem.expected });
      case 'malformed':
        return fill('malformed', { detail: problem.detail });
      case 'missing-label':
        return fill('missingLabel');
      case 'missing-value':
        return fill('missingValue', { column: columnName(problem.column) });
      case 'not-a-number':
        return fill('notANumber', { column: columnName(problem.column), value: problem.value });
    }
  }

  function renderRejected(rejected: RejectedRow[]): void {
    const note = $('[data-rejected-note]');
    note.textContent =
      rejected.length === 0
        ? fill('rejectedNone')
        : `${fill('rejectedCount', { count: formatNumber(lang, rejected.length, 0) })}${rejected.length > SHOWN_REJECTED ? ` ${fill('rejectedShowing', { shown: SHOWN_REJECTED })}` : ''}`;
    const sep = lang === 'ja' ? '：' : ': ';
    const joiner = lang === 'ja' ? '、' : '; ';
    $('[data-rejected]').replaceChildren(
      ...rejected.slice(0, SHOWN_REJECTED).map((row) => {
        const li = document.createElement('li');
        li.dataset.line = String(row.line);
        li.textContent = `${fill('lineN', { line: row.line })}${sep}${row.problems.map(problemText).join(joiner)}`;
        return li;
      }),
    );
  }

  $('[data-download-residuals]').addEventListener('click', async () => {
    const result = lastResult;
    if (!result || 'kind' in result.outcome) return;
    const { x, y, label } = result.choice;
    // The site's one CSV writer (papaparse, formula-like cells neutralised), fetched on first use
    // so that the page itself stays light.
    const { csvText } = await import('../lib/csv-writer.ts');
    const header = ['rank', 'line', columnName(label), columnName(x), columnName(y), 'fitted', 'residual'];
    const rows = result.outcome.ranked.map((p, i) => [i + 1, p.line, p.label, p.x, p.y, p.fitted, p.residual]);
    const url = URL.createObjectURL(new Blob([csvText(header, rows, { bom: true })], { type: 'text/csv' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'residuals.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  });

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    file = chosen;
    load();
  };
  fileInput.addEventListener('change', () => choose(fileInput.files?.[0]));
  encodingSelect.addEventListener('change', load);
  for (const select of Object.values(selects)) select.addEventListener('change', analyse);
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
