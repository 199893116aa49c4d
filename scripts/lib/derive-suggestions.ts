/** One network suggestion per prefecture, with its neighbours, for public/data/suggestions.json. */
import type { PrefectureRecord, Summary } from '../../src/lib/derived-data.ts';
import type { NetworkData } from '../../src/lib/network-data.ts';
import { suggestNetwork, type NetworkRules } from '../../src/lib/suggest-network.ts';
import type { SuggestionsFile } from '../../src/lib/suggestions-file.ts';
import type { Adjacency, DescribedRule } from './ingest-rules.ts';

export function deriveSuggestions(
  records: PrefectureRecord[],
  summary: Summary,
  networks: NetworkData,
  rules: { rules: NetworkRules; described: DescribedRule[] },
  adjacency: Adjacency,
): SuggestionsFile {
  const indicator = (id: string) => summary.indicators.find((i) => i.id === id)!;
  const smes = indicator('smesPerAgency');
  const jobs = indicator('jobOpeningRatio');
  // The comparison point is the published national figure (p.9, p.10).
  const national = {
    smesPerAgency: smes.national.published ?? smes.national.meanOfRatios,
    jobOpeningRatio: jobs.national.published ?? jobs.national.meanOfRatios,
  };
  const presence = new Map(networks.presence.map((p) => [p.code, p.proJinzaiKyoten]));
  const smeCountColumn = 'smes';
  return {
    thresholds: rules.rules,
    rules: rules.described,
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
          smeCount: typeof record[smeCountColumn] === 'number' ? (record[smeCountColumn] as number) : null,
          hasProJinzaiKyoten: presence.get(record.code) ?? false,
          prefectureCodes: [record.code],
        },
        rules.rules,
        networks,
      ),
    })),
  };
}
