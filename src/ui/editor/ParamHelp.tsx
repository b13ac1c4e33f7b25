/** Default, range and source of a parameter: shown when its field is hovered or focused, always read by screen readers. */
import { useTranslation } from 'react-i18next';
import type { ParamSpec } from '../../engine/index';
import { CONFIDENCE_LABELS, defaultText, rangeText } from './display';
import type { ParamText } from './paramText';

export function ParamHelp({ id, spec, text }: { id: string; spec: ParamSpec; text: ParamText }) {
  const { t } = useTranslation('editor');
  const range = rangeText(spec, text.unit);
  return (
    <div id={id} role="tooltip" className="param-help">
      <p>{text.description}</p>
      <p>
        <strong>{t('help.default')}</strong> {defaultText(spec, text.unit)}
        {range && (
          <>
            {' · '}
            <strong>{t('help.range')}</strong> {range}
          </>
        )}
      </p>
      <p>
        <strong>{t('help.source')}</strong> {text.source}{' '}
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
