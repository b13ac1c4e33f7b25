/** A list of numbers, one per year (budget path, inflation path); years can be added or removed within the allowed count. */
import { useTranslation } from 'react-i18next';
import type { ArraySpec, NumberSpec, ValidationIssue } from '../../engine/index';
import { formatPlain } from '../format';
import { NumberField } from './NumberField';
import type { ParamText } from './paramText';

interface Props {
  path: string;
  spec: ArraySpec;
  text: ParamText;
  value: number[];
  onCommit(v: unknown): ValidationIssue[];
}

export function ArrayField({ path, spec, text, value, onCommit }: Props) {
  const { t } = useTranslation('editor');
  // Each year's own default: the path's value for that year (past its end, its last), so year 3 of the budget says
  // "Default: Rs 120 bn / year", not year 1's Rs 80 bn.
  const item = (k: number): NumberSpec => ({ ...spec, kind: 'number', default: spec.default[Math.min(k, spec.default.length - 1)] ?? spec.min });
  const set = (k: number, v: unknown) => onCommit(value.map((x, i) => (i === k ? v : x)));
  const yearLabel = (k: number) => t(k === value.length - 1 && k + 1 < 10 ? 'array.yearAndAfter' : 'array.year', { year: formatPlain(k + 1) });
  return (
    <fieldset className="field field-array">
      <legend>
        {text.label} <span className="unit">({text.unit})</span>
      </legend>
      {value.map((x, k) => (
        <NumberField key={k} path={`${path}[${k}]`} spec={item(k)} text={{ ...text, label: yearLabel(k) }} value={x} onCommit={(v) => set(k, v)} />
      ))}
      <div className="array-buttons">
        <button type="button" disabled={value.length >= spec.maxLength} onClick={() => onCommit([...value, value[value.length - 1] ?? spec.min])}>
          {t('array.add')}
        </button>
        <button type="button" disabled={value.length <= spec.minLength} onClick={() => onCommit(value.slice(0, -1))}>
          {t('array.remove')}
        </button>
      </div>
    </fieldset>
  );
}
