import type { GroupFigure } from './derived-data.ts';

/** How a reference figure is made, in the words of `indicatorsData.regionalMethod`. */
export type ReferenceMethod = 'ratioOfSums' | 'published' | 'meanOfPrefectures';

/**
 * The figure a prefecture is compared with: the ratio of sums where raw counts exist (how
 * official aggregates are made), else the published aggregate, else the mean of prefectures.
 */
export function referenceFigure(figure: GroupFigure): number {
  return figure.ratioOfSums ?? figure.published ?? figure.meanOfRatios;
}

/** Which of the three `referenceFigure` takes, so that a label always names the figure shown. */
export function referenceMethod(figure: GroupFigure): ReferenceMethod {
  if (figure.ratioOfSums !== null) return 'ratioOfSums';
  if (figure.published !== null) return 'published';
  return 'meanOfPrefectures';
}
