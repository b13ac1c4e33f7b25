/**
 * Beside the headline: which assumptions the results' bands carry the
 * uncertainty of, when the scenario that was run draws any parameter from a
 * distribution ("Bands include uncertainty in 3 assumptions: …"). Nothing
 * for a scenario whose parameters are all fixed.
 */
import { useTranslation } from 'react-i18next';
import type { Uncertainty } from '../../engine/index';
import { textAt } from '../editor/paramText';
import { editorOrder } from './uncertaintyChanges';

export function UncertaintyNote({ uncertainty }: { uncertainty: Uncertainty }) {
  const { t } = useTranslation('views');
  const paths = editorOrder().filter((p) => Object.hasOwn(uncertainty, p));
  if (paths.length === 0) return null;
  const names = paths.map((p) => textAt(p)?.label ?? p);
  return <p className="uncertainty-note">{t('dashboard.uncertainty', { count: paths.length, names: names.join(t('dashboard.listSeparator')) })}</p>;
}
