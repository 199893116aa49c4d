import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, detectEncoding } from '../../src/lib/decode-text.ts';
import { FIXTURES } from '../support/data-pipeline.ts';

const bytes = (name: string) => readFileSync(join(FIXTURES, 'encoding', name));

describe('detectEncoding()', () => {
  it('recognises UTF-8 (with or without BOM) and Shift_JIS', () => {
    expect(detectEncoding(bytes('job_opening_ratio.utf8.csv'))).toBe('utf-8');
    expect(detectEncoding(bytes('job_opening_ratio.utf8-bom-crlf.csv'))).toBe('utf-8');
    expect(detectEncoding(bytes('job_opening_ratio.sjis.csv'))).toBe('shift_jis');
    expect(detectEncoding(new Uint8Array())).toBe('utf-8');
  });
});

describe('decodeText()', () => {
  it('decodes the Shift_JIS fixture to exactly the text of its UTF-8 twin', () => {
    const sjis = bytes('job_opening_ratio.sjis.csv');
    const utf8 = bytes('job_opening_ratio.utf8.csv');
    expect(sjis.equals(utf8)).toBe(false);
    // 北海道 in CP932 is 96 6B 8A 43 93 B9.
    expect(sjis.includes(Buffer.from([0x96, 0x6b, 0x8a, 0x43, 0x93, 0xb9]))).toBe(true);
    expect(decodeText(sjis)).toBe(utf8.toString('utf8'));
    expect(decodeText(sjis).split('\n')[1]).toBe('01,北海道,1.34');
  });

  it('strips a UTF-8 BOM and leaves CRLF for the CSV parser', () => {
    const text = decodeText(bytes('job_opening_ratio.utf8-bom-crlf.csv'));
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.startsWith('code,name_ja,value\r\n01,北海道,1.34\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '\n')).toBe(bytes('job_opening_ratio.utf8.csv').toString('utf8'));
  });

  it("decodes CP932 extensions as Python's cp932 codec does", () => {
    // bytes → python3 bytes(...).decode('cp932'): ～ U+FF5E, － U+FF0D, ① U+2460, 髙 U+9AD9 (IBM extension), ｱ U+FF71.
    const decoded = decodeText(new Uint8Array([0x81, 0x60, 0x81, 0x7c, 0x87, 0x40, 0xfb, 0xfc, 0xb1]), 'shift_jis');
    expect(decoded).toBe('\uff5e\uff0d\u2460\u9ad9\uff71');
  });

  it('honours an explicit encoding', () => {
    expect(decodeText(Buffer.from('東京都', 'utf8'), 'utf-8')).toBe('東京都');
  });
});
