/** Title, scenario tabs, the view switch and the run's progress. */
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import { LocaleSwitch } from './LocaleSwitch';
import { SHAREABLE_VIEWS } from '../state/uiSlice';
import { ExportMenu } from './export/ExportMenu';
import { RunProgress } from './RunProgress';
import { ScenarioTabs } from './ScenarioTabs';
import { SharePanel } from './SharePanel';
import { PresentButton } from './present/PresentButton';

/** The views the switch offers (the ones a share link carries too); each one's label is common:viewSwitch.<id>. */
const VIEWS = SHAREABLE_VIEWS;

export function TopBar() {
  const view = useApp((s) => s.view);
  const setView = useApp((s) => s.setView);
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <h1>{t('appTitle')}</h1>
      <ScenarioTabs />
      <div className="view-switch" role="group" aria-label={t('viewSwitch.label')}>
        {VIEWS.map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`viewSwitch.${v}`)}
          </button>
        ))}
      </div>
      <ExportMenu />
      <PresentButton />
      {/* Share and the language on the views' row, the progress on a row of its own below: one row less. */}
      <SharePanel />
      <LocaleSwitch />
      <RunProgress />
    </header>
  );
}
