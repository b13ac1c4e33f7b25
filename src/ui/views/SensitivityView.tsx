/**
 * The Sensitivity view: how much an outcome of the active scenario depends
 * on the parameters it marks uncertain, by a tornado (one at a time) or
 * Sobol' indices (variance shares). Analyses run on the app's runner below
 * the scenarios on screen (app/sensitivity) and stay in the store while the
 * app is open, by scenario and settings, so switching views keeps them.
 * With another open scenario on the same world chosen as "Difference from",
 * the outcome is the paired difference between the two (useVersus).
 */
import { useTranslation } from 'react-i18next';
import { useSensitivity } from '../../app/services';
import { useApp } from '../../state/context';
import { useDisplayName } from '../hooks';
import { interleave, withNames } from '../sentence';
import { SensitivityControls } from './sensitivity/SensitivityControls';
import { SensitivityResults } from './sensitivity/SensitivityResults';
import { distributionText, paramLabel } from './sensitivity/text';
import { useSensitivityOnScreen } from './analysis/onScreen';
import './analysis/analysis.css';
import './sensitivity/sensitivity.css';

/** What a scenario file's uncertainty block looks like (docs/model.md §8). */
const EXAMPLE = `"uncertainty": {
  "policy.cash.benefitPKR": { "dist": "uniform", "low": 1000, "high": 4000 },
  "world.consumption.mpc": { "dist": "triangular", "low": 0.1, "mode": 0.3, "high": 0.5 }
}`;

/** The parameters marked uncertain that the analysis leaves out, the model not reading them under the scenario's settings. */
function LeftOut({ paths }: { paths: readonly string[] }) {
  const { t } = useTranslation('sensitivity');
  if (paths.length === 0) return null;
  return <p className="sens-left-out">{t('leftOut', { count: paths.length, names: paths.map(paramLabel).join(t('listSeparator')) })}</p>;
}

function NoUncertainty({ name }: { name: string }) {
  const { t } = useTranslation('sensitivity');
  return (
    <div className="sens-none">
      <h3>{t('none.heading')}</h3>
      <p>{withNames((n) => t('none.body', { name: n }), name)}</p>
      <p>
        {interleave((m) => t('none.how', { block: m.block!, doc: m.doc! }), {
          block: <code>uncertainty</code>,
          doc: <code>docs/model.md</code>,
        })}
      </p>
      <pre dir="ltr" className="sens-example">
        <code>{EXAMPLE}</code>
      </pre>
    </div>
  );
}

export function SensitivityView() {
  const { t } = useTranslation('sensitivity');
  // Found as the report finds it, so the two show the same result.
  const { activeId, scenario, settings, versus, key, analysis, difference } = useSensitivityOnScreen();
  const setSettings = useApp((s) => s.setSensitivitySettings);
  const name = useDisplayName(activeId);
  const actions = useSensitivity();
  const { parameters, leftOut } = versus;
  const names = versus.choice.names;
  if (!scenario) return null;
  return (
    <section className="sensitivity-view" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading">{t('heading')}</h2>
      <p>{withNames((n) => t('intro', { name: n }), name)}</p>
      {parameters.length === 0 && leftOut.length > 0 ? (
        <div className="sens-none">
          <h3>{t('none.unreadHeading')}</h3>
          <LeftOut paths={leftOut} />
        </div>
      ) : parameters.length === 0 ? (
        <NoUncertainty name={name} />
      ) : (
        <>
          <div className="sens-parameters">
            <p>{t(names ? 'parametersPaired' : 'parameters', { count: parameters.length })}</p>
            <ul>
              {parameters.map((p) => {
                const item = { label: paramLabel(p.path), distribution: distributionText(p.path, p.distribution) };
                const only = names && p.uncertainIn !== 'both' ? (p.uncertainIn === 'versus' ? names.b : names.a) : null;
                return <li key={p.path}>{only === null ? t('parameterItem', item) : withNames((n) => t('parameterOnly', { ...item, name: n }), only)}</li>;
              })}
            </ul>
            <LeftOut paths={leftOut} />
          </div>
          <SensitivityControls
            settings={settings}
            onChange={setSettings}
            parameters={parameters.length}
            replications={scenario.run.replications}
            analysis={analysis}
            versus={versus.choice}
            onRun={actions ? () => actions.run(scenario, settings, versus.scenario) : null}
            onCancel={() => actions?.cancel(key)}
          />
          {analysis?.status === 'failed' && (
            <p role="alert" className="sens-failed">
              {t('failed', { reason: analysis.error ?? '' })}
            </p>
          )}
          {analysis?.status === 'done' && <SensitivityResults analysis={analysis} seed={scenario.run.seed} difference={difference} />}
        </>
      )}
    </section>
  );
}
