/**
 * One bound of a constraint, typed in the units the view shows (a share as
 * a percentage, the floor in rupees a month); empty means no bound. What is
 * not a number, or is outside the unit's range, stays in the box with the
 * reason under it and is not applied; a number is applied, and what the
 * engine then says about it (min above max, a group's sum…) comes in as
 * `issues` and shows under the box too.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPlain } from '../../format';
import { notNumberMessage, parseNumber } from '../../editor/NumberField';
import { FieldIssues } from '../../editor/ParamHelp';

export interface BoundUnit {
  /** Stored value × factor = the number shown (100 for a share shown as %). */
  factor: number;
  /** The shown number's range. */
  min: number;
  max: number;
  /** The unit as written after the range ("%", "Rs a month"). */
  unit: string;
}

/** Round away float noise from scaling (0.07 × 100 = 7.000000000000001). */
const scaled = (x: number, factor: number) => Number((x * factor).toPrecision(12));

interface Props {
  label: string;
  value: number | undefined;
  unit: BoundUnit;
  onCommit(value: number | undefined): void;
  issues?: readonly string[];
  disabled?: boolean;
  /** Whether the label is shown, or only given to assistive technology (a table row's inputs under column headers). */
  visibleLabel?: boolean;
}

export function BoundInput({ label, value, unit, onCommit, issues = [], disabled = false, visibleLabel = false }: Props) {
  const { t } = useTranslation('optimise');
  const id = useId();
  const shown = value === undefined ? '' : String(scaled(value, unit.factor));
  const [draft, setDraft] = useState(shown);
  const [local, setLocal] = useState<string | null>(null);
  // Follow the store when the value changes from elsewhere (an imported file, a removed group).
  useEffect(() => {
    setDraft((d) => {
      const n = parseNumber(d);
      return (d.trim() === '' && value === undefined) || (n !== null && value !== undefined && scaled(n, 1 / unit.factor) === value) ? d : shown;
    });
    setLocal(null);
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (typed: string) => {
    setDraft(typed);
    if (typed.trim() === '') {
      setLocal(null);
      onCommit(undefined);
      return;
    }
    const n = parseNumber(typed);
    if (n === null) return setLocal(notNumberMessage(typed, t('field.enterNumber')));
    if (n < unit.min || n > unit.max) return setLocal(t('field.between', { min: formatPlain(unit.min), max: formatPlain(unit.max), unit: unit.unit }));
    setLocal(null);
    onCommit(scaled(n, 1 / unit.factor));
  };
  const messages = local ? [local] : [...issues];
  return (
    <div className={`field opt-bound${messages.length ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className={visibleLabel ? undefined : 'visually-hidden'}>
        {label}
      </label>
      <input
        id={id}
        dir="ltr"
        inputMode="decimal"
        value={draft}
        disabled={disabled}
        aria-invalid={messages.length > 0}
        onChange={(e) => change(e.target.value)}
      />
      <FieldIssues messages={messages} />
    </div>
  );
}
