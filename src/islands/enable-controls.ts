/**
 * Controls are in the page from the start but inert, so that nothing moves when the island
 * arrives (no layout shift); the island makes them usable.
 */
export function enableControls(form: HTMLFormElement): void {
  form.querySelector<HTMLElement>('[data-js-gate]')?.removeAttribute('inert');
  form.addEventListener('submit', (event) => event.preventDefault());
}
