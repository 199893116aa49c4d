import type { GroupFigure } from './derived-data.ts';

/**
 * The figure a prefecture is compared with: the ratio of sums where raw counts exist (how
 * official aggregates are made), else the published aggregate, else the mean of prefectures.
 */
export function referenceFigure(figure: GroupFigure): number {
  return figure.ratioOfSums ?? figure.published ?? figure.meanOfRatios;
}
