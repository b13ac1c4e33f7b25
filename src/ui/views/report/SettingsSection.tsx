/**
 * The report's list of what each compared scenario changes from the baseline
 * (views/changes, as the dashboard's "What … changes" lists it), every
 * setting: the printout had shown only the active scenario's assumptions, so
 * what was in Option A and Option B could not be read from it. Uncertain
 * assumptions whose ranges differ are listed too, under their own heading;
 * each setting carries the dashboard's flag (unpaired, world, drawn), and a
 * scenario not paired with the baseline (another seed, other household
 * data) says so and why, as the dashboard does.
 */
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../engine/index';
import { interleave } from '../../sentence';
import { changeText, FLAG_TEXT, scenarioChanges } from '../changes';

export interface SettingsRun {
  id: string;
  name: string;
  scenario: Scenario;
}

export function SettingsSection({ runs, baseline, baselineName }: { runs: readonly SettingsRun[]; baseline: Scenario; baselineName: string }) {
  const { t } = useTranslation('exports');
  const { t: tv } = useTranslation('views');
  if (runs.length === 0) return null;
  return (
    <section className="report-section report-settings" aria-labelledby="report-settings">
      <h2 id="report-settings">{interleave((m) => t('report.settingsHeading', { baseline: m.baseline! }), { baseline: <bdi>{baselineName}</bdi> })}</h2>
      {runs.map((run) => {
        const { groups, pairing } = scenarioChanges(run.scenario, baseline);
        return (
          <div key={run.id} className="report-settings-scenario">
            <h3>
              <bdi>{run.name}</bdi>
            </h3>
            {pairing && (
              <p>
                <strong>{tv('changes.notPaired')}</strong> {tv('changes.reason', { reason: pairing.replace(/^not paired with the baseline: /, '') })}
              </p>
            )}
            {groups.length === 0 ? (
              pairing ? null : (
              <p>{interleave((m) => t('report.settingsSame', { baseline: m.baseline! }), { baseline: <bdi>{baselineName}</bdi> })}</p>
              )
            ) : (
              groups.map((g) => (
                <div key={g.group} className="report-settings-group">
                  <h4>{g.title}</h4>
                  <ul>
                    {g.changes.map((c) => (
                      <li key={c.path}>
                        {changeText(c)}
                        {c.flag && <strong className="change-flag"> ({FLAG_TEXT[c.flag]})</strong>}
                      </li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </div>
        );
      })}
    </section>
  );
}
