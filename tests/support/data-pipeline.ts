/** Shared by the data-pipeline tests: temporary folders, the CLI as a child process, folder hashes. */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DATA = join(ROOT, 'data');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const CLI = join(ROOT, 'scripts', 'build-data.ts');

/** Node ≥ 22 runs the .ts scripts by type stripping; the project pins one in node_modules. */
export const NODE = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : join(ROOT, 'node_modules', '.bin', 'node');

const made: string[] = [];

export function tempDir(prefix = 'atlas-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  compileCache = undefined;
}

/** A copy of data/ (or of `from`) in a fresh temporary folder, with some files replaced. */
export function dataDir(replacements: Record<string, string> = {}, from = DATA): string {
  const dir = join(tempDir('atlas-data-'), 'data');
  cpSync(from, dir, { recursive: true });
  for (const [target, source] of Object.entries(replacements)) cpSync(source, join(dir, target));
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

let compileCache: string | undefined;

/** `npm run data` with --data and --out, as a child process. */
export function runCli(data: string, out: string): Promise<CliResult> {
  // Node's compile cache, shared by the runs of one test file, saves a little start-up time per run.
  compileCache ??= tempDir('atlas-node-cache-');
  const env = { ...process.env, NODE_COMPILE_CACHE: compileCache };
  return new Promise((done) => {
    execFile(NODE, [CLI, '--data', data, '--out', out], { cwd: ROOT, encoding: 'utf8', env }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** Every file under `dir` by relative path. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files;
}

/** One hash over the names and bytes of every file under `dir`. */
export function hashDir(dir: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(dir)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/**
 * data/ with the two indicator files of tests/fixtures/data-with-counts (which carry raw counts)
 * laid over it. The fixture folder is a full copy of data/, but building from a fresh copy keeps
 * the tests working when other inputs are added to data/ before the fixture is regenerated.
 */
export function countsDataDir(): string {
  const counted = join(FIXTURES, 'data-with-counts', 'raw');
  return dataDir({
    'raw/job_opening_ratio.csv': join(counted, 'job_opening_ratio.csv'),
    'raw/smes_per_agency.csv': join(counted, 'smes_per_agency.csv'),
  });
}
