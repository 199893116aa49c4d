/**
 * Decodes a CSV file's bytes. e-Stat serves Shift_JIS (CP932), spreadsheets save UTF-8 with a BOM:
 * UTF-8 is tried strictly first, since valid Shift_JIS text is almost never valid UTF-8.
 */
export type TextEncoding = 'utf-8' | 'shift_jis';

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'shift_jis';
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding = detectEncoding(bytes)): string {
  // ignoreBOM: false (the default) strips a leading UTF-8 BOM.
  return new TextDecoder(encoding).decode(bytes);
}
