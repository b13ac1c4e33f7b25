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

/** A letter (left to right unless it is Urdu's: the app's other scripts are Latin). */
const LETTER = /\p{L}/u;
/** Urdu's letters and punctuation ("،" and "؛" are shared with other scripts). */
const URDU = /\p{Script_Extensions=Arabic}/u;

/**
 * A value put into a right-to-left message by a placeholder (i18n/index: every placeholder in Urdu): isolated if it
 * has Latin letters outside any isolate of its own, as the catalogues isolate the Latin runs they write themselves.
 * A scenario named "Rs 100bn (cash)", a file "households.csv", a column, an id: without the isolate the bidi
 * algorithm set its brackets and full stops on the wrong side of it, or took the sentence's punctuation into it.
 * A value with Urdu in it (a list joined by "، ", "نقد (Rs 100bn)") is a right-to-left isolate, any other a
 * first-strong one. Urdu text, numbers (with their marks and unit words), and values whose Latin
 * is isolated already (displayName, a message put into another) are left as they are.
 */
export function valueIsolated(text: string): string {
  let depth = 0;
  for (const ch of text) {
    if (ch >= LRI && ch <= FSI) depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && LETTER.test(ch) && !URDU.test(ch)) return URDU.test(text) ? rtlRun(text) : isolate(text);
  }
  return text;
}

/** The format (i18n/index) of a placeholder that a message puts inside an isolate of its own: not isolated again. */
export const IN_ISOLATE = 'inIsolate';

/**
 * A right-to-left message with each placeholder that stands inside an isolate the message writes itself
 * ("“\u2068{{words}}\u2069”", "\u2068sha256 {{sha256}}\u2069") given the format IN_ISOLATE, so that its value, isolated
 * there already, is put in as it is rather than in a second isolate of its own (valueIsolated).
 */
export function placeholdersInIsolatesMarked(message: string): string {
  let depth = 0;
  return message.replace(/[\u2066-\u2068]|\u2069|\{\{([^{}]+?)\}\}/g, (token, name: string | undefined) => {
    if (name === undefined) {
      depth = token === PDI ? Math.max(0, depth - 1) : depth + 1;
      return token;
    }
    return depth > 0 && !name.includes(',') ? `{{${name}, ${IN_ISOLATE}}}` : token;
  });
}
