/**
 * Text on its way into SVG or any other XML. XML 1.0 forbids the C0 control characters other
 * than tab, line feed and carriage return, unpaired UTF-16 surrogates, and U+FFFE and U+FFFF: a
 * parser stops at the first one ("Invalid character U+0007"), so a browser draws a chart only up
 * to it and a saved SVG will not open. They are dropped, since none of them can be shown anyway.
 * One function for every chart that writes markup as a string; charts built through the DOM
 * (Plot, the download's composed SVG) pass their text through `xmlSafe` instead.
 */
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML forbids. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for XML character data or a quoted attribute value: forbidden characters dropped, markup escaped. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
