/**
 * The words of the "your data" page: the client strings are templates with {placeholders}
 * (they travel to the browser as JSON, so they cannot be functions), typed by the Japanese
 * dictionary so that a misspelt key fails the type check. Pure functions: the island only puts
 * their results into the page.
 */
import type { Lang } from '../config.ts';
import type { Strings } from '../i18n/strings.ts';
import { formatNumber } from './format.ts';
import type { Refusal } from './your-data-refusal.ts';
import { LIMITS } from './your-data-limits.ts';
import type { RowProblem } from './your-data-table.ts';

export type ClientText = Strings['yourData']['client'];
export type ClientKey = keyof ClientText;
export type Fill = (key: ClientKey, values?: Record<string, string | number>) => string;

/** The {names} a template uses, in order of first use. */
export function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];
}

export function filler(text: ClientText): Fill {
  return (key, values = {}) => text[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

const megabytes = (lang: Lang, bytes: number) => `${formatNumber(lang, bytes / 1024 / 1024, 1)} MB`;

/** The one message shown when a whole file is refused. */
export function refusalText(fill: Fill, lang: Lang, refusal: Refusal): string {
  const n = (v: number) => formatNumber(lang, v, 0);
  switch (refusal.kind) {
    case 'too-large':
      return fill('refusedTooLarge', { size: megabytes(lang, refusal.bytes), limit: megabytes(lang, LIMITS.bytes) });
    case 'empty':
      return fill('refusedEmpty');
    case 'line-too-long':
      return fill('refusedLineTooLong', { line: n(refusal.line), length: n(refusal.length), limit: n(LIMITS.lineLength) });
    case 'too-wide':
      return fill('refusedTooWide', { line: n(refusal.line), columns: n(refusal.columns), limit: n(LIMITS.columns) });
    case 'header-only':
      return fill('refusedHeaderOnly');
    case 'one-column':
      return fill('refusedOneColumn');
    case 'pdf':
      return fill('refusedPdf');
    case 'zip':
      return fill('refusedZip');
    case 'xls':
      return fill('refusedXls');
    case 'png':
    case 'jpeg':
    case 'gif':
      return fill('refusedImage', { kind: refusal.kind.toUpperCase() });
    case 'binary':
      return fill('refusedBinary');
    case 'unknown-encoding':
      return fill(refusal.guess === 'euc-jp' ? 'refusedEucJp' : 'refusedEncoding');
  }
}

/** Why one row was left out, in words; `column(i)` names a column for display. */
export function problemText(fill: Fill, problem: RowProblem, column: (i: number) => string): string {
  switch (problem.kind) {
    case 'field-count':
      return fill('fieldCount', { found: problem.found, expected: problem.expected });
    case 'malformed':
      return fill('malformed', { detail: problem.detail });
    case 'missing-label':
      return fill('missingLabel');
    case 'missing-value':
      return problem.marker === ''
        ? fill('missingValue', { column: column(problem.column) })
        : fill('missingMarker', { column: column(problem.column), marker: problem.marker });
    case 'not-a-number':
      return fill('notANumber', { column: column(problem.column), value: problem.value });
    case 'not-a-prefecture':
      return fill('notAPrefecture', { value: problem.value });
    case 'duplicate-prefecture':
      return fill('duplicatePrefecture', { value: problem.value, first: problem.first });
  }
}

/** One listed row: "Line 5: reason; reason". */
export function rowText(fill: Fill, lang: Lang, line: number, reasons: string[]): string {
  return `${fill('lineN', { line })}${lang === 'ja' ? '：' : ': '}${reasons.join(fill('listSeparator'))}`;
}
