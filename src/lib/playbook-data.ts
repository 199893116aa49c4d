/**
 * The shape of public/data/playbook.json: the guidebook's practical half (the three 論点, the four
 * 取組フェーズ, 5STEP practice and supporter training) as a checklist, each item summarised in the
 * site's own words with the guidebook pages it rests on.
 */
import type { Bilingual } from './derived-data.ts';

export type SectionKind = 'phase' | 'capacity';

export interface PlaybookIssue {
  id: string;
  number: number;
  /** The guidebook's own term (必要性, 有効性, 持続性). */
  term: Bilingual;
  /** The question, in the site's words. */
  question: Bilingual;
  page: number;
}

export interface PlaybookItem {
  id: string;
  /** The guidebook's short label for the point (e.g. 地域企業のニーズ把握). */
  term: Bilingual;
  /** The point to check, in the site's words. */
  text: Bilingual;
  pages: number[];
  /** First pages of the case studies (data/raw/case_studies.csv) that illustrate the item. */
  cases: number[];
}

export interface PlaybookSection {
  id: string;
  kind: SectionKind;
  term: Bilingual;
  summary: Bilingual;
  /** Ids of the 論点 the section answers; the pairing is the site's reading (see the page). */
  issues: string[];
  pages: number[];
  items: PlaybookItem[];
}

export interface PlaybookChapter {
  id: string;
  part: Bilingual;
  title: Bilingual;
  firstPage: number;
  lastPage: number;
  sitePage: string;
  siteAnchor: string;
}

export interface PlaybookRelated {
  id: string;
  title: Bilingual;
  summary: Bilingual;
  page: number;
}

export interface PlaybookData {
  issues: PlaybookIssue[];
  sections: PlaybookSection[];
  chapters: PlaybookChapter[];
  related: PlaybookRelated[];
}

/** The guidebook's range of pages: the last page of the last chapter in chapters.csv. */
export function lastGuidebookPage(data: Pick<PlaybookData, 'chapters'>): number {
  return Math.max(...data.chapters.map((c) => c.lastPage));
}

/** Page numbers with consecutive runs joined: [30, 32] → "30, 32"; [62, 63] → "62–63". */
export function pageRuns(pages: readonly number[], separator: string): string {
  const runs: [number, number][] = [];
  for (const page of pages) {
    const last = runs.at(-1);
    if (last && page === last[1] + 1) last[1] = page;
    else runs.push([page, page]);
  }
  return runs.map(([first, last]) => (first === last ? String(first) : `${first}–${last}`)).join(separator);
}

/**
 * An item's label split so that only the guidebook's own words stand inside 「」: a leading
 * "STEPn " and a trailing qualifier in （） are the site's, e.g. "STEP0 顧客開拓" or "講義（OFF-JT）".
 */
export function splitTerm(term: string): { before: string; quoted: string; after: string } {
  const match = term.match(/^(STEP\d )?(.*?)(（[^）]*）)?$/)!;
  return { before: match[1] ?? '', quoted: match[2], after: match[3] ?? '' };
}
