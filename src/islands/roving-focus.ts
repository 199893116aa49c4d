/**
 * One tab stop per chart (a roving tabindex). The build writes tabindex="0" on the first mark of
 * each view and tabindex="-1" on the rest, in the order the keys walk them (x order on a scatter,
 * reading order on a map). Here: ←/→ move to the previous/next mark in that order, ↑/↓ to the
 * nearest mark above/below, Home/End to the first/last; Enter follows the mark's link (the
 * browser's own behaviour); Esc closes the tooltip. The focused mark becomes the chart's tab stop
 * and its text goes to a polite live region beside the chart.
 */

export interface RovingChart {
  /** The figure holding the views, the tooltip and the live region. */
  root: HTMLElement;
  /** What the live region says for a mark (name, both values with ranks, class). */
  describe(mark: SVGAElement): string;
  show(mark: SVGAElement): void;
  hide(): void;
}

const MARK = 'svg a';

/** The marks of the view a reader can see, in the order the build wrote them. */
export function visibleMarks(root: HTMLElement): SVGAElement[] {
  const view = [...root.querySelectorAll<HTMLElement>('.chart-view:not([hidden])')].find((v) => v.offsetParent !== null);
  return view ? [...view.querySelectorAll<SVGAElement>(MARK)] : [];
}

const centre = (el: Element) => {
  const box = el.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
};

/** The mark nearest to `from` strictly above (direction −1) or below (+1) it, or undefined. */
function nearestVertical(marks: SVGAElement[], from: SVGAElement, direction: 1 | -1): SVGAElement | undefined {
  const c = centre(from);
  let best: SVGAElement | undefined;
  let bestScore = Infinity;
  for (const mark of marks) {
    if (mark === from) continue;
    const m = centre(mark);
    const dy = (m.y - c.y) * direction;
    if (dy <= 1) continue;
    const score = dy + 2 * Math.abs(m.x - c.x);
    if (score < bestScore) [best, bestScore] = [mark, score];
  }
  return best;
}

let escapeWired = false;
const pinned = new Set<() => void>();

/** WCAG 1.4.13: Esc closes any open tooltip, wherever focus or the pointer is. */
function wireEscape(): void {
  if (escapeWired) return;
  escapeWired = true;
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const tip of document.querySelectorAll<HTMLElement>('.tooltip:not([hidden])')) tip.hidden = true;
    for (const close of pinned) close();
  });
}

export function rovingFocus(chart: RovingChart): void {
  const { root } = chart;
  if (root.dataset.roving !== undefined) return;
  root.dataset.roving = '';
  wireEscape();
  const live = root.querySelector<HTMLElement>('[data-announce]');

  const makeTabStop = (mark: SVGAElement) => {
    const view = mark.closest('.chart-view') ?? root;
    for (const other of view.querySelectorAll<SVGAElement>(MARK)) other.setAttribute('tabindex', other === mark ? '0' : '-1');
  };

  root.addEventListener('focusin', (event) => {
    const mark = (event.target as Element).closest<SVGAElement>(MARK);
    if (!mark) return;
    makeTabStop(mark);
    chart.show(mark);
    if (live) live.textContent = chart.describe(mark);
  });
  root.addEventListener('focusout', (event) => {
    // Focus moving into an open tooltip (its link, after a tap) keeps the tooltip open.
    const to = event.relatedTarget as Node | null;
    if (to && root.querySelector('.tooltip')?.contains(to)) return;
    chart.hide();
  });
  root.addEventListener('keydown', (event) => {
    const current = (event.target as Element).closest<SVGAElement>(MARK);
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') return chart.hide();
    const marks = visibleMarks(root);
    const i = marks.indexOf(current);
    if (i < 0) return;
    let next: SVGAElement | undefined;
    switch (event.key) {
      case 'ArrowRight':
        next = marks[i + 1];
        break;
      case 'ArrowLeft':
        next = marks[i - 1];
        break;
      case 'ArrowUp':
        next = nearestVertical(marks, current, -1);
        break;
      case 'ArrowDown':
        next = nearestVertical(marks, current, 1);
        break;
      case 'Home':
        next = marks[0];
        break;
      case 'End':
        next = marks.at(-1);
        break;
      default:
        return;
    }
    // The key belongs to the chart even at an end, so the page does not scroll under the reader.
    event.preventDefault();
    next?.focus();
  });
}

