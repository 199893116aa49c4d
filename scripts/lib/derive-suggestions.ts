/** One network reading per prefecture, with its neighbours, for public/data/suggestions.json. */
import type { PrefectureRecord, Summary } from '../../src/lib/derived-data.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { suggestNetwork, type NetworkRules, type RuleSettings } from '../../src/lib/suggest-network.ts';
import type { SuggestionsFile } from '../../src/lib/suggestions-file.ts';
import type { Adjacency, DescribedRule } from './ingest-rules.ts';

export function deriveSuggestions(
  records: PrefectureRecord[],
  summary: Summary,
  networks: NetworkData,
  settings: { rules: RuleSettings; described: DescribedRule[] },
  adjacency: Adjacency,
): SuggestionsFile {
  const indicator = (id: string) => summary.indicators.find((i) => i.id === id)!;
  const smes = indicator('smesPerAgency');
  const jobs = indicator('jobOpeningRatio');
  // The published national and 地方 figures (p.9, p.10) beside the median prefecture, which
  // Tokyo's 43.9 does not pull down the way it pulls down the ratio-of-sums national figure.
  const national = {
    smesPerAgency: smes.national.published ?? smes.national.meanOfRatios,
    jobOpeningRatio: jobs.national.published ?? jobs.national.meanOfRatios,
  };
  const rules: NetworkRules = {
    ...settings.rules,
    references: {
      median: { smesPerAgency: smes.national.medianOfRatios, jobOpeningRatio: jobs.national.medianOfRatios },
      national,
      regional: {
        smesPerAgency: smes.groups.regional.published ?? smes.groups.regional.meanOfRatios,
        jobOpeningRatio: jobs.groups.regional.published ?? jobs.groups.regional.meanOfRatios,
      },
    },
  };
  const presence = new Map(networks.presence.map((p) => [p.code, p.proJinzaiKyoten]));
  return {
    thresholds: rules,
    rules: settings.described,
    national,
    prefectures: records.map((record) => ({
      code: record.code,
      slug: record.slug,
      neighbours: adjacency.get(record.code) ?? [],
      ...suggestNetwork(
        {
          smesPerAgency: record[smes.column] as number,
          jobOpeningRatio: record[jobs.column] as number,
          national,
          smeCount: null,
          hasProJinzaiKyoten: presence.get(record.code) ?? false,
          prefectureCodes: [record.code],
          name: { ja: String(record.name_ja), en: String(record.name_en) },
        },
        rules,
        networks,
      ),
    })),
  };
}
