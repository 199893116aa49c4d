/** Two builds must be byte-identical: compare the sha256 of every file. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, type SiteTree } from '../../../scripts/lib/site/site-files.ts';
import type { Problem } from './problem.ts';

export type Hashes = Map<string, string>;

export function hashTree(tree: SiteTree): Hashes {
  return new Map([...tree].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]));
}

export function hashDir(dir: string): Hashes {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Every file that differs between two builds, in path order: the first one is the one to look at. */
export function diffTrees(a: Hashes, b: Hashes): Problem[] {
  const problems: Problem[] = [];
  for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(file);
    const y = b.get(file);
    if (x === undefined) problems.push({ file, rule: 'nondeterministic', message: 'only in the second build' });
    else if (y === undefined) problems.push({ file, rule: 'nondeterministic', message: 'only in the first build' });
    else if (x !== y)
      problems.push({ file, rule: 'nondeterministic', message: `content differs (sha256 ${x.slice(0, 12)} vs ${y.slice(0, 12)})` });
  }
  return problems;
}
