/** The page: top bar, levers on the side, results in the middle. */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/context';
import type { View } from '../state/uiSlice';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { Notices } from './Notices';
import { TopBar } from './TopBar';
import { Dashboard } from './views/Dashboard';
import { SideBySide } from './views/SideBySide';
import { AssumptionsView } from './views/AssumptionsView';
import { ReportView } from './views/ReportView';
import { MemoryScope } from './memory';
import { lazyView } from './views/LazyView';

// Their charts are recharts': loaded when the view is first opened, so the dashboard's first screen does not wait for them.
// A failure to fetch them is said in the view, with a reload (LazyView).
const SensitivityView = lazyView(() => import('./views/SensitivityView').then((m) => m.SensitivityView));
const OptimiseView = lazyView(() => import('./views/OptimiseView').then((m) => m.OptimiseView));

function MainView({ view }: { view: View }) {
  switch (view) {
    case 'compare':
      return <SideBySide />;
    case 'assumptions':
      return <AssumptionsView />;
    case 'sensitivity':
      return <SensitivityView />;
    case 'optimise':
      return <OptimiseView />;
    case 'report':
      return <ReportView />;
    default:
      return <Dashboard />;
  }
}

export function App() {
  const view = useApp((s) => s.view);
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  // A view changed by a control that went with the old view (the report's Back, Export's Print report in its closing
  // panel) left focus on <body>, outside everything: it goes to the results instead, as the skip link takes it.
  // Only then: focus anywhere else stays, and so does none at all (Safari does not focus a button it clicks, and
  // moving focus to the results after a click on a view button scrolled a phone's page past the levers).
  const shownView = useRef(view);
  const focusedBefore = useRef<Element | null>(null);
  if (shownView.current !== view && typeof document !== 'undefined') focusedBefore.current = document.activeElement;
  useLayoutEffect(() => {
    if (shownView.current === view) return;
    shownView.current = view;
    const before = focusedBefore.current;
    focusedBefore.current = null;
    const active = document.activeElement;
    if (before !== null && before !== document.body && !before.isConnected && (active === null || active === document.body)) main.current?.focus();
  });
  return (
    <div className="app">
      {/* The first thing a keyboard reaches: straight past the tabs and levers to the results. */}
      <a className="skip-link" href="#results">
        {t('skipLink')}
      </a>
      <TopBar />
      <Notices />
      <div className="body">
        <ScenarioEditor />
        <main ref={main} className="main" id="results" tabIndex={-1}>
          {/* The report prints the Overlaid view's charts as the reader left them (a zoomed axis, a table, the status quo shown). */}
          <MemoryScope name={view === 'report' ? 'results' : view}>
            <MainView view={view} />
          </MemoryScope>
        </main>
      </div>
    </div>
  );
}
