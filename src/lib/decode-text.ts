/**
 * Decodes a CSV file's bytes. e-Stat serves Shift_JIS (CP932), spreadsheets save UTF-8 with a BOM,
 * Excel's "Unicode text" is UTF-16 with a BOM: UTF-8 is tried strictly first, since valid
 * Shift_JIS text is almost never valid UTF-8. `sniffText` goes further for the "your data" page:
 * it recognises files that are not text at all and encodings the page does not read, so that the
 * reader is told what the file is instead of being shown mojibake.
 */
export type TextEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'shift_jis';
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding = detectEncoding(bytes)): string {
  // ignoreBOM: false (the default) strips a leading UTF-8 or UTF-16 BOM.
  return new TextDecoder(encoding).decode(bytes);
}

/** Kinds of file that are recognised by their first bytes and refused. */
export type BinaryKind = 'pdf' | 'zip' | 'xls' | 'png' | 'jpeg' | 'gif' | 'binary';

const SIGNATURES: [BinaryKind, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // .xlsx, .docx, .zip
  ['xls', [0xd0, 0xcf, 0x11, 0xe0]], // old Office files
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
];

export type Sniffed =
  | { ok: true; text: string; encoding: TextEncoding; replaced: number }
  | { ok: false; kind: BinaryKind }
  | { ok: false; kind: 'unknown-encoding'; guess: 'euc-jp' | 'other' };

const countReplaced = (text: string) => {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
};

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads a file's bytes as text, or says why it cannot: a known binary signature, NUL bytes in the
 * first 8 KB (text never has them, except UTF-16, which is only read with its BOM), or bytes that
 * are neither UTF-8 nor Shift_JIS. A Shift_JIS file with a few invalid bytes is read, and the
 * number of characters that became U+FFFD is returned so that the page can say so.
 * `choice` forces an encoding (the reader's choice); the binary checks still apply.
 */
export function sniffText(bytes: Uint8Array, choice: TextEncoding | 'auto' = 'auto'): Sniffed {
  for (const [kind, signature] of SIGNATURES) {
    if (signature.every((b, i) => bytes[i] === b)) return { ok: false, kind };
  }
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom16 && choice !== 'utf-16le' && choice !== 'utf-16be' && bytes.subarray(0, 8192).includes(0)) return { ok: false, kind: 'binary' };
  const encoding = choice === 'auto' ? detectEncoding(bytes) : choice;
  if (encoding === 'shift_jis' && choice === 'auto') {
    // EUC-JP text often decodes as (nonsense) Shift_JIS, while real Shift_JIS almost never
    // passes a strict EUC-JP decoder: its kana and most kanji start with bytes 0x81–0x9F.
    if (strict('euc-jp', bytes) !== null) return { ok: false, kind: 'unknown-encoding', guess: 'euc-jp' };
    const text = strict('shift_jis', bytes) ?? new TextDecoder('shift_jis').decode(bytes);
    const replaced = countReplaced(text);
    // More than one character in a hundred undecodable: not Shift_JIS with a few bad bytes.
    if (replaced > 0 && replaced * 100 > text.length) return { ok: false, kind: 'unknown-encoding', guess: 'other' };
    return { ok: true, text, encoding, replaced };
  }
  const text = decodeText(bytes, encoding);
  return { ok: true, text, encoding, replaced: countReplaced(text) };
}
