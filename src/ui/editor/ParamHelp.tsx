/** Default, range and source of a parameter: shown when its field is hovered or focused, always read by screen readers. */
import { useTranslation } from 'react-i18next';
import type { ParamSpec } from '../../engine/index';
import { CONFIDENCE_LABELS, defaultText, ownSource, rangeText, sourceSaysOurs } from './display';
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
        <strong>{t('help.source')}</strong> <SourceTrust spec={spec} source={text.source} />
      </p>
    </div>
  );
}

/**
 * A source and how far to trust it: "BISP 2020 (official or peer-reviewed source)". Where the source itself starts
 * "Our assumption (…)", the label "(our assumption: no source found)" would only say it again: the source stands
 * alone, marked as an assumption is; a bare "Our assumption" becomes the label itself, "Our assumption: no source found".
 */
export function SourceTrust({ spec, source }: { spec: ParamSpec; source: string }) {
  if (sourceSaysOurs(spec)) return <span className="conf conf-A">{ownSource(spec, source)}</span>;
  // A setting or a choice ("Simulation setting", "Scenario choice") says what it is: a trust label would only repeat it.
  if (spec.conf === 'S') return <>{source}</>;
  return (
    <>
      {source} <span className={`conf conf-${spec.conf}`}>({CONFIDENCE_LABELS[spec.conf]})</span>
    </>
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