/** Positions a tooltip above a mark (below it when there is no room), inside the figure. */
export function placeTooltip(tooltip: HTMLElement, mark: Element, figure: HTMLElement): void {
  tooltip.hidden = false;
  const box = mark.getBoundingClientRect();
  const frame = figure.getBoundingClientRect();
  const left = Math.min(box.left - frame.left + box.width / 2 + 10, frame.width - tooltip.offsetWidth);
  const above = box.top - frame.top - tooltip.offsetHeight - 8;
  tooltip.style.left = `${Math.max(0, left)}px`;
  tooltip.style.top = `${above >= 0 ? above : box.bottom - frame.top + 8}px`;
}

export interface TapChart {
  root: HTMLElement;
  tooltip: HTMLElement;
  /** Fills and places the tooltip for a mark (the same as on hover). */
  show(mark: SVGAElement): void;
  hide(): void;
  /** The text of the link onward that a tapped tooltip ends with. */
  linkText(mark: SVGAElement): string;
}

/** Touch pointers are within this many css px of a mark's centre to hit it (a 24 × 24 target). */
const TAP_RADIUS = 12;

/** The mark whose centre is nearest to the point, within TAP_RADIUS or inside the mark itself. */
function nearestMark(root: HTMLElement, x: number, y: number, hit: SVGAElement | null): SVGAElement | null {
  let best = hit;
  let bestDistance = hit ? Math.hypot(centre(hit).x - x, centre(hit).y - y) : TAP_RADIUS;
  for (const mark of visibleMarks(root)) {
    const c = centre(mark);
    const d = Math.hypot(c.x - x, c.y - y);
    if (d < bestDistance) [best, bestDistance] = [mark, d];
  }
  return best;
}

/**
 * On a touch screen a tap on a mark opens its tooltip with a link onward (the mark's own link)
 * instead of leaving the page; a tap on that link follows it, a tap elsewhere or Esc closes the
 * tooltip. Mouse and keyboard keep their behaviour: hover or focus shows, a click or Enter follows.
 */
export function tapToPreview(chart: TapChart): void {
  const { root, tooltip } = chart;
  let pointer = 'mouse';
  let open: SVGAElement | null = null;
  const close = () => {
    open = null;
    tooltip.classList.remove('is-pinned');
    tooltip.setAttribute('aria-hidden', 'true');
    chart.hide();
  };
  root.addEventListener('pointerdown', (event) => {
    pointer = event.pointerType;
  });
  root.addEventListener('click', (event) => {
    if (pointer !== 'touch') return;
    const target = event.target as Element;
    if (tooltip.contains(target)) return;
    const mark = nearestMark(root, event.clientX, event.clientY, target.closest<SVGAElement>(MARK));
    if (!mark) {
      if (open) close();
      return;
    }
    event.preventDefault();
    open = mark;
    chart.show(mark);
    const link = Object.assign(document.createElement('a'), { href: mark.getAttribute('href') ?? '', textContent: chart.linkText(mark) });
    link.className = 'tooltip__link';
    tooltip.append(link);
    tooltip.classList.add('is-pinned');
    tooltip.removeAttribute('aria-hidden');
    placeTooltip(tooltip, mark, root);
  });
  document.addEventListener('pointerdown', (event) => {
    if (!open) return;
    const target = event.target as Element;
    if (tooltip.contains(target) || root.contains(target)) return;
    close();
  });
  pinned.add(() => {
    if (open) close();
  });
}
