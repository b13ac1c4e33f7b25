/** On/off and pick-one parameters. */
import { useId } from 'react';
import type { BooleanSpec, EnumSpec, ValidationIssue } from '../../engine/index';
import { OPTION_LABELS } from './labels';
import { ParamHelp } from './ParamHelp';
import type { ParamText } from './paramText';

interface Props<S, V> {
  spec: S;
  text: ParamText;
  value: V;
  onCommit(v: unknown): ValidationIssue[];
}

export function BooleanField({ spec, text, value, onCommit }: Props<BooleanSpec, boolean>) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={value} aria-describedby={`${id}-help`} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{text.label}</label>
      <ParamHelp id={`${id}-help`} spec={spec} text={text} />
    </div>
  );
}

export function EnumField({ spec, text, value, onCommit }: Props<EnumSpec, string>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{text.label}</label>
      <select id={id} value={value} aria-describedby={`${id}-help`} onChange={(e) => onCommit(e.target.value)}>
        {spec.options.map((o) => (
          <option key={o} value={o}>
            {OPTION_LABELS[o] ?? o}
          </option>
        ))}
      </select>
      <ParamHelp id={`${id}-help`} spec={spec} text={text} />
    </div>
  );
}
