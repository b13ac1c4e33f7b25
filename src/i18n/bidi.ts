/**
 * Bidirectional text. Names a user typed (often English) and other embedded
 * runs go inside Unicode isolates when they sit in a sentence of the other
 * direction, so they neither reorder the sentence around them nor get
 * reordered by it. In JSX, prefer <bdi>; in plain strings (SVG text, titles,
 * exports), use isolate().
 */
const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

/** A run whose direction is its own first strong letter's (first-strong isolate). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** A run laid out right to left whatever surrounds it (for Urdu text in a left-to-right SVG). */
export function rtlRun(text: string): string {
  return `${RLI}${text}${PDI}`;
}

/** Text with the isolate and directional marks removed (for comparisons and file names). */
export function stripBidi(text: string): string {
  return text.replace(/[\u200E\u200F\u2066-\u2069]/g, '');
}
