/**
 * A number parameter, edited in display units (shares as %). Every keystroke
 * is validated against the whole scenario; only valid values are applied,
 * invalid ones stay in the box with the reason beside them. The box itself
 * stays left to right in Urdu, so digits and signs type as they do in English.
 * A refused value is remembered (ui/memory useKeptAcrossRedraw) with its
 * problems, kept unworded, so that a change of language, which draws the
 * levers afresh, finds it in the box with its reason in the new language; it
 * is forgotten once the box leaves the screen otherwise (its group folded).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberSpec, ValidationIssue } from '../../engine/index';
import { fromDisplay, logChangeText, rangeWithUnit, scaleOf, shownNumber, toDisplay, typedValue, ungrouped } from './display';
import { useReportUnused } from './unusedEdits';
import { elsewhereText, issueMessage } from './issues';
import { useKeptAcrossRedraw } from '../memory';
import { message } from './labels';
import { FieldIssues, ParamHelp } from './ParamHelp';
import type { ParamText } from './paramText';

export interface NumberFieldProps {
  path: string;
  spec: NumberSpec;
  /** Label, description, unit and source as shown (the label may be the year's or the share's). */
  text: ParamText;
  value: number;
  onCommit(value: unknown): ValidationIssue[];
  /**
   * Shown right after the label, before the box (the Uncertain toggle, drawn at the end of the label's line): placed
   * there so that Tab reaches it in the order it is seen, not after the box.
   */
  toggle?: ReactNode;
  /** Shown under the box (an uncertain parameter's distribution). */
  children?: ReactNode;
  /** Told whether the box holds a value that was applied (false while what is typed is refused, with the reason under it). */
  onValidity?(valid: boolean): void;
}

/** Digits typed on an Urdu or Arabic keyboard (۰–۹, ٠–٩). */
const EASTERN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;
/** Marks that order text (a number copied from the Urdu page carries them), and zero-width spaces. */
const MARKS = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/**
 * What was typed, in the digits and marks parseNumber reads: Urdu's and Arabic's digits as 0–9; their decimal
 * marks (Arabic's ٫, and Urdu's full stop ۔, which Urdu keyboards give for the point) as "."; their commas
 * (٬ ،) as ","; no-break and thin spaces as spaces; the minus sign as "-", with no space after a sign.
 */
function cleanTyped(text: string): string {
  return text
    .replace(MARKS, '')
    .replace(EASTERN_DIGIT, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/[\u066B\u06D4]/g, '.')
    .replace(/[\u066C\u060C]/g, ',')
    .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim()
    .replace(/^([-+])\s+/, '$1');
}
/**
 * A whole part with its thousands marked, as the app writes them: plain digits, "1,000,000" or, in lakh and crore,
 * "10,00,000" (commas or spaces). Anything else with a comma in it ("80,5", a decimal comma) is not a number: it was
 * read as 805.
 */
const WHOLE = /^(\d+|\d{1,3}(?:[, ]\d{3})+|\d{1,2}(?:[, ]\d{2})*[, ]\d{3})$/;

/** Parse what a person typed: thousands marked as the app marks them, Urdu's digits too; empty or junk is not a number. */
export function parseNumber(text: string): number | null {
  const t = cleanTyped(text);
  const m = /^([-+]?)([\d, ]*)(\.\d*)?(e[-+]?\d+)?$/i.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '.').length < 2) || (m[2] !== '' && !WHOLE.test(m[2]!))) return null;
  return Number(`${m[1]}${m[2]!.replace(/[, ]/g, '')}${m[3] ?? ''}${m[4] ?? ''}`);
}

/** Why what was typed is not a number: a comma where a decimal point was meant says so; else `otherwise`. */
export const notNumberMessage = (typed: string, otherwise: string = message('editor:field.enterNumber')): string =>
  /^[-+]?\d+,\d{1,2}$|^[-+]?\d+,\d{4,}$/.test(cleanTyped(typed)) ? message('editor:field.decimalComma') : otherwise;

/**
 * Range and whole-number checks in the units the person sees (the validator speaks in stored units); `shownUnit` is
 * the unit as shown. The range is written as the field's help writes it, the unit once ("between Rs 0 and 2,000 bn /
 * year", "between 0 and 1 probability", "between 0% and 100%").
 */
