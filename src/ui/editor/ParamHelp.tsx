/** Default, range and source of a parameter: shown when its field is hovered or focused, always read by screen readers. */
import type { ParamSpec } from '../../engine/index';
import { CONFIDENCE_LABELS, defaultText, rangeText } from './display';

export function ParamHelp({ id, spec }: { id: string; spec: ParamSpec }) {
  const range = rangeText(spec);
  return (
    <div id={id} role="tooltip" className="param-help">
      <p>{spec.description}</p>
      <p>
        <strong>Default:</strong> {defaultText(spec)}
        {range && (
          <>
            {' · '}
            <strong>Range:</strong> {range}
          </>
        )}
      </p>
      <p>
        <strong>Source:</strong> {spec.source}{' '}
        <span className={`conf conf-${spec.conf}`}>({CONFIDENCE_LABELS[spec.conf]})</span>
      </p>
    </div>
  );
}

/** Inline validation messages for one field. */
export function FieldIssues({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="field-issues">
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
