/**
 * The tooltip of a chart's marks, wired the same way on the scatters and the maps: a mark's name
 * and lines, shown on hover (a mouse's or a pen's), on a tap (with a link onward, tapToPreview)
 * and on keyboard focus (rovingFocus, which also reads them to the live region). Keys walk the
 * marks in the order the build wrote them.
 */
import { placeTooltip, rovingFocus, tapToPreview } from './roving-focus.ts';

/**
 * `linesOf` gives a mark's name first, then its lines, or nothing for a mark without content.
 * The figure's data-open-profile ("… {name} …") is the text of a tapped tooltip's link.
 */
export function markTooltips(figure: HTMLElement, tooltip: HTMLElement, linesOf: (mark: SVGAElement) => string[]): void {
  const separator = document.documentElement.lang === 'ja' ? '、' : '; ';
  const show = (mark: SVGAElement) => {
    const [name, ...lines] = linesOf(mark);
    if (!name) return;
    // One line each (spans would otherwise run together).
    const line = (text: string) => {
      const span = Object.assign(document.createElement('span'), { textContent: text });
      span.style.display = 'block';
      return span;
    };
    tooltip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: name }), ...lines.map(line));
    placeTooltip(tooltip, mark, figure);
  };
  const hide = () => {
    tooltip.hidden = true;
  };
  const markOf = (event: Event) => (event.target as Element).closest<SVGAElement>('svg a');

  // Hover is a mouse's (and a pen's); a touch opens the tooltip by tapToPreview instead.
  figure.addEventListener('pointerover', (event) => {
    const mark = markOf(event);
    if (mark && event.pointerType !== 'touch') show(mark);
  });
  figure.addEventListener('pointerout', (event) => {
    if (markOf(event) && event.pointerType !== 'touch' && !tooltip.classList.contains('is-pinned')) hide();
  });
  const openProfile = figure.dataset.openProfile ?? '';
  tapToPreview({ root: figure, tooltip, show, hide, linkText: (mark) => openProfile.replace('{name}', linesOf(mark)[0] ?? '') });
  rovingFocus({ root: figure, show, hide, describe: (mark) => linesOf(mark).join(separator) });
}
