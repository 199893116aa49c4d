import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { axes, nameOf, valueOf } from '../lib/atlas.ts';
import type { PrefectureRecord } from '../lib/derived-data.ts';
import { formatNumber, formatSigned } from '../lib/format.ts';

/** What a point's tooltip says, formatted in the build so the island only has to show it. */
export interface TooltipContent {
  name: string;
  lines: string[];
}

export function tooltipContent(record: PrefectureRecord, lang: Lang): TooltipContent {
  const { x, y } = axes();
  const t = strings(lang);
  const line = (ind: typeof x) =>
    t.chart.tooltipValue(
      ind.title[lang],
      formatNumber(lang, valueOf(record, ind), ind.decimals),
      ind.unit[lang],
      formatNumber(lang, valueOf(record, ind, '_rank'), 0),
    );
  return {
    name: nameOf(record, lang),
    lines: [line(y), line(x), `${t.scatter.tooltipResidual}${t.punctuation.colon}${formatSigned(lang, record.residual as number, 2)}`],
  };
}
