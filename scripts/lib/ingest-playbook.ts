/**
 * The playbook's content (data/playbook/*.csv): the three 論点, the checklist sections and items,
 * the guidebook's chapter map and the related SME Agency material. Validated like every other
 * table, so a page outside the guidebook, an unknown section or a case that does not exist stops
 * the build with its place in the file.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { Bilingual } from '../../src/lib/derived-data.ts';
import type { PlaybookData, PlaybookItem, PlaybookSection } from '../../src/lib/playbook-data.ts';
import { PAGES } from '../../src/i18n/routes.ts';
import { integer, oneOf, optionalText, text } from './columns.ts';
import { DataError, quoted } from './data-error.ts';
import { readCsv, type CsvFile } from './read-csv.ts';
import { sourceRef } from './sources.ts';
import { cellPlace, validateTable } from './validate-table.ts';

const bi = (ja: string, en: string): Bilingual => ({ ja, en });
const id = text.regex(/^[a-z0-9_]+$/, 'a snake_case id');
/** Pages separated by ";", e.g. `30;32`; each is checked against the guidebook's range below. */
const pageList = z
  .string()
  .trim()
  .regex(/^\d{1,3}(;\d{1,3})*$/, 'page numbers separated by ";"')
  .transform((value) => value.split(';').map(Number));
const optionalPageList = z
  .string()
  .trim()
  .regex(/^(\d{1,3}(;\d{1,3})*)?$/, 'an empty cell or page numbers separated by ";"')
  .transform((value) => (value === '' ? [] : value.split(';').map(Number)));
const idList = z
  .string()
  .trim()
  .regex(/^([a-z0-9_]+(;[a-z0-9_]+)*)?$/, 'an empty cell or ids separated by ";"')
  .transform((value) => (value === '' ? [] : value.split(';')));

/** The same id twice in one file would make two checklist items share one tick. */
function requireUniqueIds(csv: CsvFile, rows: { line: number; value: { id: string } }[]): void {
  const seen = new Set<string>();
  for (const { line, value } of rows) {
    if (seen.has(value.id)) throw new DataError(cellPlace(csv, line, 'id'), 'an id not used by an earlier row', quoted(value.id));
    seen.add(value.id);
  }
}

/** Every value of a list cell must be one of `allowed`; reports the cell of the first that is not. */
function requireKnown<T extends string | number>(
  csv: CsvFile,
  line: number,
  column: string,
  values: T[],
  allowed: ReadonlySet<T>,
  expected: string,
): void {
  const unknown = values.find((v) => !allowed.has(v));
  if (unknown !== undefined) throw new DataError(cellPlace(csv, line, column), expected, quoted(String(unknown)));
}

/**
 * @param casePages first pages of the guidebook's case studies (data/raw/case_studies.csv), which
 *   items may point to.
 */
