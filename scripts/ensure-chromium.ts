/**
 * The browser tests drive Debian's Chromium; install it where it is missing, since a test tool's
 * own browser download cannot reach its servers from a closed network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEFAULT_CHROMIUM, settings } from '../src/config.ts';

const CHROMIUM_PATH = settings().chromium;

if (!existsSync(CHROMIUM_PATH) && CHROMIUM_PATH !== DEFAULT_CHROMIUM) {
  console.error(`ATLAS_CHROMIUM: no browser at ${CHROMIUM_PATH}`);
  process.exit(1);
}
if (!existsSync(CHROMIUM_PATH)) {
  const asRoot = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args: string[]) => {
    const [command, ...rest] = [...asRoot, ...args];
    execFileSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  console.log(`Chromium is missing at ${CHROMIUM_PATH}; installing Debian's chromium package.`);
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-cjk']);
  } catch {
    console.error(`Could not install Chromium. Install it by hand: apt-get install chromium fonts-noto-cjk`);
    process.exit(1);
  }
}
