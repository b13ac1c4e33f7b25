/**
 * What the scenario in focus changes from the baseline: every setting that
 * differs, grouped as in the editor, behind a disclosure so that it does not
 * push the headline down. A setting that breaks the pairing with the
 * baseline is said outside the disclosure, where it cannot be missed.
 * Nothing is shown for the baseline itself.
 */
import { useId, useMemo } from 'react';
import type { Scenario } from '../../engine/index';
import { useApp } from '../../state/context';
import { FLAG_TEXT, scenarioChanges, type Change } from './changes';
import './changes.css';

export interface ScenarioChangesViewProps {
  scenario: Scenario;
  baseline: Scenario;
}

function ChangeItem({ change }: { change: Change }) {
  const flag = change.flag && <strong className="change-flag"> ({FLAG_TEXT[change.flag]})</strong>;
  if (!change.parts)
    return (
      <li>
        {change.label}: {change.from} → {change.to}
        {flag}
      </li>
    );
  return (
    <li>
      {change.label}
      {flag}:
      <ul>
        {change.parts.map((p) => (
          <li key={p.label}>
            {p.label}: {p.from} → {p.to}
          </li>
        ))}
      </ul>
    </li>
  );
}

export function ScenarioChangesView({ scenario, baseline }: ScenarioChangesViewProps) {
  const headingId = useId();
  const diff = useMemo(() => scenarioChanges(scenario, baseline), [scenario, baseline]);
  const settings = diff.count === 1 ? '1 setting differs' : `${diff.count} settings differ`;
  return (
    <section className="scenario-changes" aria-labelledby={headingId}>
      <h3 id={headingId}>What “{scenario.name}” changes from the baseline</h3>
      {diff.pairing && (
        <p className="changes-pairing">
          <strong>Not compared on the same draws:</strong> {diff.pairing.replace(/^not paired with the baseline: /, '')}.
        </p>
      )}
      {diff.count === 0 ? (
        <p>Same as the baseline.</p>
      ) : (
        <details>
          <summary>
            {settings} from “{baseline.name}”
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
  if (id === baselineId || !scenario || !baseline) return null;
  return <ScenarioChangesView scenario={scenario} baseline={baseline} />;
}
