/** Every chart in the built pages has a generated text summary beside it (in its figure, or once after a grid of small copies). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distPages } from '../support/dist.ts';
import { parse } from '../support/html.ts';
import { DIST } from '../support/paths.ts';

const pages = distPages();
const html = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('chart summaries', () => {
  it('every figure that draws a chart in the HTML has a non-empty .chart-summary', () => {
    const missing: string[] = [];
    let charts = 0;
    for (const page of pages) {
      const doc = parse(html(page.file));
      for (const figure of doc.querySelectorAll('figure')) {
        if (!figure.querySelector('svg[role="img"], svg[role="group"], .chart-view svg, .chart-scroll svg')) continue;
        charts += 1;
        // The compare page's cards repeat one small scatter; its summary follows the grid.
        const summary =
          figure.querySelector('.chart-summary') ??
          (figure.closest('.compare-grid') && doc.querySelector('.compare-grid ~ .chart-summary'));
        if (!summary || (summary.textContent ?? '').trim().length < 40)
          missing.push(`${page.path} <figure${figure.id ? `#${figure.id}` : ''}>`);
      }
    }
    expect(missing).toEqual([]);
    expect(charts).toBeGreaterThan(100);
  });

  it('the network guide states its three summaries in each language', () => {
    const summaries = (file: string) =>
      ['step-matrix', 'pilot-chart', 'kpi-chart'].map((id) => parse(html(file)).querySelector(`#${id} .chart-summary`)?.textContent ?? '');
    const [matrix, pilot, kpi] = summaries('networks/index.html');
    expect(matrix).toContain('「概ね」のマスは11、「一部」のマスは21です。');
    expect(pilot).toContain('中核機関の区分は公主導型が3、民主導型が2、記載なしが7');
    expect(kpi).toContain('最も高いのは「① 中核ネットワークに参画した経営支援機関数」の132%（計画110機関に対し実績145機関）');
    const [matrixEn, pilotEn, kpiEn] = summaries('en/networks/index.html');
    expect(matrixEn).toContain('11 cells are marked “most bodies”, 21 “some bodies”.');
    expect(pilotEn).toContain('Core body: public-led 3; private-led 2; not stated 7.');
    expect(kpiEn).toContain('Above plan: 3; on plan: 2; below plan: 1.');
  });
});