export function ingestPlaybook(dataDir: string, casePages: readonly number[]): PlaybookData {
  /** One table of data/playbook/, validated with its columns, each id once. */
  const readTable = <S extends { id: typeof id } & Record<string, z.ZodType>>(name: string, columns: S) => {
    const csv = readCsv(join(dataDir, 'playbook', name));
    const rows = validateTable(csv, columns);
    requireUniqueIds(csv, rows);
    return { csv, rows };
  };

  const { csv: chapterCsv, rows: chapterRows } = readTable('chapters.csv', {
    id,
    part_ja: text,
    part_en: text,
    title_ja: text,
    title_en: text,
    first_page: integer(1, 999),
    last_page: integer(1, 999),
    site_page: oneOf(Object.keys(PAGES) as [string, ...string[]]),
    site_anchor: optionalText,
    source: sourceRef,
  });
  for (const { line, value } of chapterRows) {
    if (value.last_page < value.first_page) {
      throw new DataError(
        cellPlace(chapterCsv, line, 'last_page'),
        `a last page not before the first page ${value.first_page}`,
        quoted(String(value.last_page)),
      );
    }
  }
  const chapters = chapterRows.map(({ value: v }) => ({
    id: v.id,
    part: bi(v.part_ja, v.part_en),
    title: bi(v.title_ja, v.title_en),
    firstPage: v.first_page,
    lastPage: v.last_page,
    sitePage: v.site_page,
    siteAnchor: v.site_anchor,
  }));
  const lastPage = Math.max(...chapters.map((c) => c.lastPage));
  const guidebookPage = integer(1, lastPage);
  const inGuidebook = new Set(Array.from({ length: lastPage }, (_, i) => i + 1));
  const pagesExpected = `pages of the guidebook, 1 to ${lastPage}`;

  const { rows: issueRows } = readTable('issues.csv', {
    id,
    number: integer(1, 9),
    term_ja: text,
    term_en: text,
    question_ja: text,
    question_en: text,
    page: guidebookPage,
    source: sourceRef,
  });
  const issues = issueRows.map(({ value: v }) => ({
    id: v.id,
    number: v.number,
    term: bi(v.term_ja, v.term_en),
    question: bi(v.question_ja, v.question_en),
    page: v.page,
  }));
  const issueIds = new Set(issues.map((i) => i.id));

  const { csv: sectionCsv, rows: sectionRows } = readTable('sections.csv', {
    id,
    kind: oneOf(['phase', 'capacity']),
    term_ja: text,
    term_en: text,
    summary_ja: text,
    summary_en: text,
    issues: idList,
    pages: pageList,
    source: sourceRef,
  });
  const sections: PlaybookSection[] = sectionRows.map(({ line, value: v }) => {
    requireKnown(sectionCsv, line, 'issues', v.issues, issueIds, `ids of 論点 from issues.csv (${[...issueIds].join(', ')})`);
    requireKnown(sectionCsv, line, 'pages', v.pages, inGuidebook, pagesExpected);
    return {
      id: v.id,
      kind: v.kind,
      term: bi(v.term_ja, v.term_en),
      summary: bi(v.summary_ja, v.summary_en),
      issues: v.issues,
      pages: v.pages,
      items: [],
    };
  });
  const sectionById = new Map(sections.map((s) => [s.id, s]));

  const { csv: itemCsv, rows: itemRows } = readTable('items.csv', {
    id,
    section: oneOf(sections.map((s) => s.id) as [string, ...string[]]),
    term_ja: text,
    term_en: text,
    text_ja: text,
    text_en: text,
    pages: pageList,
    cases: optionalPageList,
    source: sourceRef,
  });
  const knownCases = new Set(casePages);
  for (const { line, value: v } of itemRows) {
    requireKnown(itemCsv, line, 'pages', v.pages, inGuidebook, pagesExpected);
    requireKnown(
      itemCsv,
      line,
      'cases',
      v.cases,
      knownCases,
      `first pages of case studies in raw/case_studies.csv (${casePages.join(', ')})`,
    );
    const item: PlaybookItem = { id: v.id, term: bi(v.term_ja, v.term_en), text: bi(v.text_ja, v.text_en), pages: v.pages, cases: v.cases };
    sectionById.get(v.section)!.items.push(item);
  }
  const empty = sectionRows.find(({ value }) => sectionById.get(value.id)!.items.length === 0);
  if (empty)
    throw new DataError(
      { file: itemCsv.file, line: itemCsv.endLine, column: 1 },
      `at least one item for section ${quoted(empty.value.id)}`,
      'none',
    );

  const { rows: relatedRows } = readTable('related.csv', {
    id,
    title_ja: text,
    title_en: text,
    summary_ja: text,
    summary_en: text,
    page: guidebookPage,
    source: sourceRef,
  });
  const related = relatedRows.map(({ value: v }) => ({
    id: v.id,
    title: bi(v.title_ja, v.title_en),
    summary: bi(v.summary_ja, v.summary_en),
    page: v.page,
  }));

  return { issues, sections, chapters, related };
}
