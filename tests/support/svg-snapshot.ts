/**
 * Chart SVG in the shape the snapshots under tests/output/ keep it: one element per line,
 * indented by depth, with what changes for reasons other than the chart itself replaced by
 * stable names. Plot's stylesheet class carries a hash of its CSS (plot-d6a7b5), which moves with
 * any Plot upgrade, so it becomes `plot`; generated ids such as plot-clip-3 count from 1 in each
 * snapshot, so that one chart's snapshot does not depend on which charts were drawn before it.
 */

/** An opening or closing tag, a comment or a run of text; quoted attribute values may hold '>'. */
const TOKEN = /<!--[\s\S]*?-->|<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;

const isTag = (token: string) => token.startsWith('<');
const isClosing = (token: string) => token.startsWith('</');
const isSelfContained = (token: string) => token.startsWith('<!') || token.startsWith('<?') || token.endsWith('/>');

/** Pretty-prints markup one element per line; an element holding only text stays on its line. */
export function prettyMarkup(markup: string): string {
  const tokens = markup.match(TOKEN) ?? [];
  const lines: string[] = [];
  let depth = 0;
  const push = (text: string) => lines.push(`${'  '.repeat(depth)}${text}`);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!isTag(token)) {
      // Text between elements (CSS in <style>, mixed content): each of its lines on its own.
      for (const line of token.split('\n')) if (line.trim() !== '') push(line.trim());
    } else if (isClosing(token)) {
      depth = Math.max(0, depth - 1);
      push(token);
    } else if (isSelfContained(token)) {
      push(token);
    } else {
      const [next, after] = [tokens[i + 1], tokens[i + 2]];
      if (next !== undefined && isClosing(next)) {
        push(`${token}${next}`);
        i += 1;
      } else if (next !== undefined && !isTag(next) && !next.includes('\n') && after !== undefined && isClosing(after)) {
        push(`${token}${next}${after}`);
        i += 2;
      } else {
        push(token);
        depth += 1;
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Replaces Plot's hashed class and re-numbers its generated ids in order of appearance. */
export function normaliseGenerated(svg: string): string {
  const renumbered = new Map<string, string>();
  return svg.replace(/\bplot-[0-9a-f]{6}(?![\w-])/g, 'plot').replace(/\bplot-(clip|marker|pattern|gradient)-\d+\b/g, (id, kind: string) => {
    if (!renumbered.has(id))
      renumbered.set(id, `plot-${kind}-${[...renumbered.keys()].filter((k) => k.startsWith(`plot-${kind}-`)).length + 1}`);
    return renumbered.get(id) as string;
  });
}

/** What a snapshot file holds for one rendered SVG. */
export function readableSvg(svg: string): string {
  return prettyMarkup(normaliseGenerated(svg));
}
