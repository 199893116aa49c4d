/** The shape of public/data/suggestions.json, written by scripts/lib/derive-suggestions.ts. */
import type { Bilingual } from './derived-data.ts';
import type { IndicatorPair, NetworkRules, Suggestion } from './suggest-network.ts';

/** A rule of our reading as data/network_rules.csv states it: always ours, so never with a page. */
export interface DescribedRule {
  rule: string;
  value: string;
  kind: 'ours';
  meaning: Bilingual;
}

export interface PrefectureSuggestion extends Suggestion {
  code: string;
  slug: string;
  neighbours: { code: string; link: 'land' | 'bridge' | 'sea' }[];
}

export interface SuggestionsFile {
  /** The reading's settings and reference figures, as the engine takes them. */
  thresholds: NetworkRules;
  /** The same rules described for readers. */
  rules: DescribedRule[];
  /** The guidebook's published national figures (p.9, p.10). */
  national: IndicatorPair;
  prefectures: PrefectureSuggestion[];
}
