import type { Page } from 'playwright-core';

/**
 * The stylesheet lets the browser skip the layout of long blocks below the first screen
 * (`content-visibility: auto` on the tables and the network reading) until the reader scrolls near
 * them. A skipped block has no overflow and no colours axe can read, so checks of a whole page
 * (axe, page width, reflow) turn the skipping off and see every block as it is once on screen.
 */
export async function renderAll(page: Page): Promise<void> {
  // Not page.addStyleTag: it waits for the style's load event, which never fires with JavaScript off.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '* { content-visibility: visible !important; }';
    document.head.append(style);
  });
}
