/**
 * The text summaries under the "your data" page's charts: the site's own chart summaries
 * (chart-summary.ts), with their words filled from the templates the page sends to the browser
 * (the island carries no dictionary), and the facts taken from the worker's result. Pure functions.
 */
import type { Lang } from '../config.ts';
import { mapSentences, scatterSentences, type MapFacts, type MapWords, type ScatterWords } from './summary-sentences.ts';
import { decimalsOf } from './your-data-join.ts';
import { formatNumber } from './format.ts';
import type { Fill } from './your-data-messages.ts';
import type { PageAnalysis } from './your-data-view.ts';

export function scatterWords(lang: Lang, fill: Fill): ScatterWords {
  const count = (n: number) => formatNumber(lang, n, 0);
  return {
    sentenceGap: fill('summaryGap'),
    scatterIntro: (n) => fill('summaryScatterIntro', { n: count(n) }),
    axisRange: (title, minName, min, maxName, max) => fill('summaryAxisRange', { title, minName, min, maxName, max }),
    scatterAxes: (x, y) => fill('summaryAxes', { x, y }),
    correlation: (r, rho, rising) => fill(rising ? 'summaryRising' : 'summaryFalling', { r, rho }),
    farthest: (above, below) => fill('summaryFarthest', { above, below }),
    density: (n) => fill('summaryDensity', { n: count(n) }),
  };
}

export function mapWords(lang: Lang, fill: Fill): MapWords {
  const count = (n: number) => formatNumber(lang, n, 0);
  return {
    sentenceGap: fill('summaryGap'),
    listGap: fill('summaryListGap'),
    nameGap: fill('summaryNameGap'),
    mapIntro: (title, method, k) => fill('summaryMapIntro', { title, method, k }),
    mapRange: (n, minName, min, maxName, max) => fill('summaryMapRange', { n: count(n), minName, min, maxName, max }),
    classCount: (label, n) => fill('summaryClassCount', { label, count: count(n) }),
    mapCounts: (list) => fill('summaryMapCounts', { list }),
    mapTop: (label, names) => fill('summaryMapTop', { label, names }),
    mapMissing: (m) => fill('summaryMapMissing', { m: count(m) }),
  };
}

/**
 * The scatter's summary: the two columns as the reader named them, n, each axis's range and the
 * rows at its ends, r and ρ, the rows farthest above and below the line, and the density view
 * when the chart draws one.
 */
export function readerScatterSummary(lang: Lang, fill: Fill, outcome: PageAnalysis, names: { x: string; y: string }): string {
  const { ends, association } = outcome;
  const axis = (title: string, e: PageAnalysis['ends']['x']) => ({
    title,
    unit: '',
    decimals: decimalsOf([e.min.value, e.max.value]),
    min: { name: e.min.label, value: e.min.value },
    max: { name: e.max.label, value: e.max.value },
  });
  return scatterSentences(
    lang,
    {
      n: association.n,
      x: axis(names.x, ends.x),
      y: axis(names.y, ends.y),
      pearson: association.pearson,
      spearman: association.spearman,
      above: outcome.ranked[0]?.label ?? '',
      below: ends.below.label,
      density: outcome.cloud !== undefined,
    },
    scatterWords(lang, fill),
  );
}

/** The maps' summary: classes, how many prefectures in each, and the extremes by prefecture. */
export function readerMapSummary(lang: Lang, fill: Fill, facts: MapFacts): string {
  return mapSentences(lang, facts, mapWords(lang, fill));
}
