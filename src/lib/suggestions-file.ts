/** The shape of public/data/suggestions.json, written by scripts/lib/derive-suggestions.ts. */
import type { Bilingual } from './derived-data.ts';
import type { NetworkRules, Suggestion } from './suggest-network.ts';

export interface DescribedRule {
  rule: string;
  value: number;
  unit: string;
  meaning: Bilingual;
  page: number | null;
}

export interface PrefectureSuggestion extends Suggestion {
  code: string;
  slug: string;
  neighbours: { code: string; link: 'land' | 'bridge' | 'sea' }[];
}

export interface SuggestionsFile {
  /** The thresholds as the engine takes them. */
  thresholds: NetworkRules;
  /** The same thresholds described for readers. */
  rules: DescribedRule[];
  national: { smesPerAgency: number; jobOpeningRatio: number };
  prefectures: PrefectureSuggestion[];
}
