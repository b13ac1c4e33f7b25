/**
 * The report's Sensitivity section: the Sensitivity view's finished result
 * for what is on screen (useShownSensitivity), as the view draws it — the
 * tornado or the Sobol' indices with their noise warning, and the basis
 * line (method, design points, replications, engine runs). Loaded only when
 * there is one (ReportView): its chart is recharts'. Its Chart/Table choice
 * is the view's own (ui/memory), so a tornado left as a table there prints
 * as one. A chart too tall for a page prints scaled down to fit one; the
 * screen says so under it, while the table, which prints in full size over
 * as many pages as it needs, is a click away.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../../state/context';
import { useDisplayName } from '../../hooks';
import { MemoryScope } from '../../memory';
import { formatShare } from '../../format';
import { withNames } from '../../sentence';
import { SensitivityResults } from '../sensitivity/SensitivityResults';
import { usePrintedFit } from './printedFit';
import { useShownSensitivity } from '../analysis/onScreen';
import { OnOnePage } from '../analysis/chartProps';
import '../analysis/analysis.css';
import '../sensitivity/sensitivity.css';

export function SensitivitySection() {
  const { t } = useTranslation(['exports', 'sensitivity']);
  const shown = useShownSensitivity();
  const name = useDisplayName(useApp((s) => s.activeId));
  const ref = useRef<HTMLElement>(null);
  const fit = usePrintedFit(ref, shown !== null, '.report-printed-scale');
  if (!shown) return null;
  return (
    <section ref={ref} className="report-section report-analysis" aria-labelledby="report-sensitivity" style={fit.style}>
      <h2 id="report-sensitivity">{t('exports:report.sensitivity')}</h2>
      <p>{withNames((n) => t('sensitivity:intro', { name: n }), name)}</p>
      <div className="report-charts">
        <MemoryScope name="sensitivity" view>
          <OnOnePage.Provider value>
            <SensitivityResults analysis={shown.analysis} seed={shown.seed} difference={shown.difference} />
          </OnOnePage.Provider>
        </MemoryScope>
      </div>
      {/* Below about 80% its labels are hard to read on paper. */}
      {fit.scale < 0.8 && <p className="report-printed-scale">{t('exports:report.printedScale', { share: formatShare(Math.round(fit.scale * 100) / 100) })}</p>}
    </section>
  );
}
