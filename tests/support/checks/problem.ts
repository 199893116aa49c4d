/** What every checker returns: one line per thing a page author has to fix. */
export interface Problem {
  /** File in the built tree, e.g. "en/scatter/index.html". */
  file: string;
  /** Short id of the check, e.g. "broken-link". */
  rule: string;
  message: string;
}

/** A count per rule first (so a pattern across 100 pages reads as one line), then the problems. */
export function formatProblems(problems: readonly Problem[], limit = 150): string {
  const byRule = new Map<string, Set<string>>();
  for (const p of problems) byRule.set(p.rule, (byRule.get(p.rule) ?? new Set()).add(p.file));
  const counts = [...byRule].map(
    ([rule, files]) => `  ${rule}: ${problems.filter((p) => p.rule === rule).length} in ${files.size} file(s)`,
  );
  const lines = problems.slice(0, limit).map((p) => `  ${p.file}: [${p.rule}] ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more`);
  return `${problems.length} problem(s)\nby rule:\n${counts.join('\n')}\n${lines.join('\n')}`;
}
