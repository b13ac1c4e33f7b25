/** A list of numbers, one per year (budget path, inflation path); years can be added or removed within the allowed count. */
import type { ArraySpec, NumberSpec, ValidationIssue } from '../../engine/index';
import { NumberField } from './NumberField';

interface Props {
  path: string;
  spec: ArraySpec;
  value: number[];
  onCommit(v: unknown): ValidationIssue[];
}

export function ArrayField({ path, spec, value, onCommit }: Props) {
  const item: NumberSpec = { ...spec, kind: 'number', default: spec.default[0] ?? spec.min };
  const set = (k: number, v: unknown) => onCommit(value.map((x, i) => (i === k ? v : x)));
  return (
    <fieldset className="field field-array">
      <legend>
        {spec.label} <span className="unit">({spec.unit})</span>
      </legend>
      {value.map((x, k) => (
        <NumberField key={k} path={`${path}[${k}]`} spec={item} value={x} label={`Year ${k + 1}${k === value.length - 1 && k + 1 < 10 ? ' and after' : ''}`} onCommit={(v) => set(k, v)} />
      ))}
      <div className="array-buttons">
        <button type="button" disabled={value.length >= spec.maxLength} onClick={() => onCommit([...value, value[value.length - 1] ?? spec.min])}>
          Add a year
        </button>
        <button type="button" disabled={value.length <= spec.minLength} onClick={() => onCommit(value.slice(0, -1))}>
          Remove last year
        </button>
      </div>
    </fieldset>
  );
}
