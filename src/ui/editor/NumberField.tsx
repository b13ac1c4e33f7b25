/**
 * A number parameter, edited in display units (shares as %). Every keystroke
 * is validated against the whole scenario; only valid values are applied,
 * invalid ones stay in the box with the reason beside them. The box itself
 * stays left to right in Urdu, so digits and signs type as they do in English.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberSpec, ValidationIssue } from '../../engine/index';
import { formatPlain } from '../format';
import { fromDisplay, logChangeText, scaleOf, toDisplay, ungrouped } from './display';
import { issueMessage } from './issues';
import { message } from './labels';
import { FieldIssues, ParamHelp } from './ParamHelp';
import type { ParamText } from './paramText';

interface Props {
  path: string;
  spec: NumberSpec;
  /** Label, description, unit and source as shown (the label may be the year's or the share's). */
  text: ParamText;
  value: number;
  onCommit(value: unknown): ValidationIssue[];
  /** Shown under the box (the uncertainty toggle of a parameter that can be uncertain). */
  children?: ReactNode;
}

/** Parse what a person typed: allows thousands separators and spaces; empty or junk is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/** Range and whole-number checks in the units the person sees (the validator speaks in stored units); `unit` is the unit as shown. */
export function localIssue(spec: NumberSpec, shownValue: number, shownUnit: string = scaleOf(spec).unit): string | null {
  const scale = scaleOf(spec);
  const unit = shownUnit === '%' ? '%' : shownUnit ? ` ${shownUnit}` : '';
  const lo = toDisplay(spec.min, scale);
  const hi = toDisplay(spec.max, scale);
  if (shownValue < lo || shownValue > hi)
    return message('editor:field.between', { min: formatPlain(lo), max: formatPlain(hi), value: formatPlain(shownValue), unit });
  if (spec.integer && !Number.isInteger(shownValue)) return message('editor:field.wholeNumber', { value: ungrouped(shownValue) });
  return null;
}

export function NumberField({ path, spec, text, value, onCommit, children }: Props) {
  const { t } = useTranslation('editor');
  const scale = scaleOf(spec);
  const shown = String(toDisplay(value, scale));
  const [draft, setDraft] = useState(shown);
  const [messages, setMessages] = useState<string[]>([]);
  const id = useId();

  // Follow the store when the value changes from elsewhere (reset, preset, another field's rescaling).
  useEffect(() => {
    setDraft((d) => (parseNumber(d) !== null && fromDisplay(parseNumber(d)!, scale) === value ? d : shown));
    setMessages([]);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (typed: string) => {
    setDraft(typed);
    const n = parseNumber(typed);
    if (n === null) {
      setMessages([t('field.enterNumber')]);
      return;
    }
    const local = localIssue(spec, n, text.unit);
    if (local) {
      setMessages([local]);
      return;
    }
    const issues = onCommit(fromDisplay(n, scale));
    setMessages(issues.map((i) => (i.path === path ? issueMessage(i.message) : t('field.elsewhere', { path: i.path, message: issueMessage(i.message) }))));
  };

  const unitText = text.unit ? t('field.unit', { unit: text.unit }) : '';
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {text.label}
        <span className="unit">{unitText}</span>
      </label>
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
