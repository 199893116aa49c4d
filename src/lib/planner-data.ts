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
    // A prefecture missing either value cannot be sized, so it is not offered.
    prefectures: Object.fromEntries(
      prefectures.flatMap((p) => {
        const [smesPerAgency, jobOpeningRatio] = [valueOf(p, x), valueOf(p, y)];
        if (smesPerAgency === null || jobOpeningRatio === null) return [];
        return [[p.slug, { smesPerAgency, jobOpeningRatio, hasProJinzaiKyoten: hub.get(p.code) ?? false, prefectureCodes: [p.code] }]];
      }),
    ),
  };
}

export function plannerRules(): NetworkRules {
  return atlas().suggestions.thresholds;
}