export function localIssue(spec: NumberSpec, shownValue: number, shownUnit: string = scaleOf(spec).unit): string | null {
  const scale = scaleOf(spec);
  const lo = toDisplay(spec.min, scale);
  const hi = toDisplay(spec.max, scale);
  if (shownValue < lo || shownValue > hi) {
    const and = (min: string, max: string) => message('editor:field.betweenAnd', { min, max });
    return message('editor:field.outside', { range: rangeWithUnit(shownNumber(lo), shownNumber(hi), shownUnit, and), value: typedValue(shownValue, shownUnit) });
  }
  if (spec.integer && !Number.isInteger(shownValue)) return message('editor:field.wholeNumber', { value: ungrouped(shownValue) });
  return null;
}

/**
 * Why a value typed was refused, worded when shown so that it follows a change of language: not a number, outside
 * the field's range or not whole (localIssue, the number as typed in display units), or a problem the scenario's
 * checks found, in this field or another.
 */
type Problem = { kind: 'notNumber'; typed: string } | { kind: 'local'; shown: number } | { kind: 'issue'; issue: ValidationIssue };

/** A refused value as typed, its problems, and the scenario's value it was refused beside (it is let go once that changes). */
interface Refused {
  draft: string;
  problems: Problem[];
  value: number;
}

/** Whether a label already says its unit ("Replications", "Sample households"): "(replications)" after it says nothing more. */
export const namesItsUnit = (label: string, unit: string): boolean => label.toLocaleLowerCase().split(/\s+/).includes(unit.toLocaleLowerCase());

export function NumberField({ path, spec, text, value, onCommit, toggle, children, onValidity }: NumberFieldProps) {
  const { t } = useTranslation('editor');
  const scale = scaleOf(spec);
  const shown = String(toDisplay(value, scale));
  // A value refused here before the levers were last drawn (a change of language), while the scenario keeps the value it was refused beside.
  const [remembered, remember] = useKeptAcrossRedraw<Refused | null>(`refused/${path}`, null);
  const kept = remembered?.value === value ? remembered : null;
  const [draft, setDraft] = useState(kept?.draft ?? shown);
  const [problems, setProblems] = useState<Problem[]>(kept?.problems ?? []);
  const id = useId();

  // Follow the store when the value changes from elsewhere (reset, preset, another field's rescaling); not when first
  // drawn, which keeps a refused value remembered.
  const seen = useRef(value);
  useEffect(() => {
    if (seen.current === value) return;
    seen.current = value;
    setDraft((d) => (parseNumber(d) !== null && fromDisplay(parseNumber(d)!, scale) === value ? d : shown));
    setProblems([]);
    remember(null);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  const problemText = (p: Problem): string => {
    if (p.kind === 'notNumber') return notNumberMessage(p.typed);
    if (p.kind === 'local') return localIssue(spec, p.shown, text.unit) ?? '';
    return p.issue.path === path ? issueMessage(p.issue) : elsewhereText(p.issue);
  };
  const messages = problems.map(problemText);
  const valid = messages.length === 0;
  useEffect(() => onValidity?.(valid), [valid]); // eslint-disable-line react-hooks/exhaustive-deps
  useReportUnused(id, valid ? 0 : 1);

  const refuse = (typed: string, found: Problem[]) => {
    setProblems(found);
    remember(found.length > 0 ? { draft: typed, problems: found, value } : null);
  };
  const change = (typed: string) => {
    setDraft(typed);
    const n = parseNumber(typed);
    if (n === null) return refuse(typed, [{ kind: 'notNumber', typed }]);
    if (localIssue(spec, n, text.unit)) return refuse(typed, [{ kind: 'local', shown: n }]);
    refuse(typed, onCommit(fromDisplay(n, scale)).map((issue) => ({ kind: 'issue', issue })));
  };

  const unitText = text.unit && !namesItsUnit(text.label, text.unit) ? t('field.unit', { unit: text.unit }) : '';
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {text.label}
        <span className="unit">{unitText}</span>
      </label>
      {toggle}
      <input
        id={id}
        dir="ltr"
        inputMode="decimal"
        value={draft}
        aria-invalid={messages.length > 0}
        aria-describedby={spec.logChange ? `${id}-gloss ${id}-help` : `${id}-help`}
        onChange={(e) => change(e.target.value)}
      />
      {spec.logChange && (
        <span id={`${id}-gloss`} className="field-gloss">
          {logChangeText(spec.logChange, value)}
        </span>
      )}
      <FieldIssues messages={messages} />
      {children}
      <ParamHelp id={`${id}-help`} spec={spec} text={text} />
    </div>
  );
}
