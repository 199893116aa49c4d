/** Planner inputs as people type them and as URLs carry them: every case with the exact message shown. */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { MAX_AREA_SMES, MAX_TARGET_FIRMS, validatePlannerInput, type PlannerProblem } from '../../src/lib/planner.ts';
import { canonicalValue, plannerQuery, readCount, readPlannerQuery, readTypedNumber } from '../../src/lib/planner-input.ts';
import { problemText } from '../../src/lib/planner-view.ts';

const SLUGS = ['aomori', 'tokyo', 'osaka'];

describe('readTypedNumber', () => {
  it.each([
    ['10', 10],
    ['１０', 10], // full-width digits from a Japanese IME
    ['１，０００', 1000], // full-width comma in a thousands position
    ['２．５', 2.5], // full-width point
    ['.5', 0.5],
    ['5.', 5],
    ['1,000', 1000],
    ['12,345,678', 12345678],
    ['1,000.5', 1000.5],
    ['  42\t', 42],
    ['\u3000４２\u3000', 42], // ideographic spaces around
    ['+7', 7],
    ['−3', -3], // U+2212 minus sign
    ['－３', -3], // full-width hyphen-minus
    ['007', 7],
    ['10.0', 10],
  ])('reads %j as %d', (text, value) => {
    expect(readTypedNumber(text)).toEqual({ kind: 'number', value });
  });

  it.each(['2,5', '1,00', '1,0000', ',5', '1,,000', '1,000,00', '1.000,5', '12,5.3', '１，５'])(
    'refuses %j: a comma outside a thousands position',
    (text) => {
      expect(readTypedNumber(text)).toEqual({ kind: 'problem', problem: 'misplacedComma' });
    },
  );

  it.each([
    'ten',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e3',
    '0x10',
    '1_000',
    '1 000',
    '1.2.3',
    '.',
    '-',
    ',',
    '10社',
    '<img src=x>',
    '1/2',
    'x'.repeat(100_000),
  ])('refuses %j as not a number', (text) => {
    expect(readTypedNumber(text)).toEqual({ kind: 'problem', problem: 'notANumber' });
  });

  it.each(['', '   ', '\u3000'])('reads %j as empty', (text) => {
    expect(readTypedNumber(text)).toEqual({ kind: 'empty' });
  });

  it('reads 400 nines as a number too large for the page, not as a value to print', () => {
    expect(readCount('9'.repeat(400), MAX_TARGET_FIRMS, false)).toEqual({ value: Number.POSITIVE_INFINITY, problem: 'tooLarge' });
    expect(readCount('9'.repeat(308), MAX_TARGET_FIRMS, false).problem).toBe('tooLarge');
  });
});

describe('the message shown for each input, in both languages', () => {
  const target = (text: string) => readCount(text, MAX_TARGET_FIRMS, false);
  const shown = (field: PlannerProblem['field'], problem: PlannerProblem['problem']) => {
    const p = { field, problem } as PlannerProblem;
    return [problemText('ja', ja.planner, p), problemText('en', en.planner, p)];
  };

  it.each([
    [
      '2,5',
      'misplacedComma',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：カンマ（,）は3桁ごとの区切り（1,000 など）にだけ使えます。小数点には「.」を使ってください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: A comma can only separate thousands (as in 1,000); for decimals use a point.',
    ],
    [
      'ten',
      'notANumber',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：数値を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a number.',
    ],
    [
      '',
      'notANumber',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：数値を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a number.',
    ],
    [
      '.5',
      'notWhole',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：整数を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a whole number.',
    ],
    [
      '-0',
      'notPositive',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：0より大きい数を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a number above 0.',
    ],
    [
      '100,001',
      'tooLarge',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：100,000以下の数を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a number no larger than 100,000.',
    ],
    [
      '1' + '0'.repeat(309),
      'tooLarge',
      'STEP4/5（マッチング・フォロー）まで支援する企業数（目標）：100,000以下の数を入力してください。',
      'Firms to carry through to STEP4/5 (matching and follow-up), target: Enter a number no larger than 100,000.',
    ],
  ])('target %j → %s', (text, problem, jaText, enText) => {
    expect(target(text).problem).toBe(problem);
    expect(shown('targetFirms', problem as PlannerProblem['problem'])).toEqual([jaText, enText]);
  });

  it('names the area field and its own bound', () => {
    expect(readCount('10,000,001', MAX_AREA_SMES, true).problem).toBe('tooLarge');
    expect(shown('areaSmes', 'tooLarge')).toEqual([
      '地域の中小企業数（任意）：10,000,000以下の数を入力してください。',
      'SMEs in the area (optional): Enter a number no larger than 10,000,000.',
    ]);
    expect(readCount('', MAX_AREA_SMES, true)).toEqual({ value: null, problem: null });
  });

  it('refuses a target above the area’s SMEs only when both are valid', () => {
    expect(validatePlannerInput({ targetFirms: 6000, areaSmes: 5000 })).toEqual([{ field: 'targetFirms', problem: 'aboveAreaSmes' }]);
    expect(validatePlannerInput({ targetFirms: 6000, areaSmes: 0 })).toEqual([{ field: 'areaSmes', problem: 'notPositive' }]);
    expect(shown('targetFirms', 'aboveAreaSmes')[1]).toBe(
      'Firms to carry through to STEP4/5 (matching and follow-up), target: The target is larger than the area’s number of SMEs.',
    );
  });
});

describe('URL state', () => {
  it('keeps valid values in canonical form and drops the rest, naming them', () => {
    expect(readPlannerQuery('?target=１０&smes=5,000&pref=tokyo', SLUGS)).toEqual({
      values: { pref: 'tokyo', smes: '5000', target: '10' },
      dropped: [],
    });
    expect(readPlannerQuery('?target=2,5&smes=abc&pref=<img src=x>', SLUGS)).toEqual({ values: {}, dropped: ['pref', 'smes', 'target'] });
    expect(readPlannerQuery('?pref=__proto__&target=' + '9'.repeat(309), SLUGS)).toEqual({ values: {}, dropped: ['pref', 'target'] });
    expect(readPlannerQuery('?target=-5&target=20', SLUGS)).toEqual({ values: {}, dropped: ['target'] });
    expect(readPlannerQuery('?smes=&target=49', SLUGS)).toEqual({ values: { smes: '', target: '49' }, dropped: [] });
    expect(readPlannerQuery('?__proto__=1&constructor=2&step34PerMatched.high=2,5', SLUGS)).toEqual({ values: {}, dropped: [] });
  });

  it('writes only what differs from the worked example, in a fixed order', () => {
    expect(plannerQuery({ pref: 'aomori', smes: '5000', target: '10' })).toBe('');
    expect(plannerQuery({ target: '1000', pref: 'tokyo', smes: '' })).toBe('?pref=tokyo&smes=&target=1000');
  });

  it('turns what a field shows into what the address bar keeps, or nothing', () => {
    expect(canonicalValue('target', '１，０００', SLUGS)).toBe('1000');
    expect(canonicalValue('target', '.5', SLUGS)).toBeNull();
    expect(canonicalValue('smes', '', SLUGS)).toBe('');
    expect(canonicalValue('target', '', SLUGS)).toBeNull();
    expect(canonicalValue('pref', 'TOKYO', SLUGS)).toBeNull();
  });
});
