/**
 * A rough width for a label in the build, where there is no font to measure: CJK characters
 * take a full em, others a little over half. Used to size chart margins so labels never clip.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.6;
  return Math.ceil(ems * fontSize);
}

export function marginFor(labels: string[], fontSize: number): number {
  return Math.max(...labels.map((label) => estimateTextWidth(label, fontSize))) + 16;
}
