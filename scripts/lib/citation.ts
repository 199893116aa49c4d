/** CITATION.cff at the repository root: the few scalars the data package and the data page repeat. */

/** Where CITATION.cff lives: the repository root, two folders above this file. */
export const CITATION_FILE = new URL('../../CITATION.cff', import.meta.url);

export interface Citation {
  title: string;
  version: string;
  author: string;
  dateReleased: string;
  abstract: string;
}

/** The top-level scalars of CITATION.cff (no YAML parser needed for them). */
export function readCitation(text: string): Citation {
  const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2');
  const scalar = (key: string) => {
    const match = text.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'));
    return match ? unquote(match[1]) : '';
  };
  const author = text.match(/^authors:\s*\n\s*-\s*name:\s*(.+)$/m)?.[1];
  return {
    title: scalar('title'),
    version: scalar('version'),
    author: author ? unquote(author) : '',
    dateReleased: scalar('date-released'),
    abstract: scalar('abstract'),
  };
}
