/**
 * Beside the headline: which assumptions the results' bands carry the
 * uncertainty of, when the scenario that was run draws any parameter from a
 * distribution ("Bands include uncertainty in 3 assumptions: …"). Nothing
 * for a scenario whose parameters are all fixed. The status quo runs no new
 * programme, so the uncertainty of a programme's parameters (the policy's)
 * moves none of its numbers and is not listed for it: the note had listed
 * the defaults' 15, every one a programme's, beside the status quo.
 */
import { useTranslation } from 'react-i18next';
import { isRead, isStatusQuoPolicy, type GroupId, type Scenario } from '../../engine/index';
import { GROUP_TITLES } from '../editor/display';
import { textAt } from '../editor/paramText';
import { editorOrder } from './uncertaintyChanges';

/** The uncertain parameters that move the numbers of `scenario`, in the editor's order. */
export function actingUncertainty(scenario: Scenario): string[] {
  const statusQuo = isStatusQuoPolicy(scenario);
  // Nor what the model does not read under the scenario's settings (isRead: a programme with no money, a flood's loss with no flood).
  return editorOrder().filter((p) => Object.hasOwn(scenario.uncertainty, p) && !(statusQuo && p.startsWith('policy.')) && isRead(scenario, p));
}

export function UncertaintyNote({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation('views');
  const paths = actingUncertainty(scenario);
  if (paths.length === 0) return null;
  const labels = paths.map((p) => textAt(p)?.label ?? p);
  // A label two programmes share ("Take-up") says whose it is.
  const names = labels.map((l, k) => (labels.indexOf(l) !== labels.lastIndexOf(l) ? `${l} (${GROUP_TITLES[paths[k]!.split('.')[1] as GroupId]})` : l));
  return <p className="uncertainty-note">{t('dashboard.uncertainty', { count: paths.length, names: names.join(t('dashboard.listSeparator')) })}</p>;
}
