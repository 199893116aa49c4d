/**
 * The bench's many-indicators data: a copy of data/ with ten indicators of two vintages each, made
 * from the guidebook's two (the real values as the first vintage, scaled values as the second, and
 * eight more indicators scaled from them). Made-up values for timing only, never published.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

/** Two vintages in one file: the rows as they are, then each value × a factor from 0.8 to 1.2. */
function twoVintages(text: string, first: string, second: string, scale: number): string {
  const { data } = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const rows = (vintage: string, factor: (code: number) => number) =>
    data.map((row) => {
      const code = Number(row.code);
      return `${row.code},${row.name_ja},${vintage},${(Number(row.value) * scale * factor(code)).toFixed(2)}`;
    });
  return `${['code,name_ja,vintage,value', ...rows(first, () => 1), ...rows(second, (code) => 0.8 + ((code * 7) % 9) * 0.05)].join('\n')}\n`;
}

export function manyIndicatorsData(dataDir: string, indicators = 10): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'atlas-bench-indicators-')), 'data');
  cpSync(dataDir, dir, { recursive: true });
  const metas = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'indicators.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  const header = metas.meta.fields as string[];
  const rows: Record<string, string>[] = [];
  for (let i = 0; i < indicators; i++) {
    const base = metas.data[i % metas.data.length] as Record<string, string>;
    const original = i < metas.data.length;
    const letter = String.fromCharCode(97 + i);
    const file = original ? base.file : `raw/bench_indicator_${letter}.csv`;
    const source = readFileSync(join(dataDir, base.file), 'utf8');
    // The first vintage is the one the row names (a month); the real files keep their values in it.
    const first = /^\d{4}-\d{2}$/.test(base.vintage) ? base.vintage : '2022-03';
    writeFileSync(join(dir, file), twoVintages(source, first, '2024-09', original ? 1 : 1 + i / 10));
    rows.push({
      ...base,
      ...(original
        ? {}
        : {
            id: `benchIndicator${letter.toUpperCase()}`,
            role: '',
            column: `bench_indicator_${letter}`,
            title_ja: `ベンチ用指標${i}`,
            title_en: `Bench indicator ${i}`,
            page: '',
            max: String(Number(base.max) * 3),
          }),
      file,
      vintage: first,
      numerator_column: '',
      denominator_column: '',
    });
  }
  writeFileSync(
    join(dir, 'indicators.csv'),
    `${Papa.unparse({ fields: header, data: rows.map((r) => header.map((h) => r[h] ?? '')) }, { newline: '\n' })}\n`,
  );
  return dir;
}
