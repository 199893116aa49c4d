/** The playbook's data files against the guidebook's text, and the build's errors for bad ones. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDataError, type DataError } from '../../../scripts/lib/data-error.ts';
import { ingestPlaybook } from '../../../scripts/lib/ingest-playbook.ts';
import { DATA, FIXTURES, dataDir, removeTempDirs } from '../../support/data-pipeline.ts';
import {
  CASE_FIRST_PAGES,
  GUIDEBOOK_CHAPTERS,
  ISSUES,
  PAGE_TERMS,
  PHASES,
  PHASE_TASKS,
  PRACTICE_STEPS,
  RELATED_PAGE,
  RELATED_TITLES,
} from '../published-playbook.ts';

afterAll(removeTempDirs);

const playbook = ingestPlaybook(DATA, CASE_FIRST_PAGES);
const phases = playbook.sections.filter((s) => s.kind === 'phase');
const section = (id: string) => playbook.sections.find((s) => s.id === id)!;
/** An item's guidebook term without the site's "STEPn " prefix or a trailing （…） qualifier. */
const bareTerm = (term: string) => term.replace(/^STEP\d /, '').replace(/（[^）]*）$/, '');

describe('the playbook against the guidebook', () => {
  it('has the three 論点 of p.25, in order', () => {
    expect(playbook.issues.map((i) => [i.number, i.term.ja, i.page])).toEqual(ISSUES.map((term, i) => [i + 1, term, 25]));
  });

  it('has the four 取組フェーズ of p.25, in order', () => {
    expect(phases.map((s) => s.term.ja)).toEqual([...PHASES]);
  });

  it('has one checklist item per 取組事項 of pp.30–31: 3, 5, 3 and 3', () => {
    expect(phases.map((s) => s.items.length)).toEqual([3, 5, 3, 3]);
    for (const phase of phases) {
      const seed = PHASE_TASKS[phase.term.ja as (typeof PHASES)[number]];
      expect(
        phase.items.map((i) => i.term.ja),
        phase.term.ja,
      ).toEqual(seed.tasks);
      for (const item of phase.items) expect(item.pages[0], item.id).toBe(seed.page);
    }
  });

  it('has one practice item per STEP that pp.37–38 describe, plus the shared one, and nine training items', () => {
    const practice = section('practice').items;
    expect(practice.map((i) => i.term.ja)).toEqual([
      ...PRACTICE_STEPS.map((n) => expect.stringMatching(new RegExp(`^STEP${n} `))),
      '他組織との情報連携意識',
    ]);
    expect(section('training').items).toHaveLength(9);
    expect(playbook.sections.reduce((n, s) => n + s.items.length, 0)).toBe(29);
  });

  it('quotes, for every item outside the phases, a term that stands on one of the pages it cites', () => {
    for (const item of [...section('practice').items, ...section('training').items]) {
      const terms = item.pages.flatMap((page) => PAGE_TERMS[page] ?? []);
      expect(terms, `${item.id}: ${item.term.ja} on p.${item.pages.join(', ')}`).toContain(bareTerm(item.term.ja));
    }
  });

  it('gives every item a page, inside the guidebook chapter its section summarises', () => {
    const ranges: Record<string, [number, number][]> = {
      phase: [[24, 34]],
      practice: [[35, 39]],
      training: [
        [35, 39],
        [60, 67],
      ],
    };
    for (const s of playbook.sections) {
      const allowed = ranges[s.kind === 'phase' ? 'phase' : s.id];
      const inRange = (page: number) => allowed.some(([first, last]) => page >= first && page <= last);
      expect(s.pages.every(inRange), `${s.id}: p.${s.pages.join(', ')}`).toBe(true);
      for (const item of s.items) {
        expect(item.pages.length, item.id).toBeGreaterThan(0);
        expect(item.pages.every(inRange), `${item.id}: p.${item.pages.join(', ')}`).toBe(true);
        expect(
          item.cases.every((page) => CASE_FIRST_PAGES.includes(page)),
          `${item.id}: cases ${item.cases.join(', ')}`,
        ).toBe(true);
      }
    }
  });

  it('maps the guidebook chapters of p.3 with their page ranges, and the related material of p.68', () => {
    const chapters = playbook.chapters.filter((c) => c.id !== 'related');
    expect(chapters.map((c) => [c.title.ja, c.firstPage, c.lastPage])).toEqual(GUIDEBOOK_CHAPTERS);
    expect(playbook.related.map((r) => [r.title.ja, r.page])).toEqual(RELATED_TITLES.map((t) => [t, RELATED_PAGE]));
    const last = Math.max(...playbook.chapters.map((c) => c.lastPage));
    expect(last).toBe(RELATED_PAGE);
    const cited = [
      ...playbook.issues.map((i) => i.page),
      ...playbook.sections.flatMap((s) => [...s.pages, ...s.items.flatMap((i) => [...i.pages, ...i.cases])]),
    ];
    expect(cited.filter((page) => page < 1 || page > last)).toEqual([]);
  });
});

describe('bad playbook files stop the build with their place', () => {
  const errorOf = (fixture: string, target: string): string => {
    const dir = dataDir({ [target]: join(FIXTURES, 'bad', fixture) });
    try {
      ingestPlaybook(dir, CASE_FIRST_PAGES);
    } catch (error) {
      return formatDataError(error as DataError).replace(dir, 'data');
    }
    return 'no error';
  };

  it('a page past the end of the guidebook', () => {
    expect(errorOf('playbook-page-out-of-range.csv', 'playbook/items.csv')).toBe(
      'data/playbook/items.csv:4:304: expected pages of the guidebook, 1 to 68, found "70"',
    );
  });

  it('an item in a section that does not exist', () => {
    expect(errorOf('playbook-unknown-section.csv', 'playbook/items.csv')).toBe(
      'data/playbook/items.csv:2:12: expected section: one of assess, plan, design, launch, practice, training, found "assesment"',
    );
  });

  it('a case page that is not the first page of a case study', () => {
    expect(errorOf('playbook-unknown-case.csv', 'playbook/items.csv')).toBe(
      'data/playbook/items.csv:2:260: expected first pages of case studies in raw/case_studies.csv (43, 46, 49, 53, 57, 62, 64), found "54"',
    );
  });
});
