/**
 * The charts' language helpers. Messages live in the `charts` namespace
 * (src/i18n/locales/<language>/charts.ts); these say how data sits inside
 * them and how text is laid out in the charts' svg.
 *
 * The svg keeps its geometry in every language (time runs left to right,
 * the value axis stays on the left, as in statistical charts in Urdu
 * publications), so charts.css gives it `direction: ltr` and text anchors
 * keep their geometric meaning. Each Urdu string is then laid out right to
 * left inside its text element (svgText), so "8.31 ملین" shows the number on
 * the right of its unit word, as Urdu readers expect.
 */
import { i18n } from '../../i18n/index';
import { isolate, isolateByScript } from '../../i18n/bidi';

/** Whether charts are written right to left now. */
export const isRtl = (): boolean => i18n.language === 'ur';

/**
 * The step between wrapped lines of svg text of `fontSize`: Nastaliq sets Urdu much taller than Latin script is
 * (its words rise and fall diagonally), and at the Latin step a wrapped Urdu label ran into its own next line.
 */
export const svgLineStep = (fontSize: number): number => Math.round(fontSize * (isRtl() ? 1.9 : 1.2));

/** A name (a scenario's, typed by a user) or other data inside a translated sentence: isolated in Urdu; English is left as it was. */
export const nameIn = (name: string): string => (isRtl() ? isolate(name) : name);

/**
 * Text for an svg <text> or <tspan>. In Urdu, text with Urdu words in it is a
 * right-to-left run; text without (a scenario's English name, or the line of
 * it a label wrapped onto) is isolated and keeps its own direction, so
 * "Status quo (no new programmes)" keeps its brackets where they were.
 * English is left as it was. Numbers alone (tick labels) need none.
 */
export const svgText = (text: string): string => (isRtl() ? isolateByScript(text) : text);

/** Names joined in a list: "A, B" ("A، B" in Urdu), each isolated. */
export const nameList = (names: readonly string[]): string => names.map(nameIn).join(i18n.t('charts:shared.listSeparator'));

/** A keyed item whose label is read when asked for (a module-level list of parts, measures or flows), so it follows the language. */
export function labelled<K extends string>(key: K, label: () => string): { readonly key: K; readonly label: string } {
  return Object.defineProperty({ key }, 'label', { get: label, enumerable: true }) as { readonly key: K; readonly label: string };
}
