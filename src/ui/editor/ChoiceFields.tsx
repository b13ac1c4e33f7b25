/** On/off and pick-one parameters. */
import { useId } from 'react';
import type { BooleanSpec, EnumSpec, ValidationIssue } from '../../engine/index';
import { OPTION_LABELS } from './labels';
import { ParamHelp } from './ParamHelp';

export function BooleanField({ spec, value, onCommit }: { spec: BooleanSpec; value: boolean; onCommit(v: unknown): ValidationIssue[] }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={value} aria-describedby={`${id}-help`} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{spec.label}</label>
      <ParamHelp id={`${id}-help`} spec={spec} />
    </div>
  );
}

export function EnumField({ spec, value, onCommit }: { spec: EnumSpec; value: string; onCommit(v: unknown): ValidationIssue[] }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{spec.label}</label>
      <select id={id} value={value} aria-describedby={`${id}-help`} onChange={(e) => onCommit(e.target.value)}>
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {OPTION_LABELS[o] ?? o}
          </option>
        ))}
      </select>
      <ParamHelp id={`${id}-help`} spec={spec} />
    </div>
  );
}
