/**
 * What the scenario in focus changes from the baseline, or (at the switch)
 * from the defaults: every setting that differs, grouped as in the editor,
 * then the parameters whose uncertainty differs, behind a disclosure so that
 * it does not push the headline down. A setting that breaks the pairing
 * with the baseline is said outside the disclosure, where it cannot be
 * missed. Nothing is shown for the baseline itself.
 */
import { useId, useMemo } from 'react';
import { useRemembered } from '../memory';
import { useTranslation } from 'react-i18next';
import { defaultScenario, type Scenario } from '../../engine/index';
import { useApp } from '../../state/context';
import { displayName } from '../../state/displayName';
import { withNames } from '../sentence';
import { FLAG_TEXT, scenarioChanges, type Change, type ComparedWith } from './changes';
import { i18n } from '../../i18n/index';
import './changes.css';

export interface ScenarioChangesViewProps {
  scenario: Scenario;
  baseline: Scenario;
  /** The names as shown (state/displayName); the stored names by default. */
  names?: { scenario: string; baseline: string };
}

/** "Label: from → to", the values in <bdi> (they read left to right inside an Urdu sentence). */
function fromTo(label: string, from: string, to: string) {
  return withNames((f, t) => i18n.t('views:changes.item', { label, from: f, to: t }), from, to);
}

function ChangeItem({ change }: { change: Change }) {
  const flag = change.flag && <strong className="change-flag"> ({FLAG_TEXT[change.flag]})</strong>;
  if (!change.parts)
    return (
      <li>
        {fromTo(change.label, change.from, change.to)}
        {flag}
      </li>
    );
  return (
    <li>
      {change.label}
      {flag}:
      <ul>
        {change.parts.map((p) => (
          <li key={p.label}>{fromTo(p.label, p.from, p.to)}</li>
        ))}
      </ul>
    </li>
  );
}

/** The defaults, made once: the reference of the "compared with the defaults" switch. */
let defaults: Scenario | null = null;
const theDefaults = () => (defaults ??= defaultScenario());

/** "Compared with: the baseline | the defaults". */
function ComparedWithSwitch({ value, onChange }: { value: ComparedWith; onChange(v: ComparedWith): void }) {
  const { t } = useTranslation('views');
  const name = useId();
  const option = (v: ComparedWith, label: string) => (
    <label>
      <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} /> {label}
    </label>
  );
  return (
    <fieldset className="changes-against">
      <legend>{t('changes.comparedWith')}</legend>
      {option('baseline', t('changes.comparedWithBaseline'))}
      {option('defaults', t('changes.comparedWithDefaults'))}
    </fieldset>
  );
}

export function ScenarioChangesView({ scenario, baseline, names = { scenario: scenario.name, baseline: baseline.name } }: ScenarioChangesViewProps) {
  const headingId = useId();
  const { t } = useTranslation('views');
  const [comparedWith, setComparedWith] = useRemembered<ComparedWith>('comparedWith', 'baseline');
  const [open, setOpen] = useRemembered('changesOpen', false);
  const toDefaults = comparedWith === 'defaults';
  const diff = useMemo(
    () => (toDefaults ? scenarioChanges(scenario, theDefaults(), 'defaults') : scenarioChanges(scenario, baseline)),
    [scenario, baseline, toDefaults],
  );
  return (
    <section className="scenario-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>{withNames((name) => t(toDefaults ? 'changes.headingDefaults' : 'changes.heading', { name }), names.scenario)}</h3>
      <ComparedWithSwitch value={comparedWith} onChange={setComparedWith} />
      {diff.pairing && (
        <p className="changes-pairing">
          <strong>{t('changes.notPaired')}</strong> {t('changes.reason', { reason: diff.pairing.replace(/^not paired with the baseline: /, '') })}
        </p>
      )}
      {diff.count === 0 ? (
        <p>{t(toDefaults ? 'changes.sameDefaults' : 'changes.same')}</p>
      ) : (
        <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>
            {toDefaults ? t('changes.summaryDefaults', { count: diff.count }) : withNames((name) => t('changes.summary', { count: diff.count, name }), names.baseline)}
          </summary>
          {diff.groups.map((g) => (
            <div key={g.group} className="changes-group">
              <h4>{g.title}</h4>
              <ul>
                {g.changes.map((c) => (
                  <ChangeItem key={c.path} change={c} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}

/** The changes of scenario `id` from the store's baseline; nothing for the baseline itself. */
export function ScenarioChanges({ id }: { id: string }) {
  const baselineId = useApp((s) => s.baselineId);
  const scenario = useApp((s) => s.scenarios[id]);
  const baseline = useApp((s) => s.scenarios[s.baselineId]);
  const scenarioMeta = useApp((s) => s.meta[id]);
  const baselineMeta = useApp((s) => s.meta[s.baselineId]);
  if (id === baselineId || !scenario || !baseline) return null;
  const names = { scenario: displayName(scenario, scenarioMeta), baseline: displayName(baseline, baselineMeta) };
  return <ScenarioChangesView scenario={scenario} baseline={baseline} names={names} />;
}
