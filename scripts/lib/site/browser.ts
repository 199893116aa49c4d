/** Chromium (ATLAS_CHROMIUM, Debian's by default) through playwright-core, for the tests, the bench and the screenshots. */
import { chromium, type Browser } from 'playwright-core';
import { settings } from '../../../src/config.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: settings().chromium, args: CHROMIUM_ARGS });
}
