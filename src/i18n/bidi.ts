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
const LRI = '\u2066';

/** A run whose direction is its own first strong letter's (first-strong isolate). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/**
 * Right-to-left text with each run of Latin script in it isolated: a source in Urdu keeps its publications' names
 * as published ("Government of Pakistan et al.", "Arif & Farooq (2014)", "PAR>30"), and without an isolate the
 * bidi algorithm set a run's closing full stop, or a figure after a symbol, on the wrong side of it.
 * A run starts at a Latin letter and runs on over Latin letters, digits, spaces, the punctuation names use and
 * bracketed parts ("(2014)"); it ends at a letter, a digit, a full stop or a closing bracket of its own.
 */
const LATIN_RUN = /[A-Za-z](?:[A-Za-z0-9 .,:;&'’/–+<>=%-]|\([A-Za-z0-9 .,:;&'’/–+<>=%-]*\))*/g;
const RUN_END = /^([\s\S]*?[A-Za-z0-9.)])([^A-Za-z0-9.)]*)$/;

export function isolateLatinRuns(text: string): string {
  return text.replace(LATIN_RUN, (run) => {
    const [, kept, after] = RUN_END.exec(run)!;
    return `${isolate(kept!)}${after}`;
  });
}

/**
 * Text that names publications and surveys as published, as shown in `language`: isolated in a right-to-left one,
 * where a percentage also starts with a left-to-right mark (as formatShare's do), or its sign went to the left of
 * its digits ("GiveDirectly تقریباً %10").
 */
export function namesIsolated(text: string, language: Language): string {
  return languageDir(language) === 'rtl' ? percentsMarked(isolateLatinRuns(text)) : text;
}

/**
 * Right-to-left text with each percentage led by a left-to-right mark, so that its sign stays on the right of its
 * digits ("10%", not "%10" after Urdu words). A percentage that starts the text gets a right-to-left mark before
 * that: text that takes its direction from its first strong character (a <bdi>, dir="auto") had found the
 * left-to-right mark and laid the whole line out left to right ("سالانہ 80 ارب روپے :وقفہ 50%" in the legend).
 */
export function percentsMarked(text: string): string {
  return text.replace(/(?<![\u200E\d.,])(\d[\d.,]*%)/g, (_, percent: string, at: number) => `${at === 0 ? '\u200F' : ''}\u200E${percent}`);
}

/** A run laid out right to left whatever surrounds it (for Urdu text in a left-to-right SVG). */
export function rtlRun(text: string): string {
  return `${RLI}${text}${PDI}`;
}

/**
 * A run laid out left to right whatever surrounds it, which text around it does not take its direction from (an
 * isolate is skipped when a <bdi>, dir="auto" or a first-strong isolate looks for its first strong letter): a signed
 * number in Urdu ("−5" in "−5 مہینے"; ui/format signed).
 */
export function ltrRun(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/** Arabic-script letters (Urdu's). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * Text isolated in the direction of its words: with Urdu words in it, a right-to-left run; without (an English name,
 * a number and its sign alone), its own first strong letter's. A first-strong isolate alone had laid "‎−5 مہینے" out
 * left to right (its first strong letter is the mark before the sign), its unit word on the right of the number.
 */
export function isolateByScript(text: string): string {
  return ARABIC_SCRIPT.test(text) ? rtlRun(text) : isolate(text);
}

/** Text with the isolate and directional marks removed (for comparisons and file names). */
export function stripBidi(text: string): string {
  return text.replace(/[\u200E\u200F\u2066-\u2069]/g, '');
}
