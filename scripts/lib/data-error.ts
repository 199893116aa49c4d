/** A problem in an input file, located precisely enough for an editor to jump to it. */
export class DataError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly found: string;

  constructor(place: { file: string; line: number; column: number }, expected: string, found: string) {
    super(`expected ${expected}, found ${found}`);
    this.name = 'DataError';
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.expected = expected;
    this.found = found;
  }
}

/** `path:line:column: expected …, found …`, the one format every input error is printed in. */
export function formatDataError(error: DataError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

/** Quotes a found value so that an empty string or stray spaces stay visible. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}
