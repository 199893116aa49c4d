import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFolderAtomically } from '../../../scripts/lib/write-atomic.ts';
import { hashDir, listFiles, removeTempDirs, tempDir } from '../../support/data-pipeline.ts';

afterAll(removeTempDirs);

describe('writeFolderAtomically()', () => {
  it('replaces the folder with exactly the given files, readable by a web server', () => {
    const parent = tempDir();
    const out = join(parent, 'data');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.json'), 'old');
    writeFolderAtomically(
      out,
      new Map<string, string | Uint8Array>([
        ['a.json', '{}\n'],
        ['sub/b.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61])],
      ]),
    );
    expect(listFiles(out)).toEqual(['a.json', 'sub/b.csv']);
    expect(readFileSync(join(out, 'a.json'), 'utf8')).toBe('{}\n');
    expect([...readFileSync(join(out, 'sub/b.csv'))]).toEqual([0xef, 0xbb, 0xbf, 0x61]);
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(readdirSync(parent)).toEqual(['data']);
  });

  it('leaves the old folder untouched and no staging folder behind when a write fails', () => {
    const parent = tempDir();
    const out = join(parent, 'data');
    writeFolderAtomically(out, new Map([['a.json', '1\n']]));
    const before = hashDir(out);
    // A file and a folder of the same name cannot both be written.
    const clash = new Map([
      ['x', 'file'],
      ['x/y', 'nested'],
    ]);
    expect(() => writeFolderAtomically(out, clash)).toThrow(/ENOTDIR|EEXIST/);
    expect(hashDir(out)).toBe(before);
    expect(readdirSync(parent)).toEqual(['data']);
  });
});
