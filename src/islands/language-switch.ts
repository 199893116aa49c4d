/**
 * The language switch links the twin page in the other language. Pages keep their state in the
 * query string (the planner's ?target=…, the scatter's axes), so the switch carries the current
 * query and fragment across; without JavaScript it still links the twin page, without the state.
 * The href is set only when the link is about to be followed (or shown in a context menu),
 * because islands rewrite the query with history.replaceState as the reader works, and a hostile
 * query that an island has already dropped must never be copied onto the page.
 */
export function keepQueryOnSwitch(link: HTMLAnchorElement): void {
  const update = () => {
    const url = new URL(link.href, location.href);
    url.search = location.search;
    url.hash = location.hash;
    link.href = url.href;
  };
  for (const type of ['pointerdown', 'focus', 'click', 'auxclick', 'contextmenu'] as const) link.addEventListener(type, update);
}
