/** Runs the project's own builds from tests and the bench (through npm's Node 22). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

/**
 * Vitest copies Vite's import.meta.env (BASE_URL, MODE, DEV, PROD, SSR) into process.env; a child
 * astro build would inherit BASE_URL=/ and ignore ATLAS_BASE, so those are dropped.
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'SITE']) delete env[name];
  return { ...env, ...extra };
}

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  try {
    execFileSync(command, args, { cwd: ROOT, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.message}\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}

/** node_modules/.bin/astro, run with the Node that runs the tests (npm's Node 22). */
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

export function dataBuild(): void {
  run(process.execPath, ['scripts/build-data.ts']);
}

/** astro build into a fresh temp folder (or outDir); returns the folder. */
export function astroBuild(options: { base?: string; outDir?: string } = {}): string {
  const outDir = options.outDir ?? mkdtempSync(join(tmpdir(), 'atlas-build-'));
  run(process.execPath, [ASTRO, 'build', '--outDir', outDir], options.base ? { ATLAS_BASE: options.base } : {});
  return outDir;
}
