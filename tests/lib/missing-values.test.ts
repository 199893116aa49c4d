/** A value the data does not have is shown as "–" and left out of charts, never shown as 0. */
import { expect, test } from 'vitest';
import { atlas, axes, valueOf } from '../../src/lib/atlas.ts';
import type { PrefectureRecord } from '../../src/lib/derived-data.ts';
import { formatNumber, formatSigned, MISSING_VALUE } from '../../src/lib/format.ts';

const aomori = () => atlas().prefectures.find((p) => p.code === '02') as PrefectureRecord;

test('formatNumber and formatSigned print the missing mark for null, and 0 only for 0', () => {
  expect(MISSING_VALUE).toBe('–');
  expect(formatNumber('ja', null, 2)).toBe('–');
  expect(formatNumber('en', null, 0)).toBe('–');
  expect(formatSigned('en', null, 2)).toBe('–');
  expect(formatNumber('en', 0, 2)).toBe('0.00');
  expect(formatSigned('ja', -0.004, 2)).toBe('0.00');
});

test('valueOf gives the number, null for a missing value, and refuses anything else', () => {
  const { x, y } = axes();
  expect(valueOf(aomori(), y)).toBe(4.71);
  expect(valueOf(aomori(), x)).toBe(437.6);
  expect(valueOf(aomori(), y, '_rank')).toBe(1);
  const missing = { ...aomori(), [y.column]: null } as PrefectureRecord;
  expect(valueOf(missing, y)).toBeNull();
  const { [y.column]: _dropped, ...absent } = aomori();
  expect(valueOf(absent as PrefectureRecord, y)).toBeNull();
  const text = { ...aomori(), [y.column]: '4.71' } as PrefectureRecord;
  expect(() => valueOf(text, y)).toThrow(`02 ${y.column}: expected a number or null, found "4.71"`);
});
