/**
 * Bidirectional text. Names a user typed (often English) and other embedded
 * runs go inside Unicode isolates when they sit in a sentence of the other
 * direction, so they neither reorder the sentence around them nor get
 * reordered by it. In JSX, prefer <bdi>; in plain strings (SVG text, titles,
 * exports), use isolate().
 */
import { languageDir, type Language } from './languages';

const FSI = '\u2068';
const PDI = '\u2069';
const RLI = '\u2067';

/** A run whose direction is its own first strong letter's (first-strong isolate). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * Right-to-left text with each run of Latin script in it isolated: a source in Urdu keeps its publications' names
 * as published ("… (Gulf News 2019؛ The Nation 2020)"), and without isolates the bidi algorithm joined the
 * names, the years and the punctuation between them into one reordered run ("(The Nation 2020 ؛News 2019 Gulf").
 * A run starts at a Latin letter and runs on over Latin letters, digits, spaces and the punctuation names use.
 */
export function isolateLatinRuns(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z0-9 .,&'’/–-]*[A-Za-z0-9.]|[A-Za-z]/g, (run) => isolate(run));
}

/** Text that names publications and surveys as published, as shown in `language`: isolated in a right-to-left one. */
export function namesIsolated(text: string, language: Language): string {
  return languageDir(language) === 'rtl' ? isolateLatinRuns(text) : text;
}

/** A run laid out right to left whatever surrounds it (for Urdu text in a left-to-right SVG). */
export function rtlRun(text: string): string {
  return `${RLI}${text}${PDI}`;
}

/** Text with the isolate and directional marks removed (for comparisons and file names). */
export function stripBidi(text: string): string {
  return text.replace(/[\u200E\u200F\u2066-\u2069]/g, '');
}
