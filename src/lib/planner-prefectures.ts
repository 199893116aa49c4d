/**
 * Per prefecture, what the planner says about it: the FY2021 pilot bodies whose areas include it
 * (p.20) and the link to its profile, in the page's language. Built once at build time and handed
 * to the island as data, so the island needs no lookup of its own.
 */
import type { Lang } from '../config.ts';
import { pathTo } from '../i18n/routes.ts';
import { strings } from '../i18n/strings.ts';
import type { PrefectureRecord } from './derived-data.ts';
import type { NetworkData } from './network-data.ts';
import type { PilotFigures } from './planner.ts';

export interface PrefectureNote {
  name: string;
  heading: string;
  intro: string;
  /** One line per pilot body whose pilot areas include the prefecture. */
  pilots: string[];
  profile: string;
  profileText: string;
}

export interface PlannerIslandData {
  pilot: PilotFigures;
  prefectures: Record<string, PrefectureNote>;
}

export function prefectureNotes(
  lang: Lang,
  prefectures: PrefectureRecord[],
  pilots: NetworkData['pilotOrganisations'],
): Record<string, PrefectureNote> {
  const plannerText = strings(lang).planner;
  return Object.fromEntries(
    prefectures.map((pref) => {
      const name = lang === 'en' ? pref.name_en : pref.name_ja;
      const here = pilots.filter((o) => o.prefectureCodes.includes(pref.code));
      const pages = [...new Set(here.map((o) => o.page))].join(', ');
      return [
        pref.slug,
        {
          name,
          heading: plannerText.prefectureHeading(name),
          intro: here.length === 0 ? plannerText.noPilotHere : plannerText.pilotHereIntro(pages),
          pilots: here.map((o) => plannerText.pilotHere(o.organisation[lang], o.area[lang])),
          profile: pathTo(lang, { page: 'prefectures', slug: pref.slug }),
          profileText: plannerText.profileLink(name),
        },
      ];
    }),
  );
}
