/** What the planner needs to know about each prefecture, gathered once from the derived data. */
import { atlas, axes, valueOf } from './atlas.ts';
import type { AreaFacts, NetworkRules } from './suggest-network.ts';

export const DEFAULT_PLAN = { prefecture: 'aomori', areaSmes: 5000, targetFirms: 10 } as const;

export type PrefectureFacts = Omit<AreaFacts, 'national' | 'smeCount'>;

export function plannerFacts(): { national: AreaFacts['national']; prefectures: Record<string, PrefectureFacts> } {
  const { prefectures, networks, suggestions } = atlas();
  const { x, y } = axes();
  const hub = new Map(networks.presence.map((p) => [p.code, p.proJinzaiKyoten]));
  return {
    national: suggestions.national,
    prefectures: Object.fromEntries(
      prefectures.map((p) => [
        p.slug,
        { smesPerAgency: valueOf(p, x), jobOpeningRatio: valueOf(p, y), hasProJinzaiKyoten: hub.get(p.code) ?? false, prefectureCodes: [p.code] },
      ]),
    ),
  };
}

export function plannerRules(): NetworkRules {
  return atlas().suggestions.thresholds;
}
