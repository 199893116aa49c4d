/**
 * Waiting for a page's network to fall quiet: Playwright's `networkidle` waits a fixed 500 ms after
 * the last request, which adds up to minutes over the few hundred page visits of the browser tests.
 * This waits until no request has been in flight for 150 ms (module scripts, the fetches they start
 * on load and any late request all count), or 10 s at the most.
 */
import type { Page } from 'playwright-core';

const QUIET_MS = 150;
const LONGEST_MS = 10_000;

/** Starts counting the page's requests (call before `goto`); the function it returns waits for quiet. */
export function watchNetwork(page: Page): () => Promise<void> {
  let pending = 0;
  let lastActivity = Date.now();
  const bump = (delta: number) => () => {
    pending += delta;
    lastActivity = Date.now();
  };
  page.on('request', bump(1));
  page.on('requestfinished', bump(-1));
  page.on('requestfailed', bump(-1));
  return async () => {
    const deadline = Date.now() + LONGEST_MS;
    while (Date.now() < deadline && (pending > 0 || Date.now() - lastActivity < QUIET_MS)) await page.waitForTimeout(25);
  };
}
