/**
 * What a chart shows, in one sentence, generated from its statistics: the takeaway title above the
 * scatter, and the labels at the ends of its dashed national lines. Generic over the two
 * indicators the summary names; the words for the strength of r are the guidebook's only where the
 * guidebook prints that band (correlation_bands.csv, in_guidebook).
 */
import type { Lang } from '../config.ts';
import { strings } from '../i18n/strings.ts';
import { atlas, axes } from '../lib/atlas.ts';
import type { IndicatorSummary } from '../lib/derived-data.ts';
import { formatNumber, formatStatistic } from '../lib/format.ts';
import { referenceFigure } from '../lib/group-figure.ts';

/** English short names start lower case inside a sentence unless they start with an acronym (SMEs). */
function inSentence(lang: Lang, name: string): string {
  return lang === 'en' && /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

export function scatterTakeaway(lang: Lang): string {
  const { summary } = atlas();
  const { x, y } = axes();
  const t = strings(lang).chartExplain;
  const { pearson, band } = summary.association;
  const direction = band.above === 0 ? 0 : pearson > 0 ? 1 : -1;
  return t.takeaway({
    y: inSentence(lang, y.short[lang]),
    x: inSentence(lang, x.short[lang]),
    yMore: t.more(y.unit[lang]),
    xMore: t.more(x.unit[lang]),
    xLess: t.less(x.unit[lang]),
    direction,
    r: formatStatistic(lang, 'r', pearson),
    ...(band.inGuidebook ? { band: { words: band[lang], page: summary.published.page } } : {}),
  });
}

/** 「全国 1.23倍」: the national value of an indicator, as the label at the end of its dashed line. */
export function nationalLineLabel(lang: Lang, ind: IndicatorSummary): string {
  return strings(lang).chartExplain.nationalLine(formatNumber(lang, referenceFigure(ind.national), ind.decimals), ind.unit[lang]);
}
