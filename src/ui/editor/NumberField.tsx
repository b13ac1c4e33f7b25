/**
 * A number parameter, edited in display units (shares as %). Every keystroke
 * is validated against the whole scenario; only valid values are applied,
 * invalid ones stay in the box with the reason beside them.
 */
import { useEffect, useId, useState } from 'react';
import type { NumberSpec, ValidationIssue } from '../../engine/index';
import { fromDisplay, scaleOf, toDisplay } from './display';
import { FieldIssues, ParamHelp } from './ParamHelp';

interface Props {
  path: string;
  spec: NumberSpec;
  value: number;
  onCommit(value: unknown): ValidationIssue[];
  label?: string;
}

/** Parse what a person typed: allows thousands separators and spaces; empty or junk is not a number. */
export function parseNumber(text: string): number | null {
  const cleaned = text.replace(/[,\s]/g, '');
  if (cleaned === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned);
}

/** Range and whole-number checks in the units the person sees (the validator speaks in stored units). */
export function localIssue(spec: NumberSpec, shownValue: number): string | null {
  const scale = scaleOf(spec);
  const unit = scale.unit === '%' ? '%' : scale.unit ? ` ${scale.unit}` : '';
  const lo = toDisplay(spec.min, scale);
  const hi = toDisplay(spec.max, scale);
  if (shownValue < lo || shownValue > hi)
    return `must be between ${lo.toLocaleString('en-US')}${unit} and ${hi.toLocaleString('en-US')}${unit}, got ${shownValue.toLocaleString('en-US')}${unit}`;
  if (spec.integer && !Number.isInteger(shownValue)) return `must be a whole number, got ${shownValue}`;
  return null;
}

export function NumberField({ path, spec, value, onCommit, label }: Props) {
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

  const change = (text: string) => {
    setDraft(text);
    const n = parseNumber(text);
    if (n === null) {
      setMessages(['enter a number']);
      return;
    }
    const local = localIssue(spec, n);
    if (local) {
      setMessages([local]);
      return;
    }
    const issues = onCommit(fromDisplay(n, scale));
    setMessages(issues.map((i) => (i.path === path ? `${i.message}` : `${i.path}: ${i.message}`)));
  };

  const unitText = scale.unit ? ` (${scale.unit})` : '';
  return (
    <div className={`field${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {label ?? spec.label}
        <span className="unit">{unitText}</span>
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={draft}
        aria-invalid={messages.length > 0}
        aria-describedby={`${id}-help`}
        onChange={(e) => change(e.target.value)}
      />
      <FieldIssues messages={messages} />
      <ParamHelp id={`${id}-help`} spec={spec} />
    </div>
  );
}
