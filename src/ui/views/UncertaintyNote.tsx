/**
 * Beside the headline: which assumptions the results' bands carry the
 * uncertainty of, when the scenario that was run draws any parameter from a
 * distribution ("Bands include uncertainty in 3 assumptions: …"). Nothing
 * for a scenario whose parameters are all fixed.
 */
import { useTranslation } from 'react-i18next';
import type { GroupId, Uncertainty } from '../../engine/index';
import { GROUP_TITLES } from '../editor/display';
import { textAt } from '../editor/paramText';
import { editorOrder } from './uncertaintyChanges';

export function UncertaintyNote({ uncertainty }: { uncertainty: Uncertainty }) {
  const { t } = useTranslation('views');
  const paths = editorOrder().filter((p) => Object.hasOwn(uncertainty, p));
  if (paths.length === 0) return null;
  const labels = paths.map((p) => textAt(p)?.label ?? p);
  // A label two programmes share ("Take-up") says whose it is.
  const names = labels.map((l, k) => (labels.indexOf(l) !== labels.lastIndexOf(l) ? `${l} (${GROUP_TITLES[paths[k]!.split('.')[1] as GroupId]})` : l));
  return <p className="uncertainty-note">{t('dashboard.uncertainty', { count: paths.length, names: names.join(t('dashboard.listSeparator')) })}</p>;
}
